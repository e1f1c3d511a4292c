"""Numbers and dates that break exactly one rule, for :func:`vanban.strategies.
invalid_document_numbers` and :func:`vanban.strategies.invalid_dates`.

Each rule has a maker that takes a valid value and breaks that rule alone: the rest of the text
stays as :func:`vanban.numbers.format` / :func:`vanban.dates.format` write it, so
:func:`vanban.numbers.validate` / :func:`vanban.dates.validate` raise exactly that rule.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from typing import Final

import attrs
from hypothesis import strategies as st

from vanban import dates as vdates
from vanban import numbers
from vanban.dates import DocumentDate
from vanban.enums import Family
from vanban.numbers import DocumentNumber

__all__ = ["DATE_RULES", "NUMBER_RULES", "dates_strategy", "numbers_strategy"]

NUMBER_RULES: Final = (
    "number.format", "number.prefix", "number.spacing", "number.character", "number.dash",
    "number.punctuation", "number.blank", "number.zero", "number.year", "number.type",
    "number.padding", "number.padding.excess",
)
DATE_RULES: Final = (
    "date.format", "date.impossible", "date.year", "date.incomplete", "date.padding",
    "date.padding.excess", "date.form",
)

_Numbers = st.SearchStrategy[DocumentNumber]
_Dates = st.SearchStrategy[DocumentDate]


def _text(n: DocumentNumber) -> str:
    return numbers.format(n)


def _split(n: DocumentNumber) -> tuple[str, str]:
    """The printed digits and the rest, separator included: ``("05", "/QĐ-BNV")``."""
    text = _text(n)
    digits = re.match(r"[\d.]*", text)
    cut = digits.end() if digits else 0
    return text[:cut], text[cut:]


def _format_break(valid: _Numbers) -> st.SearchStrategy[str]:
    # The separator after the number is lost ("15QĐ-BNV"), or a character no number has.
    def glue(n: DocumentNumber) -> str:
        digits, rest = _split(n)
        return digits + rest[1:]

    glued = valid.filter(lambda n: n.year is None).map(glue)
    stray = st.builds(lambda n, c: _text(n) + c, valid, st.sampled_from("@#!?*"))
    words: st.SearchStrategy[str] = st.sampled_from(("Số hiệu", "hello", "QĐ", "---"))
    return st.one_of(glued, stray, words)


def _prefix(valid: _Numbers) -> st.SearchStrategy[str]:
    return st.builds(lambda n, p: p + _text(n), valid,
                     st.sampled_from(("Số: ", "Số:", "Số ", "số: ", "So: ")))


@st.composite
def _spacing(draw: st.DrawFn, valid: _Numbers) -> str:
    n = draw(valid.filter(lambda n: n.number is not None))
    digits, rest = _split(n)
    where = draw(st.sampled_from(("before", "after", "lead", "trail", "inner")))
    if where == "before":
        return f"{digits} {rest}"
    if where == "after":
        return f"{digits}{rest[0]} {rest[1:]}"
    if where == "lead":
        return " " + _text(n)
    if where == "trail":
        return _text(n) + " "
    inner = [m.start() for m in re.finditer(r"[/-]", rest) if m.start() > 0]
    if not inner:
        return f"{digits} {rest}"
    at = draw(st.sampled_from(inner))
    return f"{digits}{rest[:at]} {rest[at]} {rest[at + 1:]}"


def _character(valid: _Numbers) -> st.SearchStrategy[str]:
    with_d = valid.filter(lambda n: "Đ" in _text(n))
    return with_d.map(lambda n: _text(n).replace("Đ", "\u00d0", 1))


def _dash(valid: _Numbers) -> st.SearchStrategy[str]:
    def write(n: DocumentNumber, dash: str) -> str:
        digits, rest = _split(n)
        return digits + rest.replace("-", dash, 1)

    return st.builds(write, valid.filter(lambda n: "-" in _text(n)),
                     st.sampled_from("\u2013\u2014\u2010\u2212"))


def _punctuation(valid: _Numbers) -> st.SearchStrategy[str]:
    return st.builds(lambda n, p: _text(n) + p, valid, st.sampled_from((".", ";", ",", ":")))


def _blank(valid: _Numbers) -> st.SearchStrategy[str]:
    return st.builds(lambda n, fill: fill + _split(n)[1], valid,
                     st.sampled_from(("", "…", "...", "....", "……")))


def _zero(valid: _Numbers) -> st.SearchStrategy[str]:
    return st.builds(lambda n, z: z + _split(n)[1], valid, st.sampled_from(("0", "00")))


def _year(valid: _Numbers) -> st.SearchStrategy[str]:
    yearly = valid.filter(lambda n: n.year is not None)
    bad = st.integers(1000, 1944) | st.integers(2101, 9999)
    return st.builds(lambda n, y: _text(attrs.evolve(n, year=y)), yearly, bad)


def _type(valid: _Numbers) -> st.SearchStrategy[str]:
    party = valid.filter(lambda n: n.family is Family.PARTY)
    codes = st.sampled_from(("XX", "VB", "BBT", "CTH", "NQQ", "CVV"))
    return st.builds(lambda n, c: _text(attrs.evolve(n, type_code=c, qualifier=None)), party,
                     codes)


def _padding(valid: _Numbers) -> st.SearchStrategy[str]:
    return st.builds(lambda n, k: str(k) + _split(n)[1], valid, st.integers(1, 9))


def _excess(valid: _Numbers) -> st.SearchStrategy[str]:
    # "005/QĐ-BNV", "015/QĐ-BNV": a zero before a padded or a two-digit number.
    return valid.map(lambda n: "0" + _text(n))


_NUMBER_MAKERS: Final[dict[str, Callable[[_Numbers], st.SearchStrategy[str]]]] = {
    "number.format": _format_break, "number.prefix": _prefix, "number.spacing": _spacing,
    "number.character": _character, "number.dash": _dash, "number.punctuation": _punctuation,
    "number.blank": _blank, "number.zero": _zero, "number.year": _year, "number.type": _type,
    "number.padding": _padding, "number.padding.excess": _excess,
}


def numbers_strategy(rules: tuple[str, ...],
                     valid: _Numbers) -> st.SearchStrategy[tuple[str, str]]:
    plain = valid.filter(lambda n: n.number is not None and n.subnumber is None)
    return st.sampled_from(rules).flatmap(
        lambda rule: _NUMBER_MAKERS[rule](plain).map(lambda text: (text, rule)))


# -- dates -------------------------------------------------------------------------------------


def _long(day: str, month: str, year: str) -> str:
    return f"ngày {day} tháng {month} năm {year}"


def _canonical_month(month: int) -> str:
    return f"{month:02d}" if month < 3 else str(month)


def _date_format(valid: _Dates) -> st.SearchStrategy[str]:
    def two_digit_year(d: DocumentDate) -> str:
        return vdates.format(d)[:-4] + f"{d.year:04d}"[2:]

    def no_year(d: DocumentDate) -> str:
        return vdates.format(d).rsplit(" năm ", 1)[0]

    def word_month(d: DocumentDate) -> str:
        return _long(f"{d.day:02d}", "ba" if d.month != 3 else "tư", str(d.year))

    return st.one_of(valid.map(two_digit_year), valid.map(no_year), valid.map(word_month))


@st.composite
def _impossible(draw: st.DrawFn, valid: _Dates) -> str:
    d = draw(valid)
    assert d.year is not None and d.month is not None
    if draw(st.booleans()):
        month = draw(st.integers(13, 99))
        return _long(f"{d.day:02d}", str(month), str(d.year))
    last = calendar.monthrange(d.year, d.month)[1]
    day = draw(st.integers(last + 1, 99) if last < 31 else st.just(32))
    return _long(f"{day:02d}", _canonical_month(d.month), str(d.year))


def _date_year(valid: _Dates) -> st.SearchStrategy[str]:
    bad = st.integers(1000, vdates.MIN_YEAR - 1) | st.integers(vdates.MAX_YEAR + 1, 9999)
    return st.builds(lambda d, y: vdates.format(DocumentDate(y, d.month, min(d.day or 1, 28))),
                     valid, bad)


def _incomplete(valid: _Dates) -> st.SearchStrategy[str]:
    def blank_day(d: DocumentDate) -> str:
        return vdates.format(DocumentDate(d.year, d.month, None))

    def blank_both(d: DocumentDate) -> str:
        return _long("…", "…", str(d.year))

    def blank_year(d: DocumentDate) -> str:
        return vdates.format(d).rsplit(" ", 1)[0]

    return st.one_of(valid.map(blank_day), valid.map(blank_both), valid.map(blank_year))


@st.composite
def _date_padding(draw: st.DrawFn, valid: _Dates) -> str:
    d = draw(valid)
    assert d.year is not None and d.month is not None and d.day is not None
    if d.day < 10 and draw(st.booleans()):
        return _long(str(d.day), _canonical_month(d.month), str(d.year))
    month = draw(st.integers(1, 2))
    return _long(f"{min(d.day, 28):02d}", str(month), str(d.year))


def _date_excess(valid: _Dates) -> st.SearchStrategy[str]:
    return st.builds(lambda d, m: _long(f"{min(d.day or 1, 30):02d}", f"0{m}", str(d.year)),
                     valid, st.integers(3, 9))


def _date_form(valid: _Dates) -> st.SearchStrategy[str]:
    def numeric(d: DocumentDate) -> str:
        return vdates.format(d, style="numeric")

    def iso(d: DocumentDate) -> str:
        return d.isoformat()

    def bare(d: DocumentDate) -> str:
        return vdates.format(d).removeprefix("ngày ")

    def ascii_only(d: DocumentDate) -> str:
        return vdates.format(d).replace("ngày", "ngay").replace("tháng", "thang").replace(
            "năm", "nam")

    def spaced(d: DocumentDate) -> str:
        return vdates.format(d).replace(" tháng ", "  tháng ")

    def stop(d: DocumentDate) -> str:
        return vdates.format(d) + "."

    return st.sampled_from((numeric, iso, bare, ascii_only, spaced, stop)).flatmap(valid.map)


_DATE_MAKERS: Final[dict[str, Callable[[_Dates], st.SearchStrategy[str]]]] = {
    "date.format": _date_format, "date.impossible": _impossible, "date.year": _date_year,
    "date.incomplete": _incomplete, "date.padding": _date_padding,
    "date.padding.excess": _date_excess, "date.form": _date_form,
}


def dates_strategy(rules: tuple[str, ...], valid: _Dates) -> st.SearchStrategy[tuple[str, str]]:
    return st.sampled_from(rules).flatmap(
        lambda rule: _DATE_MAKERS[rule](valid).map(lambda text: (text, rule)))
