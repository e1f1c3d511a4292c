"""vanban — Vietnamese official documents (văn bản) as typed, validated objects.

The package reads and checks what NĐ 30/2020/NĐ-CP (administrative documents), the law on
normative documents (Luật 64/2025/QH15) and the Party's rules (Hướng dẫn 36-HD/VPTW) prescribe:
document numbers (:mod:`vanban.numbers`), dates (:mod:`vanban.dates`), document types
(:mod:`vanban.doctypes`), issuer codes (:mod:`vanban.issuers`), signing authority
(:mod:`vanban.authority`) and the document model (:mod:`vanban.model`).

>>> import vanban
>>> vanban.numbers.parse("Số: 15/QĐ-BNV").type_code
'QĐ'
>>> vanban.dates.format(vanban.dates.parse("5/1/2020"))
'ngày 05 tháng 01 năm 2020'
"""

from __future__ import annotations

from vanban import authority, checks, dates, doctypes, errors, issuers, numbers
from vanban.authority import Authority
from vanban.checks import check
from vanban.dates import DocumentDate
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

__version__ = "0.1.0.dev0"

__all__ = [
    "Agency",
    "Attachment",
    "Authority",
    "AuthorityKind",
    "Citation",
    "Confidentiality",
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
    "TextBlock",
    "Urgency",
    "ValidationError",
    "VanbanError",
    "__version__",
    "authority",
    "check",
    "checks",
    "dates",
    "doctypes",
    "errors",
    "example_path",
    "example_text",
    "from_edxml",
    "from_json",
    "issuers",
    "json_schema",
    "metadata",
    "numbers",
    "parse",
    "parse_file",
    "render",
    "to_edxml",
    "to_json",
]


def __getattr__(name: str) -> object:
    """Load the edXML codec on first use: it is not needed by most programs."""
    if name in ("to_edxml", "from_edxml"):
        from vanban import edxml  # noqa: PLC0415

        return getattr(edxml, name)
    raise AttributeError(f"module 'vanban' has no attribute {name!r}")
