"""vanban — Vietnamese official documents (văn bản) as typed, validated objects.

The package reads and checks what NĐ 30/2020/NĐ-CP (administrative documents), the law on
normative documents (Luật 64/2025/QH15) and the Party's rules (Hướng dẫn 36-HD/VPTW) prescribe:
document numbers (:mod:`vanban.numbers`), dates (:mod:`vanban.dates`), document types
(:mod:`vanban.doctypes`), issuer codes (:mod:`vanban.issuers`), signing authority
(:mod:`vanban.authority`), the documents a text cites (:mod:`vanban.citations`) and the document
model (:mod:`vanban.model`).

>>> import vanban
>>> vanban.numbers.parse("Số: 15/QĐ-BNV").type_code
'QĐ'
>>> vanban.dates.format(vanban.dates.parse("5/1/2020"))
'ngày 05 tháng 01 năm 2020'
>>> [str(c.number) for c in vanban.cite("Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ;")]
['30/2020/NĐ-CP']

The names below are loaded on first use (PEP 562), so ``import vanban`` is cheap and a program
pays only for what it uses: ``vanban.parse`` loads the parser, ``vanban.check`` the rule
catalogue, ``vanban.to_json`` the cattrs converter, ``vanban.to_edxml`` the edXML codec.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vanban import (
        authority,
        checks,
        citations,
        dates,
        doctypes,
        errors,
        issuers,
        numbers,
        tasks,
    )
    from vanban.authority import Authority
    from vanban.checks import check
    from vanban.citations import annotate, cite
    from vanban.dates import DocumentDate
    from vanban.edxml import from_edxml, to_edxml
    from vanban.enums import (
        AuthorityKind,
        Confidentiality,
        Family,
        ProvisionKind,
        Relation,
        Severity,
        Urgency,
    )
    from vanban.errors import ValidationError, VanbanError
    from vanban.examples import example_path, example_text
    from vanban.metadata import metadata
    from vanban.model import (
        Agency,
        Attachment,
        Citation,
        Document,
        Finding,
        Provision,
        Recipient,
        Signature,
        Span,
        TextBlock,
    )
    from vanban.numbers import DocumentNumber
    from vanban.parser import parse, parse_file
    from vanban.render import render
    from vanban.serialize import from_json, json_schema, to_json
    from vanban.tasks import extract_tasks

__version__ = "0.1.0.dev0"

__all__ = [
    "Agency",
    "Attachment",
    "Authority",
    "AuthorityKind",
    "Citation",
    "Confidentiality",
    "Deadline",
    "Document",
    "DocumentDate",
    "DocumentNumber",
    "Family",
    "Finding",
    "Provision",
    "ProvisionKind",
    "Recipient",
    "Relation",
    "Severity",
    "Signature",
    "Span",
    "Task",
    "TextBlock",
    "Urgency",
    "ValidationError",
    "VanbanError",
    "__version__",
    "annotate",
    "authority",
    "check",
    "checks",
    "citations",
    "cite",
    "dates",
    "doctypes",
    "errors",
    "example_path",
    "example_text",
    "extract_tasks",
    "from_edxml",
    "from_json",
    "issuers",
    "json_schema",
    "metadata",
    "numbers",
    "parse",
    "parse_file",
    "render",
    "tasks",
    "to_edxml",
    "to_json",
]

# Where each exported name lives. Subpackages and modules map to themselves.
_WHERE: dict[str, str] = {
    **{name: "vanban.enums" for name in ("AuthorityKind", "Confidentiality", "Family",
                                         "ProvisionKind", "Relation", "Severity", "Urgency")},
    **{name: "vanban.model" for name in ("Agency", "Attachment", "Citation", "Deadline",
                                         "Document", "Finding", "Provision", "Recipient",
                                         "Signature", "Span", "Task", "TextBlock")},
    "Authority": "vanban.authority",
    "DocumentDate": "vanban.dates",
    "DocumentNumber": "vanban.numbers",
    "ValidationError": "vanban.errors",
    "VanbanError": "vanban.errors",
    "check": "vanban.checks",
    "cite": "vanban.citations",
    "annotate": "vanban.citations",
    "example_path": "vanban.examples",
    "example_text": "vanban.examples",
    "from_edxml": "vanban.edxml",
    "to_edxml": "vanban.edxml",
    "from_json": "vanban.serialize",
    "json_schema": "vanban.serialize",
    "to_json": "vanban.serialize",
    "metadata": "vanban.metadata",
    "parse": "vanban.parser",
    "parse_file": "vanban.parser",
    "render": "vanban.render",
    "extract_tasks": "vanban.tasks",
}
_MODULES = frozenset({"authority", "checks", "citations", "corpus", "dates", "doctypes", "errors",
                      "issuers", "numbers", "tasks"})
# Functions named like the module that holds them: ``vanban.render`` is the function.
_SHADOWED = frozenset({"metadata", "render"})


def __getattr__(name: str) -> Any:
    """Load an exported name on first use."""
    if name in _MODULES:
        return importlib.import_module(f"vanban.{name}")
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'vanban' has no attribute {name!r}")
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """Keeps ``vanban.render`` and ``vanban.metadata`` the functions they were when the package
    imported them eagerly: importing the module ``vanban.render`` sets the attribute ``render``
    of the package, which would otherwise hide the function."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
