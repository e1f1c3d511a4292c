"""The place and date of the header (địa danh và thời gian ban hành, NĐ 30/2020 Phụ lục I ô 4):
the place name that ends the text before ``, ngày ...``, and a date with a typo in its month
word (``ngày 12 háng 01 năm 2026``) that :mod:`vanban.dates` does not read."""

from __future__ import annotations

import re
from typing import Final

from vanban import _regex
from vanban.dates import DocumentDate
from vanban.parser.layout import clean

__all__ = ["BLANK_DATE", "LOOSE_DATE", "loose_date", "place"]

#: "ngày 12 háng 01 năm 2026": a typo in the month word still makes a header date.
LOOSE_DATE: Final = _regex.compile(
    r"(?<!\w)ngày\s{1,3}(?P<d>\d{1,2})\s{1,3}\w{1,6}\s{1,3}(?P<m>\d{1,2})\s{1,3}năm"
    r"(?:\s{1,3}(?P<y>\d{4})(?!\d)|(?=\s*$))"
)
# A draft's date with nothing filled in but perhaps the century ("Lâm Đồng, ngày   tháng
# năm", "... năm 20"): no date, but the place before it is the place (not "ngày tháng năm
# sinh" in a title).
BLANK_DATE: Final = _regex.compile(
    r"(?:(?<=,)|(?<=,\s)|(?<=,\s\s))ngày[^\S\n]*+(?:[.…]++[^\S\n]*+)?tháng[^\S\n]*+(?:[.…]++[^\S\n]*+)?năm"
    r"(?:[^\S\n]*+(?:\d{1,3}|[.…]++))?[^\S\n]*+$"  # after the place's comma, ending its cell
)
_WORD: Final = _regex.compile(r"\S+")


def loose_date(text: str) -> DocumentDate | None:
    """The date of ``text`` read loosely (:data:`LOOSE_DATE`), or None if it is not one.

    >>> loose_date("Hà Nội, ngày 12 háng 01 năm 2026")
    DocumentDate(year=2026, month=1, day=12)
    """
    m = LOOSE_DATE.search(text)
    if m is None:
        return None
    try:
        value = DocumentDate(int(m["y"]) if m["y"] else None, int(m["m"]), int(m["d"]))
        if value.year is not None:
            value.to_date()
        elif not (1 <= value.month <= 12 and 1 <= value.day <= 31):  # type: ignore[operator]
            return None
    except ValueError:
        return None
    return value


def place(text: str) -> tuple[int, str] | None:
    """The place name that ends ``text`` (before ``, ngày``): its offset and the name.

    >>> place("Số: 15/UBND-VP Hà Nội, ")
    (15, 'Hà Nội')
    """
    body = text.rstrip(" ,")
    if not body:
        return None
    words = list(_WORD.finditer(body))
    start = None
    for word in reversed(words):
        w = word.group(0).strip(",")
        if not w or any(map(str.isdigit, w)) or "/" in w:
            break
        if w[0].isupper() or w in ("phố", "xã", "trấn") or w.startswith("TP"):
            start = word.start()
            continue
        break
    if start is None:
        return None
    name = clean(body[start:])
    if len(name.split()) > 6:
        return None
    if re.match(r"(?:phố|xã|trấn)\b", name):
        return None
    return start, name
