"""Small helpers shared by the rule modules.

>>> is_position("BỘ TRƯỞNG"), is_position("ỦY BAN NHÂN DÂN"), is_position("BO TRUONG")
(True, False, True)
>>> is_position("BAN BÍ THƯ"), is_position("CHÁNH VĂN PHÒNG")
(False, True)
>>> is_deputy("PHÓ CHỦ TỊCH"), is_deputy("THỨ TRƯỞNG"), is_deputy("CHỦ TỊCH")
(True, True, False)
>>> key("Lưu: VT, TCBC")
'LUU: VT, TCBC'
>>> latest(DocumentDate(2024, 9)), earliest(DocumentDate(2024, 9))
(datetime.date(2024, 9, 30), datetime.date(2024, 9, 1))
"""

from __future__ import annotations

import calendar
import datetime
import re
from typing import Final

from vanban.dates import DocumentDate
from vanban.model import Finding
from vanban.parser.vocab import strip_marks

__all__ = ["earliest", "is_deputy", "is_position", "key", "latest", "parse_finding"]

# Head words of a position (chức vụ), compared without diacritics.
_POSITION: Final = re.compile(
    r"\b(?:TRUONG|GIAM DOC|CHU TICH|CHU NHIEM|THU TUONG|BI THU|CHANH AN|THONG DOC|CHANH|"
    r"TONG KIEM TOAN|TONG THU KY)\b"
)
# Names of bodies that a position word may follow ("BAN BÍ THƯ", "THƯỜNG TRỰC HĐND").
_BODY: Final = re.compile(
    r"^(?:BAN|UY BAN|UBND|HOI DONG|HDND|CHINH PHU|QUOC HOI|TINH UY|THANH UY|HUYEN UY|"
    r"QUAN UY|DANG UY|DANG BO|CHI BO|DANG DOAN|THUONG TRUC|TAP THE|DOAN CHU TICH|"
    r"BO CHINH TRI)\b"
)
_DEPUTY: Final = re.compile(r"\bPHO\b|^THU TRUONG\b")


def key(text: str) -> str:
    """``text`` without diacritics, in upper case, white space collapsed: a comparison key."""
    return " ".join(strip_marks(text).upper().split())


def is_position(target: str) -> bool:
    """Whether ``target`` (an authority line's target) opens with a position, not a body."""
    head = " ".join(key(target).split()[:4])
    return _BODY.match(head) is None and _POSITION.search(head) is not None


def is_deputy(position: str) -> bool:
    """Whether ``position`` is a deputy's (``PHÓ ...``, ``THỨ TRƯỞNG``)."""
    return _DEPUTY.search(key(position)) is not None


def earliest(date: DocumentDate) -> datetime.date | None:
    """The earliest calendar date a partly blank date can stand for (``None``: no year)."""
    if date.year is None:
        return None
    month = date.month or 1
    day = min(date.day or 1, calendar.monthrange(date.year, month)[1]) if 1 <= month <= 12 else 1
    try:
        return datetime.date(date.year, month, day)
    except ValueError:
        return None


def latest(date: DocumentDate) -> datetime.date | None:
    """The latest calendar date a partly blank date can stand for (``None``: no year)."""
    if date.year is None:
        return None
    month = date.month or 12
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(date.year, month)[1]
    try:
        return datetime.date(date.year, month, min(date.day or last, last))
    except ValueError:
        return None


def parse_finding(findings: tuple[Finding, ...], code: str) -> Finding | None:
    """The parser's finding ``code`` (``parse.number`` …), if it recorded one."""
    return next((f for f in findings if f.code == code), None)



