"""Deadlines in the text of a task: dates, periods, time limits, recurrences, urgency words.

One regex, read once over a task's text, finds every candidate; :func:`best` picks the task's
deadline. The forms, in the order a task's deadline is chosen from them:

1. a date or a period after a marker (``trước ngày 15/10/2024``, ``chậm nhất đến ngày 01 tháng 7
   năm 2028``, ``trong quý IV năm 2024``, ``trong tháng 6/2026``, ``cuối năm 1982``) or a time
   limit (``trong thời hạn 15 ngày kể từ ngày ký``);
2. a recurrence (``hằng tháng``, ``định kỳ 6 tháng``, ``chậm nhất vào ngày 05 hằng tháng`` is a
   date of the first kind that recurs);
3. an urgency word (``khẩn trương``, ``kịp thời``, ``sớm``): the text is kept, there is no date.

A period resolves to its last day; a date without a year and a time limit counted from the
document's signature (``kể từ ngày ký``, ``kể từ ngày ban hành``) resolve against the document's
date, with :class:`dateutil.relativedelta.relativedelta`; a limit counted in working days, or
from another event (``kể từ ngày nhận được văn bản``), keeps no date.

>>> base = DocumentDate(2024, 9, 20)
>>> [(f.text, f.date.isoformat() if f.date else None) for f in find(
...     "khẩn trương rà soát, báo cáo trước ngày 15/10/2024; hoàn thành trong quý IV", base)]
[('khẩn trương', None), ('trước ngày 15/10/2024', '2024-10-15'), ('trong quý IV', '2024-12-31')]
>>> f = best(find("trong thời hạn 15 ngày kể từ ngày ký", base))
>>> f.date.isoformat(), f.relative
('2024-10-05', True)
>>> f = best(find("công khai chậm nhất vào ngày 05 hằng tháng", base))
>>> f.text, f.date, f.recurrence
('chậm nhất vào ngày 05 hằng tháng', None, 'P1M')
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable
from typing import Final

from dateutil.relativedelta import relativedelta

from vanban import _regex, dates
from vanban.dates import DocumentDate

__all__ = ["DATED", "RECURRING", "VAGUE", "Found", "best", "find"]

DATED: Final = 0
RECURRING: Final = 1
VAGUE: Final = 2

_NUMERIC = (r"(?P<{p}d>\d{{1,2}})\s*(?P<{p}s>[/.-])\s*(?P<{p}m>\d{{1,2}})"
            r"(?:\s*(?P={p}s)\s*(?P<{p}y>\d{{4}}))?")
_LONG = r"(?P<{p}ld>\d{{1,2}})\s+tháng\s+(?P<{p}lm>\d{{1,2}})(?:\s*,?\s*năm\s+(?P<{p}ly>\d{{4}}))?"
_PERIOD_WORD = r"(?:hằng|hàng)\s+(?P<{p}per>ngày|tuần|tháng|quý|năm)"

# The look-aheads are the first letter and the first word every form opens with (or the start
# of the text): most words fail there, not in each of the forms' thirty alternatives (that took
# a third of the time of reading the tasks).
_PATTERN: Final = _regex.compile(
    r"(?<![\w/])(?=[tTcChHđĐkKxXsSnNqQ])"
    r"(?=tr(?:ước|ong)|c(?:hậm|uối)|h(?:ạn|ết|ằng|àng)|đ(?:ến|ịnh)|kh(?:ông|ẩn)|kịp|xong|s(?:au|ớm)|tối|ngay|^)(?:"
    # 1. a marker, then a date: "trước ngày 15/10/2024", "chậm nhất vào ngày 05 hằng tháng"
    r"(?P<dated>(?:trước|chậm\s+nhất(?:\s+(?:là|vào|đến|trước|trong))?"
    r"|hạn\s+(?:chót|cuối)(?:\s+là)?|trong|đến\s+hết|không\s+quá)\s+"
    r"(?P<kw>(?:hết\s+)?ngày\s+)?"
    r"(?:" + _NUMERIC.format(p="n") + r"|" + _LONG.format(p="l")
    + r"|(?P<dom>\d{1,2})(?=\s+(?:hằng|hàng)\s))"
    r"(?:\s+" + _PERIOD_WORD.format(p="d") + r")?)(?![\w/])"
    # 1. a marker, then a period: quarter, month, year, half-year
    r"|(?P<period>(?P<pmk>trong|trước|cuối|hết|đến\s+hết|xong\s+trong|trong\s+vòng|^)\s*"
    r"(?:quý\s+(?P<q>IV|III|II|I|[1-4])(?![\w])(?:\s*(?:,\s*)?(?:năm|/)\s*(?P<qy>\d{4}))?"
    r"|tháng\s+(?P<m>\d{1,2})(?:\s*(?:năm|/)\s*(?P<my>\d{4}))?(?![\d/])"
    r"|năm\s+(?P<y>\d{4})(?!\s*(?:[-–]|và\s+(?:các|những)\s+năm))"
    r"|(?P<half>0?6)\s+tháng\s+(?P<hw>đầu|cuối)\s+năm(?:\s+(?P<hy>\d{4}))?))(?!\w)"
    # 1. a time limit: "trong thời hạn 15 (mười lăm) ngày kể từ ngày ký"
    r"|(?P<rel>(?P<rmk>trong\s+thời\s+hạn|trong\s+vòng|trong|chậm\s+nhất(?:\s+là)?|sau"
    r"|không\s+quá|tối\s+đa)\s+(?P<rn>\d{1,3})(?:\s*\([^()]{1,30}\))?\s+"
    r"(?P<ru>ngày\s+làm\s+việc|ngày|tuần|tháng|năm)(?!\w)"
    r"(?:\s*,?\s*(?:kể\s+)?từ\s+(?:ngày|khi|thời\s+điểm)\s+"
    r"(?P<ra>[^\W\d]+(?:\s+[^\W\d]+){0,3}))?)"
    # 2. a recurrence: "hằng tháng", "định kỳ 6 tháng", "định kỳ hằng năm"
    r"|(?P<rec>(?:định\s+kỳ\s+)?" + _PERIOD_WORD.format(p="r")
    + r"|định\s+kỳ\s*\(?\s*(?P<rk>\d{1,2})\s+tháng|định\s+kỳ\s+(?P<rkw>tuần|tháng|quý|năm)"
    r"|định\s+kỳ(?!\s+hạn))(?!\w)"
    r"(?P<more>(?:\s*(?:,|và|hoặc)\s*(?:(?:hằng|hàng)\s+)?(?:\d{1,2}\s+)?(?:tháng|quý|năm)"
    r"(?!\w)){0,3}\)?(?:\s*(?:,|và|hoặc)\s*đột\s+xuất)?)"
    # 3. an urgency word
    r"|(?P<vague>trong\s+thời\s+gian\s+sớm\s+nhất|sớm\s+nhất(?:\s+có\s+thể)?|khẩn\s+trương"
    r"|kịp\s+thời|sớm|ngay\s+lập\s+tức|ngay\s+trong\s+ngày)(?!\w)"
    r")",
    re.IGNORECASE,
)

_ROMAN_QUARTER: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIODS: Final = {"ngày": "P1D", "tuần": "P1W", "tháng": "P1M", "quý": "P3M", "năm": "P1Y"}
_UNITS: Final = {"ngày": "days", "tuần": "weeks", "tháng": "months", "năm": "years"}
# Words after which "hằng năm" describes a thing, not how often the task is done: "kế hoạch
# 5 năm và hằng năm", "nhu cầu hằng quý", "khối lượng hằng năm", "trợ cấp hằng tháng".
_NOT_RECURRING_AFTER: Final = frozenset({"và", "hoặc", "cầu", "lượng", "cấp", "đất", "khoan"})
_PURPOSE: Final = frozenset({"để", "nhằm"})
_WORD_BEFORE: Final = _regex.compile(r"(\w+)\W*$")


class Found:
    """A deadline found in a text: its kind (:data:`DATED`, :data:`RECURRING`, :data:`VAGUE`),
    offsets, text, and what it resolves to."""

    __slots__ = ("date", "end", "kind", "recurrence", "relative", "start", "text")

    def __init__(self, kind: int, start: int, end: int, text: str, date: DocumentDate | None,
                 recurrence: str | None = None, relative: bool = False) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.date = date
        self.recurrence = recurrence
        self.relative = relative

    def __repr__(self) -> str:
        return f"Found({self.kind}, {self.text!r}, {self.date!r}, {self.recurrence!r})"


def find(text: str, base: DocumentDate | None = None, start: int = 0,
         end: int | None = None) -> list[Found]:
    """Every deadline in ``text[start:end]``, in order; ``base`` is the document's date."""
    out: list[Found] = []
    stop = len(text) if end is None else end
    for m in _PATTERN.finditer(text, start, stop):
        found = _read(m, text, base)
        if found is not None:
            out.append(found)
    return out


def best(found: list[Found]) -> Found | None:
    """The deadline of a task: the first of the most precise kind found."""
    for kind in (DATED, RECURRING, VAGUE):
        for f in found:
            if f.kind == kind:
                return f
    return None


def _read(m: re.Match[str], text: str, base: DocumentDate | None) -> Found | None:
    if m["dated"] is not None:
        return _dated(m, base)
    if m["period"] is not None:
        return _period(m, base)
    if m["rel"] is not None:
        return _relative(m, base)
    if m["rec"] is not None:
        return _recurrence(m, text)
    return _vague(m, text)


def _make(kind: int, m: re.Match[str], date: DocumentDate | None, recurrence: str | None = None,
          relative: bool = False, end: int | None = None) -> Found:
    stop = m.end() if end is None else end
    return Found(kind, m.start(), stop, " ".join(m.string[m.start() : stop].split()), date,
                 recurrence, relative)


def _year(value: str | None, base: DocumentDate | None) -> int | None:
    if value:
        return int(value)
    return base.year if base is not None else None


def _day(year: int | None, month: int, day: int) -> DocumentDate | None:
    if year is None or not dates.MIN_YEAR <= year <= dates.MAX_YEAR:
        return None
    try:
        return DocumentDate.from_date(datetime.date(year, month, day))
    except ValueError:
        return None


def _month_end(year: int | None, month: int) -> DocumentDate | None:
    if year is None or not 1 <= month <= 12 or not dates.MIN_YEAR <= year <= dates.MAX_YEAR:
        return None
    return DocumentDate(year, month, calendar.monthrange(year, month)[1])


def _dated(m: re.Match[str], base: DocumentDate | None) -> Found | None:
    recurrence = _PERIODS.get((m["dper"] or "").lower())
    if m["dom"]:  # "ngày 05 hằng tháng": a day of every month
        if not m["kw"] or not 1 <= int(m["dom"]) <= 31:
            return None
        return _make(DATED, m, None, recurrence or "P1M")
    if m["nd"]:
        if m["ns"] == "." and not m["kw"]:  # "1.2.2005" alone may be a section number
            return None
        day, month, year = int(m["nd"]), int(m["nm"]), m["ny"]
    else:
        day, month, year = int(m["lld"]), int(m["llm"]), m["lly"]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if recurrence is not None:
        return _make(DATED, m, None, recurrence)
    date = _day(_year(year, base), month, day)
    if year and date is None:
        return None  # an impossible date
    if not year and date is not None:
        date = _ahead(date, base, lambda y: _day(y, month, day))
    return _make(DATED, m, date)


def _ahead(date: DocumentDate, base: DocumentDate | None,
           again: Callable[[int], DocumentDate | None]) -> DocumentDate | None:
    """A date whose year was taken from the document's: the next year's when it would fall
    before the document (``trước ngày 15/01`` in a letter of November)."""
    if base is None or base.month is None or date.year is None:
        return date
    if (date.month or 0, date.day or 0) < (base.month, base.day or 1):
        return again(date.year + 1)
    return date


def _period(m: re.Match[str], base: DocumentDate | None) -> Found | None:
    if not m["pmk"] and not (m["q"] and m["qy"]):
        return None  # without a marker, only "Quý I/2027, ..." opening a task
    before = m["pmk"].lower() == "trước"  # "trước quý IV": before the period starts
    if m["q"]:
        quarter = _ROMAN_QUARTER[m["q"].lower()]
        year = _year(m["qy"], base)
        month = 3 * quarter - (3 if before else 0)
    elif m["m"]:
        month = int(m["m"])
        if not 1 <= month <= 12:
            return None
        year = _year(m["my"], base)
        month -= 1 if before else 0
    elif m["y"]:
        year, month = int(m["y"]) - (1 if before else 0), 12
    else:
        year = _year(m["hy"], base)
        month = 6 if m["hw"].lower() == "đầu" else 12
    if year is not None and month == 0:
        year, month = year - 1, 12
    date = _month_end(year, month)
    if date is not None and not (m["qy"] or m["my"] or m["y"] or m["hy"]):
        date = _ahead(date, base, lambda y: _month_end(y, month))
    return _make(DATED, m, date)


def _relative(m: re.Match[str], base: DocumentDate | None) -> Found | None:
    anchor = " ".join((m["ra"] or "").lower().split())
    marker = " ".join(m["rmk"].lower().split())
    if not anchor and marker in ("trong", "sau"):
        return None  # "trong 5 năm" is a duration, not a time limit
    unit = " ".join(m["ru"].lower().split())
    date = None
    own = anchor.startswith(("ký", "ban hành"))
    if own and unit in _UNITS and base is not None and base.is_complete:
        try:
            start = base.to_date()
        except ValueError:
            start = None
        if start is not None:
            try:
                date = DocumentDate.from_date(start + _delta(unit, int(m["rn"])))
            except (ValueError, OverflowError):  # past year 9999
                date = None
    return _make(DATED, m, date, relative=True)


def _delta(unit: str, n: int) -> relativedelta:
    if unit == "ngày":
        return relativedelta(days=n)
    if unit == "tuần":
        return relativedelta(weeks=n)
    if unit == "tháng":
        return relativedelta(months=n)
    return relativedelta(years=n)


def _recurrence(m: re.Match[str], text: str) -> Found | None:
    if not m.group()[:4].lower().startswith("định"):
        word = _WORD_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        if word is not None and word.group(1).lower() in _NOT_RECURRING_AFTER:
            return None
    if m["rper"]:
        recurrence: str | None = _PERIODS[m["rper"].lower()]
    elif m["rk"]:
        months = int(m["rk"])
        recurrence = "P1Y" if months == 12 else f"P{months}M" if months else None
    elif m["rkw"]:
        recurrence = _PERIODS[m["rkw"].lower()]
    else:
        recurrence = None
    return _make(RECURRING, m, None, recurrence)


def _vague(m: re.Match[str], text: str) -> Found | None:
    before = text[max(0, m.start() - 12) : m.start()]
    word = _WORD_BEFORE.search(before)
    if word is not None and word.group(1).lower() in _PURPOSE:
        return None  # "để kịp thời xem xét": the purpose, not the task's time
    value = " ".join(m.group().lower().split())
    after = text[m.end() : m.end() + 5]
    if value == "kịp thời" and (after[:1] in ",.;" or after.lstrip().startswith("và ")):
        return None  # "đầy đủ, kịp thời, đúng quy định": a quality, not a time
    if value == "sớm" and after.lstrip().lower().startswith("hơn"):
        return None
    return _make(VAGUE, m, None)
