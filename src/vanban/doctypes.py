"""Document types (tên loại văn bản) and the abbreviations written in a number's ký hiệu.

The table lives in ``data/doctypes.json``, one row per (name, family):

* **administrative** — the 29 types of văn bản hành chính of NĐ 30/2020/NĐ-CP Điều 7, with the
  27 abbreviations of Phụ lục III, Mục I (Công văn and Thư công have none), followed by the three
  kinds of copy (bản sao): Bản sao y ``SY``, Bản trích sao ``TrS``, Bản sao lục ``SL``. Codes are
  case-sensitive: ``QyĐ``, ``CTr``, ``TTr``, ``TrS`` keep their lower-case letters;
* **normative** — văn bản quy phạm pháp luật (Luật 64/2025/QH15 Điều 4): Luật, Pháp lệnh and the
  resolutions of Quốc hội and UBTVQH carry no type code (``64/2025/QH15``);
* **party** — văn bản của Đảng, built from real numbers (``35-CT/TW``); Party công văn do carry
  ``CV``.

Each row keeps its legal basis (``source``) and real numbers seen in use (``examples``).

>>> from vanban.enums import Family
>>> by_code("QyĐ", Family.ADMINISTRATIVE).name
'Quy định'
>>> by_name("công văn").code is None
True
>>> by_name("Giấy ủy quyền").code     # NĐ 30 writes "uỷ"; either placement is found
'GUQ'
>>> by_name("Thông tư").family
<Family.NORMATIVE: 'normative'>
>>> by_code("QĐ", Family.PARTY).examples[0]
'31-QĐ/TW'
>>> "TrS" in type_codes(Family.ADMINISTRATIVE), "CV" in type_codes(Family.ADMINISTRATIVE)
(True, False)
"""

from __future__ import annotations

import functools

import attrs

from vanban._tables import (
    _check_keys,
    _family,
    _flag,
    _fold,
    _normal,
    _opt_text,
    _read_rows,
    _text,
    _texts,
)
from vanban.enums import Family
from vanban.errors import VanbanError

__all__ = ["DocumentType", "by_code", "by_name", "document_types", "type_codes"]

_FAMILY_ORDER = (Family.ADMINISTRATIVE, Family.NORMATIVE, Family.PARTY)


@attrs.frozen
class DocumentType:
    """A type of document (tên loại văn bản) in one family.

    ``code`` is the abbreviation written in the ký hiệu (``None`` for Công văn, Thư công, Luật …),
    ``copy`` marks the kinds of bản sao, ``examples`` are real document numbers.
    """

    name: str
    code: str | None
    family: Family
    aliases: tuple[str, ...] = ()
    source: str = ""
    examples: tuple[str, ...] = ()
    copy: bool = False
    note: str = ""


def document_types(family: Family | None = None) -> tuple[DocumentType, ...]:
    """All types, in table order, optionally of one ``family``.

    >>> [t.code for t in document_types(Family.NORMATIVE)][:5]
    [None, None, None, None, 'L']
    """
    rows = _table()
    return rows if family is None else tuple(row for row in rows if row.family == family)


def by_code(code: str, family: Family) -> DocumentType | None:
    """The type whose abbreviation is exactly ``code`` in ``family``, or ``None``.

    Matching is case-sensitive (``QyĐ``, not ``QYĐ``); ``Ð`` (U+00D0) is read as ``Đ``.

    >>> by_code("TTr", Family.ADMINISTRATIVE).name
    'Tờ trình'
    >>> by_code("TT", Family.PARTY).name
    'Thông tri'
    >>> by_code("TTR", Family.ADMINISTRATIVE) is None
    True
    """
    return _code_index().get((Family(family), _normal(code)))


def by_name(name: str, family: Family | None = None) -> DocumentType | None:
    """The type called ``name`` (or one of its aliases), or ``None``.

    Case, Unicode form and tone-mark placement (``ủy``/``uỷ``, ``hòa``/``hoà``) do not matter.
    Without ``family``, administrative types are preferred, then normative, then Party.

    >>> by_name("NGHỊ QUYẾT (CÁ BIỆT)").code
    'NQ'
    >>> by_name("Kết luận").family
    <Family.PARTY: 'party'>
    >>> by_name("Quy định", Family.PARTY).code
    'QĐi'
    >>> by_name("Thông tư", Family.ADMINISTRATIVE) is None
    True
    """
    key = _fold(name)
    index = _name_index()
    families = _FAMILY_ORDER if family is None else (Family(family),)
    for fam in families:
        found = index.get((fam, key))
        if found is not None:
            return found
    return None


def type_codes(family: Family | None = None) -> frozenset[str]:
    """The abbreviations in use, of one ``family`` or of all.

    >>> sorted(type_codes(Family.ADMINISTRATIVE))[:4]
    ['BB', 'BC', 'BGN', 'BTT']
    """
    return _type_codes(family)


@functools.cache
def _type_codes(family: Family | None) -> frozenset[str]:
    return frozenset(row.code for row in document_types(family) if row.code is not None)


# -- loading -------------------------------------------------------------------------------


@functools.cache
def _table() -> tuple[DocumentType, ...]:
    required = {"name", "code", "family", "aliases", "source", "examples"}
    out: list[DocumentType] = []
    for where, row in _read_rows("doctypes.json"):
        _check_keys(row, where, required, {"copy", "note"})
        out.append(DocumentType(
            name=_text(row, "name", where),
            code=_opt_text(row, "code", where),
            family=_family(row["family"], where),
            aliases=_texts(row, "aliases", where),
            source=_text(row, "source", where),
            examples=_texts(row, "examples", where),
            copy=_flag(row, "copy", where),
            note=_opt_text(row, "note", where) or "",
        ))
    rows = tuple(out)
    _indexes(rows)  # reject duplicate names and codes when the table is first read
    return rows


@functools.cache
def _code_index() -> dict[tuple[Family, str], DocumentType]:
    return _indexes(_table())[0]


@functools.cache  # not only _indexes: hashing the 61-row key on every lookup costs
def _name_index() -> dict[tuple[Family, str], DocumentType]:
    return _indexes(_table())[1]


_Index = dict[tuple[Family, str], DocumentType]


@functools.cache
def _indexes(rows: tuple[DocumentType, ...]) -> tuple[_Index, _Index]:
    codes: _Index = {}
    names: _Index = {}
    for row in rows:
        if row.code is not None:
            if (row.family, row.code) in codes:
                raise VanbanError(f"doctypes.json: code {row.code!r} used twice in {row.family}")
            codes[row.family, row.code] = row
        for name in (row.name, *row.aliases):
            key = (row.family, _fold(name))
            if names.get(key, row) is not row:
                raise VanbanError(f"doctypes.json: name {name!r} used twice in {row.family}")
            names[key] = row
    return codes, names
