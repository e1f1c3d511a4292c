"""The flat metadata record of a document: NĐ 30/2020 Phụ lục VI, Phần II, Mục I.

:func:`metadata` returns a plain ``dict`` whose keys are the tag names of the outgoing-document
record of Nghị định 30/2020/NĐ-CP Phụ lục VI (``TypeName``, ``CodeNumber``, ``CodeNotation``,
``IssuedDate``, ``OrganName``, ``Subject``, ``Language``, ``Position``, ``FullName``,
``ToPlaces``, ``Priority``), plus the keys analysts need that the decree does not list:

=======================  ======================================================================
``Place``                the place name (địa danh) of the date line
``OrganizationInCharge`` the governing body (cơ quan chủ quản) printed above the issuer
``Competence``           the authority lines (``TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH``)
``Recipients``           the addressees after ``Kính gửi:`` / ``Kính trình:``
``Items``                labels of the top-level numbered units of the body
``Citations``            each cited document once: ``TypeName``, ``Number``, ``Title``,
                         ``IssuedDate``
``Family``               ``administrative``, ``normative`` or ``party``
=======================  ======================================================================

Values are strings (``""`` when absent) and lists of strings, so the record goes straight into
a data frame. Dates are ISO 8601, ``YYYY-MM`` or ``YYYY`` when a draft leaves parts blank.

>>> import vanban
>>> record = vanban.metadata(vanban.parse(vanban.example_text()))
>>> record["CodeNumber"], record["CodeNotation"], record["IssuedDate"]
('706', 'UBND-VP7', '2024-11-04')
>>> record["Competence"], record["ToPlaces"]
('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH', ['Như trên', 'Lưu: VT, VP2, VP7'])
"""

from __future__ import annotations

from typing import Any

from vanban.enums import ProvisionKind, Urgency
from vanban.model import Citation, Document, Provision

__all__ = ["metadata"]

_TOP_KINDS = (
    ProvisionKind.PART,
    ProvisionKind.CHAPTER,
    ProvisionKind.SECTION,
    ProvisionKind.SUBSECTION,
    ProvisionKind.ARTICLE,
    ProvisionKind.ITEM,
)
# a công văn's own units: its Roman sections (not a quoted "Mục 2"), articles and items
_LETTER_KINDS = (ProvisionKind.SECTION, ProvisionKind.ARTICLE, ProvisionKind.ITEM)


def metadata(doc: Document) -> dict[str, Any]:
    """The flat record of ``doc`` (see the module documentation for the keys)."""
    number = doc.number
    signature = doc.signature
    issuer = doc.issuer
    return {
        "TypeName": doc.type_name or "",
        "CodeNumber": number.code_number if number is not None else "",
        "CodeNotation": number.notation if number is not None else "",
        "IssuedDate": doc.date.isoformat() if doc.date is not None else "",
        "Place": doc.place or "",
        "OrganizationInCharge": _parent(doc),
        "OrganName": issuer.name if issuer is not None else "",
        "Subject": doc.subject or "",
        "Language": "vi",
        "Recipients": [r.name for r in doc.addressees],
        "Competence": signature.competence if signature is not None else "",
        "Position": signature.position if signature is not None else "",
        "FullName": signature.name if signature is not None else "",
        "ToPlaces": [r.name for r in doc.recipients],
        "Priority": doc.urgency.label if doc.urgency is not Urgency.NONE else "",
        "Items": items(doc.body, letter=doc.type_name == "Công văn"),
        "Citations": [_citation(c) for c in _unique(doc.citations)],
        "Family": doc.family.value if doc.family is not None else "",
    }


def _parent(doc: Document) -> str:
    names = []
    parent = doc.issuer.parent if doc.issuer is not None else None
    while parent is not None:
        names.append(parent.name)
        parent = parent.parent
    return " ".join(reversed(names))


def items(body: tuple[Provision, ...], *, letter: bool = False) -> list[str]:
    """Labels of the top-level numbered units, in order: ``["1", "2"]``, ``["Điều 1"]``,
    ``["I", "II"]``, ``["Chương I"]``.

    The top level is the highest-ranked kind among the roots of the body, in the run that
    counts up from one: without a gap for numbered items and Roman sections (a stray ``1.`` of
    a quoted list does not count), with gaps of one for articles, chapters and parts (a
    heading that a web page lost: ``Điều 1``, ``Điều 3``). A công văn (``letter``) has no
    parts, chapters or ``Mục`` of its own (NĐ 30/2020 Phụ lục I, II.6): those it quotes are
    left out; its Roman sections (``I.``, ``II.``) count.

    >>> from vanban.model import Provision
    >>> from vanban.enums import ProvisionKind
    >>> items((Provision(kind=ProvisionKind.SECTION, label="I"),
    ...        Provision(kind=ProvisionKind.SECTION, label="II")), letter=True)
    ['I', 'II']
    """
    kinds = _LETTER_KINDS if letter else _TOP_KINDS
    roots = [p for p in body if p.kind in kinds and not (letter and p.label.startswith("Mục"))]
    if not roots:
        return []
    best = min(_TOP_KINDS.index(p.kind) for p in roots)
    units = [p for p in roots if _TOP_KINDS.index(p.kind) == best]
    out: list[str] = []
    expected = 1
    # an article or a chapter whose heading a web page lost leaves a gap of one ("Điều 1",
    # "Điều 3"): the units after it still count; items and Roman sections do not skip
    skip = 1 if units[0].label.startswith(("Điều", "Chương", "Phần")) else 0
    for unit in units:
        value = _value(unit.label)
        if (value is not None and expected <= value <= expected + (skip if out else 0)) or (
                value is None and not out):
            out.append(unit.label)
            expected = (value or 0) + 1
    return out


def _value(label: str) -> int | None:
    """The number of a unit's label: ``Điều 5`` → 5, ``Chương IV`` → 4, ``II`` → 2."""
    number = label.rsplit(" ", 1)[-1]
    from vanban.parser.body import arabic_value, roman_value  # noqa: PLC0415

    if number.isdecimal():
        return arabic_value(number)

    return roman_value(number) or None


def _unique(citations: tuple[Citation, ...]) -> list[Citation]:
    from vanban.citations import unique  # noqa: PLC0415 - imported when first needed

    return [c for c in unique(list(citations)) if not c.is_self]


_NAMED_TYPES = frozenset({"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"})


def _citation(c: Citation) -> dict[str, str]:
    """One entry of ``Citations``: the number as printed (spaces removed), the type as the text
    names it, a full date, and for laws, codes, ordinances and the constitution their name."""
    from vanban.citations import number_text  # noqa: PLC0415

    printed = number_text(c)
    out = {
        "TypeName": c.type_name or "",
        "Number": printed or (str(c.number) if c.number is not None else ""),
        "IssuedDate": c.date.isoformat() if c.date is not None and c.date.is_complete else "",
    }
    if c.title and c.type_name in _NAMED_TYPES:
        out["Title"] = c.title
    return out
