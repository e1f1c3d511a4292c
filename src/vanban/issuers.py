"""Issuer codes (chữ viết tắt tên cơ quan ban hành) seen in the ký hiệu of real numbers.

NĐ 30/2020 Phụ lục I, I.3.b leaves each body to choose its own abbreviations, so the table in
``data/issuers.json`` is a record of codes in use, not a closed list: ``CP`` (Chính phủ), ``TTg``
(Thủ tướng Chính phủ), ``BNV`` (Bộ Nội vụ), ``UBND`` (Ủy ban nhân dân), ``TW`` (the Party's
central bodies) … Codes of Quốc hội and of its Standing Committee carry the legislature's term
(khóa) in Arabic digits, ``QH15`` and ``UBTVQH15``; any such code is understood, and named with
the khóa in Roman numerals as NĐ 78/2025 Điều 64.3 prescribes.

``collective`` marks bodies working under chế độ tập thể (NĐ 30/2020 Điều 13) — Chính phủ,
UBND, HĐND, Quốc hội, UBTVQH, Party committees — whose head signs on their behalf (``TM.``,
``T/M``).

>>> by_code("BNV").name
'Bộ Nội vụ'
>>> by_code("QH12").name
'Quốc hội khóa XII'
>>> by_code("UBTVQH15").term
15
>>> is_collective("UBND"), is_collective("TTg")
(True, False)
>>> by_code("XYZ") is None
True
"""

from __future__ import annotations

import enum
import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

from vanban import _regex
from vanban._tables import (
    _check_keys,
    _family,
    _flag,
    _normal,
    _opt_text,
    _read_rows,
    _text,
    _texts,
)
from vanban.enums import Family
from vanban.errors import InvalidComponent, VanbanError

__all__ = ["Issuer", "IssuerKind", "by_code", "is_collective", "issuers", "roman"]

_TERM = "<khóa>"


class IssuerKind(enum.StrEnum):
    """What kind of body an issuer is (loại cơ quan ban hành)."""

    CENTRAL = "central"  # Quốc hội, UBTVQH, Chủ tịch nước, Chính phủ, Thủ tướng …
    MINISTRY = "ministry"  # bộ, cơ quan ngang bộ (VPCP, NHNN)
    COURT = "court"  # Tòa án nhân dân tối cao, Hội đồng Thẩm phán
    PROCURACY = "procuracy"  # Viện kiểm sát nhân dân tối cao
    LOCAL = "local"  # UBND, HĐND, sở, công an tỉnh …
    PARTY = "party"  # cấp ủy and organs of the Party
    FRONT = "front"  # Mặt trận Tổ quốc Việt Nam


@attrs.frozen
class Issuer:
    """An issuer code and what it stands for.

    ``family`` is ``None`` for state bodies seen in both administrative and normative numbers;
    ``term`` is the khóa of a Quốc hội / UBTVQH code (``None`` otherwise); ``pattern`` names the
    rule such a code follows (``QH<khóa>``).
    """

    code: str
    name: str
    family: Family | None
    kind: IssuerKind
    examples: tuple[str, ...] = ()
    collective: bool = False
    pattern: str | None = None
    term: int | None = None
    note: str = ""


def issuers() -> tuple[Issuer, ...]:
    """All stored issuer codes, in table order.

    >>> [i.code for i in issuers()][:4]
    ['QH11', 'QH13', 'QH14', 'QH15']
    """
    return _tables()[0]


def by_code(code: str) -> Issuer | None:
    """The issuer written ``code`` in a ký hiệu, or ``None`` if the code is not known.

    Matching is exact (``TTg``) but ``Ð`` (U+00D0) is read as ``Đ``. ``QH<khóa>`` and
    ``UBTVQH<khóa>`` are understood for any khóa from 1 to 99.

    >>> by_code("TTg").name
    'Thủ tướng Chính phủ'
    >>> by_code("UBTVQH13").name
    'Ủy ban Thường vụ Quốc hội khóa XIII'
    >>> by_code("BGDÐT").code          # with U+00D0
    'BGDĐT'
    >>> by_code("QH0") is None, by_code("QH100") is None, by_code("qh15") is None
    (True, True, True)
    """
    code = _normal(code)
    _, index, patterns = _tables()
    found = index.get(code)
    if found is not None:
        return found
    for rule in patterns:
        match = rule.regex.fullmatch(code)
        if match:
            term = int(match.group(1))
            return Issuer(
                code=code, name=rule.name.replace(_TERM, roman(term)), family=rule.family,
                kind=rule.kind, collective=rule.collective, pattern=rule.pattern, term=term,
                note=rule.note,
            )
    return None


def is_collective(code: str) -> bool:
    """Whether ``code`` is a collective body (signs ``TM.`` / ``T/M``); ``False`` if unknown.

    >>> is_collective("CP"), is_collective("QH14"), is_collective("TU"), is_collective("BNV")
    (True, True, True, False)
    """
    issuer = by_code(code)
    return issuer is not None and issuer.collective


def roman(number: int) -> str:
    """``number`` (1–3999) in Roman numerals, as the khóa of Quốc hội is written.

    >>> roman(15), roman(4), roman(1999)
    ('XV', 'IV', 'MCMXCIX')
    """
    if not 0 < number < 4000:
        raise InvalidComponent(f"No Roman numeral for {number}.", rule="roman.range",
                               value=str(number))
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


# -- loading -------------------------------------------------------------------------------


@attrs.frozen
class _Rule:
    pattern: str
    regex: re.Pattern[str]
    name: str
    family: Family | None
    kind: IssuerKind
    collective: bool
    note: str


def _kind(value: Any, where: str) -> IssuerKind:
    try:
        return IssuerKind(value)
    except ValueError:
        raise VanbanError(f"{where}: unknown kind {value!r}") from None


def _optional_family(row: dict[str, Any], where: str) -> Family | None:
    return None if row.get("family") is None else _family(row["family"], where)


def _rules() -> tuple[_Rule, ...]:
    text = resources.files("vanban").joinpath("data", "issuers.json").read_text(encoding="utf-8")
    data = json.loads(text)
    rows = data.get("patterns", []) if isinstance(data, dict) else None
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise VanbanError("issuers.json: 'patterns' must be a list of objects")
    out = []
    for number, row in enumerate(rows, 1):
        where = f"issuers.json pattern {number} ({row.get('pattern')!r})"
        _check_keys(row, where, {"pattern", "name", "family", "kind"}, {"collective", "note"})
        pattern = _text(row, "pattern", where)
        head, _, tail = pattern.partition(_TERM)
        if not head or tail or _TERM not in pattern:
            raise VanbanError(f"{where}: a pattern is a prefix followed by {_TERM}")
        out.append(_Rule(
            pattern=pattern, regex=_regex.compile(re.escape(head) + "([1-9][0-9]?)"),
            name=_text(row, "name", where), family=_optional_family(row, where),
            kind=_kind(row["kind"], where), collective=_flag(row, "collective", where),
            note=_opt_text(row, "note", where) or "",
        ))
    return tuple(out)


@functools.cache
def _tables() -> tuple[tuple[Issuer, ...], dict[str, Issuer], tuple[_Rule, ...]]:
    rules = _rules()
    by_pattern = {rule.pattern: rule for rule in rules}
    rows: list[Issuer] = []
    index: dict[str, Issuer] = {}
    required = {"code", "name", "family", "kind", "examples"}
    for where, row in _read_rows("issuers.json"):
        _check_keys(row, where, required, {"collective", "pattern", "note"})
        code = _text(row, "code", where)
        pattern = _opt_text(row, "pattern", where)
        term = None
        if pattern is not None:
            rule = by_pattern.get(pattern)
            match = rule.regex.fullmatch(code) if rule else None
            if rule is None or match is None:
                raise VanbanError(f"{where}: code does not follow pattern {pattern!r}")
            term = int(match.group(1))
            expected = rule.name.replace(_TERM, roman(term))
            if _text(row, "name", where) != expected:
                raise VanbanError(f"{where}: name should be {expected!r}")
        issuer = Issuer(
            code=code, name=_text(row, "name", where), family=_optional_family(row, where),
            kind=_kind(row["kind"], where), examples=_texts(row, "examples", where),
            collective=_flag(row, "collective", where), pattern=pattern, term=term,
            note=_opt_text(row, "note", where) or "",
        )
        if code in index:
            raise VanbanError(f"{where}: code {code!r} used twice")
        index[code] = issuer
        rows.append(issuer)
    return tuple(rows), index, rules
