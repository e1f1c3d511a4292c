"""Dates as written on Vietnamese official documents (thời gian ban hành văn bản).

NĐ 30/2020 Phụ lục I, I.4.b: "Thời gian ban hành văn bản phải được viết đầy đủ; các số thể hiện
ngày, tháng, năm dùng chữ số Ả Rập; đối với những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải
ghi thêm số 0 phía trước." The canonical form is therefore ``ngày DD tháng M năm YYYY``: the
day (ngày) always has two digits, the month (tháng) has two digits for 01 and 02 only, and
months 3–12 are written without a zero (``tháng 3``, not ``tháng 03``).

:func:`parse` is lenient (numeric ``05/3/2020``, ``01-10-1997``, ISO, text without diacritics,
blank parts of drafts); :func:`validate` is strict about the canonical form; :func:`search` and
:func:`finditer` find dates in running text, where the numeric forms are common.

>>> parse("ngày 5 tháng 03 năm 2020")
DocumentDate(year=2020, month=3, day=5)
>>> format(parse("30/1/2005"))
'ngày 30 tháng 01 năm 2005'
>>> parse("ngày   tháng 9 năm 2024").isoformat()
'2024-09'
>>> try:
...     validate("ngày 5 tháng 3 năm 2020")
... except ValueError as exc:
...     print(type(exc).__name__, exc.rule, exc.position)
MissingPadding date.padding 5
>>> text = "Quyết định số 927/QĐ-TTg ngày 30/8/2024, Chỉ thị số 34-CT/TW ngày 24 tháng 5 năm 2024"
>>> [m.text for m in finditer(text)]
['ngày 30/8/2024', 'ngày 24 tháng 5 năm 2024']
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import itertools
import re
import unicodedata
from collections.abc import Iterator

import attrs

from vanban import _regex
from vanban._pickling import by_fields
from vanban.errors import (
    ExcessPadding,
    Incomplete,
    InvalidComponent,
    InvalidDate,
    InvalidFormat,
    MissingPadding,
    NotCanonical,
    ValidationError,
)

__all__ = [
    "DateMatch", "DocumentDate", "finditer", "format", "is_valid", "parse", "search", "validate"
]

MIN_YEAR = 1900
MAX_YEAR = 2100


@by_fields
@attrs.frozen
class DocumentDate:
    """A date as written on a document; parts may be blank in drafts (dự thảo).

    ``year`` — năm, ``month`` — tháng, ``day`` — ngày. Nothing is checked on construction;
    :meth:`to_date` and :func:`validate` do the checking.

    >>> d = DocumentDate(2020, 1, 5)
    >>> str(d), d.isoformat(), d.to_date()
    ('ngày 05 tháng 01 năm 2020', '2020-01-05', datetime.date(2020, 1, 5))
    >>> DocumentDate(2024, 9).is_complete
    False
    """

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def is_complete(self) -> bool:
        """Whether no part is blank."""
        return self.year is not None and self.month is not None and self.day is not None

    def to_date(self) -> datetime.date:
        """The calendar date; raise ``Incomplete`` for a blank part, ``InvalidDate`` if impossible.

        >>> DocumentDate(2024, 2, 30).to_date()
        Traceback (most recent call last):
            ...
        vanban.errors.InvalidDate: The date does not exist. [date.impossible] in '2024-02-30'
        """
        if self.year is None or self.month is None or self.day is None:
            raise Incomplete(rule="date.incomplete", value=self.isoformat())
        try:
            return datetime.date(self.year, self.month, self.day)
        except ValueError:
            raise InvalidDate(value=self.isoformat()) from None

    def isoformat(self) -> str:
        """ISO 8601 text, truncated for trailing blanks (``2024-09``, ``2024``, ``""``).

        A blank that truncation cannot express is written with ``X`` digits, as in ISO 8601-2
        (EDTF) "unspecified" dates:

        >>> DocumentDate(2024, None, 5).isoformat(), DocumentDate(None, 9, 13).isoformat()
        ('2024-XX-05', 'XXXX-09-13')
        """
        parts = [
            "XXXX" if self.year is None else f"{self.year:04d}",
            "XX" if self.month is None else f"{self.month:02d}",
            "XX" if self.day is None else f"{self.day:02d}",
        ]
        while parts and parts[-1].startswith("X"):
            parts.pop()
        return "-".join(parts)

    def __str__(self) -> str:
        return format(self)

    @classmethod
    def from_date(cls, d: datetime.date) -> DocumentDate:
        """Wrap a :class:`datetime.date`.

        >>> DocumentDate.from_date(datetime.date(2019, 6, 29))
        DocumentDate(year=2019, month=6, day=29)
        """
        return cls(d.year, d.month, d.day)


@attrs.frozen
class DateMatch:
    """A date found in running text: ``text[start:end]`` is the source text of ``date``."""

    date: DocumentDate
    start: int
    end: int
    text: str


def format(d: DocumentDate | datetime.date, *, style: str = "long") -> str:
    """Write a date in ``style`` ``"long"`` (NĐ 30/2020 Phụ lục I, I.4.b), ``"numeric"``, ``"iso"``.

    The long form pads days below 10 and the months 1 and 2 with a zero; a blank part is written
    as one space between the words (``ngày   tháng 9``), a blank year is left off. The numeric
    form is ``dd/mm/yyyy``, fully padded, with spaces for blanks. Nothing is validated.

    >>> format(datetime.date(2020, 1, 5)), format(DocumentDate(2019, 6, 29))
    ('ngày 05 tháng 01 năm 2020', 'ngày 29 tháng 6 năm 2019')
    >>> format(DocumentDate(2024, 9)), format(DocumentDate(2024, 9, 5), style="numeric")
    ('ngày   tháng 9 năm 2024', '05/09/2024')
    """
    if isinstance(d, datetime.date):
        d = DocumentDate.from_date(d)
    if style == "iso":
        return d.isoformat()
    if style == "numeric":
        day = "  " if d.day is None else f"{d.day:02d}"
        month = "  " if d.month is None else f"{d.month:02d}"
        year = "    " if d.year is None else f"{d.year:04d}"
        return f"{day}/{month}/{year}"
    if style != "long":
        raise ValueError(f"unknown style {style!r}; use 'long', 'numeric' or 'iso'")
    day = " " if d.day is None else f"{d.day:02d}"
    month = " " if d.month is None else f"{d.month:02d}" if d.month < 3 else str(d.month)
    year = "" if d.year is None else str(d.year)
    return f"ngày {day} tháng {month} năm {year}".rstrip()


# --- normalisation -----------------------------------------------------------------------------


def _normalize(text: str) -> tuple[str, list[int] | None]:
    """NFC per character cluster, with a map from each normalised offset to the original one."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    pieces: list[str] = []
    to_orig: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        pieces.append(piece)
        to_orig.extend([i] * len(piece))
        i = j
    to_orig.append(n)
    return "".join(pieces), to_orig


def _orig(to_orig: list[int] | None, pos: int) -> int:
    return pos if to_orig is None else to_orig[pos]


@attrs.frozen
class _Source:
    """An input, its normalised copy and the offset map between them."""

    value: str
    text: str
    to_orig: list[int] | None

    def error(
        self, cls: type[ValidationError], message: str, rule: str, pos: int | None
    ) -> ValidationError:
        position = None if pos is None else _orig(self.to_orig, pos)
        return cls(message, rule=rule, value=self.value, position=position)


# --- lenient reading of a whole string (parse, validate) ----------------------------------------

_TOKEN_RE = _regex.compile(
    r"""(?P<word>ng[aà]y|th[aá]ng|n[aă]m)(?![^\W\d_])
      | (?P<num>[0-9]+)
      | (?P<sep>[/\-]|(?<=[0-9])\.(?=[0-9]))
      | (?P<fill>[\s.…_*]+)
      | (?P<bad>[^\W\d_]+|.)""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
# Token shapes: K ngày, T tháng, N năm, D digits, S separator; a long form without "ngày"
# needs a year. A shape not listed is an InvalidFormat at its first token that no shape allows.
_OPTIONAL = list(itertools.product(("", "K"), ("", "D"), ("", "D"), ("", "D")))
_SHAPES = frozenset(
    [f"{k}{d}T{m}N{y}" for k, d, m, y in _OPTIONAL if k or y]  # long forms
    + [f"{k}{d}S{m}SD" for k, d, m, _ in _OPTIONAL]  # numeric forms
    + ["D", "DSD"]  # ISO year, year-month or month/year
)
_PARTS = ("day", "month", "year")


def _read(value: str) -> tuple[DocumentDate, str, dict[str, tuple[int, str]], _Source]:
    """Read a date alone in ``value``: (date, form, {part: (position, digits or "")}, source).

    Raise the format and impossible-date errors. ``form`` is "long", "numeric" or "iso".
    """
    source = _Source(value, *_normalize(value))
    text, error = source.text, source.error
    tokens = [m for m in _TOKEN_RE.finditer(text) if m.lastgroup != "fill"]
    shape = "".join(_symbol(m) for m in tokens)

    if not tokens:
        raise error(InvalidFormat, "No date found.", "date.format", None)
    if shape not in _SHAPES:
        at = max(_common(shape, s) for s in _SHAPES)
        pos = tokens[at].start() if at < len(tokens) else len(text)
        raise error(InvalidFormat, "No date can be read here.", "date.format", pos)
    seps = [m for m in tokens if m.lastgroup == "sep"]
    if any(m.group() != seps[0].group() for m in seps):
        raise error(InvalidFormat, "The separators differ.", "date.format", seps[1].start())

    # The stretches between words and separators: (number or None, where the stretch starts).
    found: list[tuple[re.Match[str] | None, int]] = []
    base, number = 0, None
    for m in tokens:
        if m.lastgroup == "num":
            number = m
            continue
        found.append((number, base))
        base, number = m.end(), None
    found.append((number, base))
    head = found[0][0]
    if "T" not in shape and (len(found) == 1 or (head is not None and len(head.group()) == 4)):
        form, order = "iso", ("year", "month", "day")
    else:  # the last three stretches; "9/2024" has no day
        form, order = "long" if "T" in shape else "numeric", _PARTS
        found = [(None, 0)] * (3 - len(found)) + found[-3:]
    slots = dict(zip(order, found, strict=False))
    parts: dict[str, tuple[int, str]] = {}
    for name in _PARTS:
        number, base = slots.get(name, (None, tokens[-1].end()))
        if number is None:
            gap = base + 1 if 0 < base < len(text) and text[base].isspace() else base
            parts[name] = (gap, "")
            continue
        digits = number.group()
        if len(digits) != 4 if name == "year" else len(digits) > 2:
            hint = "four digits" if name == "year" else "one or two digits"
            raise error(InvalidFormat, f"The {name} must have {hint}.", "date.format",
                        number.start())
        parts[name] = (number.start(), digits)
    year, month, day = (int(parts[p][1]) if parts[p][1] else None for p in reversed(_PARTS))
    fault = _fault(year, month, day)
    if fault == "year":
        raise error(InvalidComponent, f"The year must be within {MIN_YEAR}–{MAX_YEAR}.",
                    "date.year", parts["year"][0])
    if fault is not None:
        raise error(InvalidDate, f"The {fault} is impossible.", "date.impossible", parts[fault][0])
    return DocumentDate(year, month, day), form, parts, source


def _common(a: str, b: str) -> int:
    """The length of the common prefix of ``a`` and ``b``."""
    n = min(len(a), len(b))
    return next((i for i in range(n) if a[i] != b[i]), n)


def _symbol(m: re.Match[str]) -> str:
    if m.lastgroup == "word":
        return {"g": "K", "h": "T"}.get(m.group()[1].lower(), "N")
    return {"num": "D", "sep": "S"}.get(m.lastgroup or "", "?")


def _fault(year: int | None, month: int | None, day: int | None) -> str | None:
    """The part that makes the date impossible ("year", "month", "day") or None."""
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return "year"
    if month is not None and not 1 <= month <= 12:
        return "month"
    if day is not None:
        # A blank year may be a leap year; a blank month may have 31 days.
        last = 31 if month is None else calendar.monthrange(year or 2000, month)[1]
        if not 1 <= day <= last:
            return "day"
    return None


def parse(text: str) -> DocumentDate:
    """Read a date alone in ``text``, leniently.

    Accepted: the long form with or without ``ngày``, any case, with or without diacritics,
    padded or not, with blank parts (``…``, ``...``, spaces) in drafts; ``dd/mm/yyyy`` with
    ``/``, ``-`` or ``.``; ``mm/yyyy``; ISO ``yyyy-mm-dd``, ``yyyy-mm`` and ``yyyy``. NĐ 30/2020
    Phụ lục I, I.4.b wants Arabic numerals, so only ASCII digits are read; two-digit years are
    not. Raises ``InvalidFormat`` (with the position where reading stopped),
    ``InvalidComponent`` (rule ``date.year``) for a year outside 1900–2100 and ``InvalidDate``
    for a date that cannot exist.

    >>> parse("Ngày 05 tháng 3 năm 2020"), parse("ngay 5 thang 3 nam 2020")
    (DocumentDate(year=2020, month=3, day=5), DocumentDate(year=2020, month=3, day=5))
    >>> parse("ngày … tháng … năm 2026")
    DocumentDate(year=2026, month=None, day=None)
    >>> try:
    ...     parse("30/02/2024")
    ... except ValueError as exc:
    ...     print(type(exc).__name__, exc.rule, exc.position)
    InvalidDate date.impossible 0
    """
    return _read(text)[0]


def validate(text: str) -> DocumentDate:
    """Check that ``text`` is a complete date in the canonical NĐ 30/2020 form and return it.

    Checks run in this order, and the first failure is raised: the format (``InvalidFormat``,
    ``date.format``); an impossible date or year (``InvalidDate``, ``date.impossible``;
    ``InvalidComponent``, ``date.year``); a blank part (``Incomplete``, ``date.incomplete``); the
    padding of the long form (``MissingPadding``, ``date.padding``; ``ExcessPadding``,
    ``date.padding.excess``); finally the exact text (``NotCanonical``, ``date.form``) for
    numeric and ISO forms, a missing ``ngày``, missing diacritics or stray spaces. Padding is
    only checked in the long form: a numeric date is reported as not canonical. A capital
    ``Ngày`` (sentence start) and NFD encoding are accepted.

    >>> validate("ngày 06 tháng 02 năm 2017")
    DocumentDate(year=2017, month=2, day=6)
    >>> try:
    ...     validate("ngày 15 tháng 03 năm 2024")
    ... except ValueError as exc:
    ...     print(type(exc).__name__, exc.rule, exc.position)
    ExcessPadding date.padding.excess 14
    """
    date, form, parts, source = _read(text)
    norm, error = source.text, source.error

    order = ("year", "month", "day") if form == "iso" else _PARTS
    for name in order:
        if not parts[name][1]:
            raise error(Incomplete, f"The {name} is blank.", "date.incomplete", parts[name][0])
    if form == "long":
        (day_pos, day), (month_pos, month) = parts["day"], parts["month"]
        if len(day) == 1:
            raise error(MissingPadding, "The day must have two digits (ngày 05).",
                        "date.padding", day_pos)
        if len(month) == 1 and int(month) < 3:
            raise error(MissingPadding, "Months 1 and 2 take a leading zero (tháng 01).",
                        "date.padding", month_pos)
        if month.startswith("0") and int(month) >= 3:
            raise error(ExcessPadding, "Months 3 to 12 take no leading zero (tháng 3).",
                        "date.padding.excess", month_pos)
    expected = format(date)
    if norm[:1] == "N":
        expected = "N" + expected[1:]
    if norm != expected:
        pos = _common(norm, expected)
        raise error(NotCanonical, f"Write the date as {format(date)!r}.", "date.form", pos)
    return date


def is_valid(text: str) -> bool:
    """Whether :func:`validate` accepts ``text``; never raises.

    >>> is_valid("ngày 05 tháng 01 năm 2020"), is_valid("05/01/2020"), is_valid("")
    (True, False, False)
    """
    if not isinstance(text, str):
        return False
    try:
        validate(text)
    except ValidationError:
        return False
    return True


# --- dates in running text ---------------------------------------------------------------------

# One regex, linear time: every quantifier is bounded or possessive, and a match can only start
# at "n"/"N" or a digit that does not follow a letter, digit, "/", "." or a letter and "-".
_FILL = r"[\s.…_*]"
_SEARCH_RE = _regex.compile(
    rf"""(?<![\w/.])(?<![^\W\d_]-)(?=[n0-9])
      (?:(?P<kw>ng[aà]y)(?![^\W\d_]){_FILL}*+)?
      (?P<day>[0-9]{{1,2}})?
      (?: (?P<sep>[/.\-])(?P<nmonth>[0-9]{{1,2}})(?P=sep)(?P<nyear>[0-9]{{4}})
        | {_FILL}*+th[aá]ng(?![^\W\d_]){_FILL}*+(?P<month>[0-9]{{1,2}})?
          {_FILL}*+n[aă]m{_FILL}*+(?P<year>[0-9]{{4}})
      )
      (?![^\W_])(?![/.][^\W_])(?!-[^\W\d_])""",
    re.IGNORECASE | re.VERBOSE,
)


def _from_match(m: re.Match[str]) -> DocumentDate | None:
    """The date of a regex match, or None when it is not taken as a date."""
    kw, day = m["kw"], m["day"]
    if m["sep"]:
        if m["sep"] == "." and not kw:  # "1.2.2005" alone may be a section number
            return None
        month, year = m["nmonth"], m["nyear"]
    else:
        month, year = m["month"], m["year"]
        if not kw and (day is None or month is None):  # "báo cáo 6 tháng năm 2024"
            return None
    d = int(day) if day else None
    mo = int(month) if month else None
    y = int(year)
    return None if _fault(y, mo, d) else DocumentDate(y, mo, d)


def finditer(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[DateMatch]:
    """Yield the dates in running text, in order, with spans into ``text`` itself.

    Found: the long form (blank parts allowed after ``ngày``; without ``ngày`` the day and
    month must be given), ``[ngày] d/m/yyyy`` and ``d-m-yyyy``, and ``ngày d.m.yyyy``. Not
    found: document numbers (``10/2020/NĐ-CP``, ``66.3/2025/NQ-CP``), ``1/500``, two-digit
    years, ISO dates, and impossible dates or years outside 1900–2100, which are skipped.
    Runs in linear time.

    >>> [(m.date.isoformat(), m.start, m.end) for m in finditer("Hà Nội, ngày tháng 9 năm 2024")]
    [('2024-09', 8, 29)]
    """
    norm, to_orig = _normalize(text)
    if to_orig is not None:
        pos = bisect.bisect_left(to_orig, pos)
        endpos = None if endpos is None else bisect.bisect_left(to_orig, endpos)
    end = len(norm) if endpos is None else endpos
    for m in _SEARCH_RE.finditer(norm, pos, end):
        date = _from_match(m)
        if date is not None:
            start, stop = _orig(to_orig, m.start()), _orig(to_orig, m.end())
            yield DateMatch(date, start, stop, text[start:stop])


def search(text: str, pos: int = 0, endpos: int | None = None) -> DateMatch | None:
    """The first date in running text (see :func:`finditer`), or None.

    >>> match = search("Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997 ban hành")
    >>> match.date, match.start, match.end, match.text
    (DocumentDate(year=1997, month=10, day=1), 41, 56, 'ngày 01-10-1997')
    """
    return next(finditer(text, pos, endpos), None)
