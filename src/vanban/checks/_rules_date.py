"""VB2xx — place and date of issue (địa danh và thời gian ban hành; ô 4).

NĐ 30/2020 Phụ lục I, I.4 (spec §1.4.6); Party documents write the same line (spec §3.5).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from vanban import dates
from vanban.checks._core import ALL_FAMILIES, ND30_EFFECTIVE, Hit, rule
from vanban.checks._helpers import earliest
from vanban.checks.context import Context
from vanban.enums import Severity
from vanban.errors import InvalidComponent, InvalidDate, ValidationError
from vanban.model import Span

_PARTS: Final = re.compile(
    r"ng[aà]y[\s.…_]*(?P<d>\d+)?[\s.…_]*th[aá]ng[\s.…_]*(?P<m>\d+)?[\s.…_]*n[aă]m",
    re.IGNORECASE,
)
_LONG: Final = re.compile(
    r"ng[aà]y\s{0,3}\d{1,3}\s{0,3}th[aá]ng\s{0,3}\d{1,3}\s{0,3}n[aă]m\s{0,3}\d{1,4}(?!\d)",
    re.IGNORECASE,
)
_CANONICAL: Final = re.compile(r"[Nn]gày(?: \d{1,2})? tháng(?: \d{1,2})? năm \d{4}")
_AFTER_PLACE: Final = re.compile(r"\s*,\s*(?P<place>[A-ZĐÀ-Ỹ][^\s,]*(?:\s+[A-ZĐÀ-Ỹ][^\s,]*){0,4})")
_BIEN_BAN: Final = "biên bản"


def _clean(text: str) -> str:
    """The printed date without Markdown emphasis and with single spaces."""
    return " ".join(text.replace("*", " ").split())


def _date_span(ctx: Context) -> Span | None:
    return ctx.printed_date.span if ctx.printed_date is not None else None


def _impossible(ctx: Context) -> Iterator[tuple[str, Span]]:
    """Long-form dates of the header that cannot exist: (text, span)."""
    norm = ctx.norm
    if norm is None:
        return
    for match in _LONG.finditer(norm.text, 0, ctx.header_end):
        try:
            dates.parse(match.group(0))
        except (InvalidDate, InvalidComponent):
            yield match.group(0), ctx.work_span(match.start(), match.end())
        except ValidationError:
            continue
        return  # only the first date of the header is the date line


@rule(
    "VB201", "date-missing",
    summary="The document shows its place and date of issue.",
    summary_vi="Văn bản phải có địa danh và thời gian ban hành.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.4 (ô 4) (spec §1.4.6); HD 36 sơ đồ, ô 4 (spec §3.2)",
    docs="The line `<Địa danh>, ngày ... tháng ... năm ...` sits under the Quốc hiệu (Party: "
         "under `ĐẢNG CỘNG SẢN VIỆT NAM`). A Biên bản is exempt: its date is in the body "
         "(Mẫu 1.9); so is a draft, which may leave the line out until the date is known, and a "
         "paper of a type no family lists (a `Phiếu trình`).",
    bad="Số: 15/QĐ-BNV\nQUYẾT ĐỊNH", good="Số: 15/QĐ-BNV\nHà Nội, ngày 05 tháng 3 năm 2020",
    fix="Add the place-and-date line.",
)
def date_missing(ctx: Context) -> Iterator[Hit]:
    doc = ctx.doc
    if doc.date is not None or ctx.draft or ctx.unlisted_type:
        return
    if (doc.type_name or "").casefold() == _BIEN_BAN:
        return
    if any(True for _ in _impossible(ctx)):
        return  # VB206 reports it
    yield Hit("No date of issue was found.", "Không tìm thấy thời gian ban hành văn bản.",
              None, "date")


@rule(
    "VB202", "date-blank",
    summary="The day, month and year of issue are filled in (outside drafts).",
    summary_vi="Ngày, tháng, năm ban hành được ghi đầy đủ (trừ dự thảo).",
    severity=Severity.ERROR, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.4.b: \"Thời gian ban hành văn bản phải được viết đầy đủ\" "
           "(spec §1.4.6)",
    docs="A blank day or month (`ngày    tháng 9 năm 2024`) marks a draft, or a document whose "
         "date lives only in its digital signature. Pass `draft=True` (`--draft`) to accept it.",
    bad="Hà Nội, ngày    tháng 9 năm 2024", good="Hà Nội, ngày 13 tháng 9 năm 2024",
    fix="Write the full date of issue, or check the document as a draft.",
)
def date_blank(ctx: Context) -> Iterator[Hit]:
    date = ctx.doc.date
    if date is None or date.is_complete or ctx.draft:
        return
    blank = [name for name, part in (("day", date.day), ("month", date.month),
                                     ("year", date.year)) if part is None]
    vi = {"day": "ngày", "month": "tháng", "year": "năm"}
    yield Hit(f"The date of issue leaves the {' and '.join(blank)} blank.",
              f"Thời gian ban hành để trống {', '.join(vi[b] for b in blank)}.",
              _date_span(ctx), "date")


@rule(
    "VB203", "date-padding",
    summary="Days below 10 and the months 1 and 2 take a leading zero.",
    summary_vi="Ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước.",
    severity=Severity.WARNING, families=ALL_FAMILIES, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.4.b: \"đối với những số thể hiện ngày nhỏ hơn 10 và tháng "
           "1, 2 phải ghi thêm số 0 phía trước\" (spec §1.4.6, §3.5)",
    docs="`ngày 05 tháng 01 năm 2020`, `ngày 29 tháng 02 năm 2024`. Months 3 to 12 take no zero "
         "(VB204).",
    bad="Hà Nội, ngày 5 tháng 1 năm 2020", good="Hà Nội, ngày 05 tháng 01 năm 2020",
    fix="Pad the day below 10 and the months 1 and 2 with a zero.",
)
def date_padding(ctx: Context) -> Iterator[Hit]:
    printed = ctx.printed_date
    parts = _PARTS.search(_clean(printed.text)) if printed is not None else None
    if printed is None or parts is None:
        return
    day, month = parts["d"], parts["m"]
    if day is not None and len(day) == 1:
        yield Hit(f"The day {day} lacks its leading zero.",
                  f"Ngày {day} thiếu số 0 phía trước.", printed.span, "date",
                  f"Write ngày 0{day}.")
    if month is not None and len(month) == 1 and int(month) < 3:
        yield Hit(f"The month {month} lacks its leading zero.",
                  f"Tháng {month} thiếu số 0 phía trước.", printed.span, "date",
                  f"Write tháng 0{month}.")


@rule(
    "VB204", "date-excess-padding",
    summary="Months 3 to 12 take no leading zero.",
    summary_vi="Tháng 3 đến tháng 12 không ghi số 0 phía trước.",
    severity=Severity.WARNING, families=ALL_FAMILIES, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.4.b (only days below 10 and months 1, 2 are padded; "
           "examples `ngày 29 tháng 6 năm 2019`) (spec §1.4.6)",
    docs="The zero is written only where NĐ 30 asks for it: `tháng 3`, not `tháng 03`; "
         "`ngày 15`, not `ngày 015`.",
    bad="Hà Nội, ngày 15 tháng 03 năm 2024", good="Hà Nội, ngày 15 tháng 3 năm 2024",
    fix="Drop the leading zero of months 3 to 12.",
)
def date_excess_padding(ctx: Context) -> Iterator[Hit]:
    printed = ctx.printed_date
    parts = _PARTS.search(_clean(printed.text)) if printed is not None else None
    if printed is None or parts is None:
        return
    day, month = parts["d"], parts["m"]
    if month is not None and month.startswith("0") and int(month) >= 3:
        yield Hit(f"The month {month} takes no leading zero.",
                  f"Tháng {month} không ghi số 0 phía trước.", printed.span, "date",
                  f"Write tháng {int(month)}.")
    if day is not None and len(day) > 2:
        yield Hit(f"The day {day} has too many digits.", f"Ngày {day} thừa chữ số 0.",
                  printed.span, "date", f"Write ngày {int(day):02d}.")


@rule(
    "VB205", "date-form",
    summary="The date is written `ngày DD tháng M năm YYYY`, in words and Arabic digits.",
    summary_vi="Thời gian ban hành viết theo dạng \"ngày ... tháng ... năm ...\".",
    severity=Severity.WARNING, families=ALL_FAMILIES, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.4.b–c and Mục V (`Hà Nội, ngày 05 tháng 01 năm 2020`) "
           "(spec §1.4.6)",
    docs="The date line spells out `ngày`, `tháng`, `năm` with their diacritics; a numeric "
         "date (`05/3/2020`) or a date typed without diacritics is not the prescribed form.",
    bad="Hà Nội, 05/3/2020", good="Hà Nội, ngày 05 tháng 3 năm 2020",
    fix="Write the date as `ngày ... tháng ... năm ...`.",
)
def date_form(ctx: Context) -> Iterator[Hit]:
    printed = ctx.printed_date
    if printed is None:
        return
    text = " ".join(re.sub(r"[.…_]", " ", _clean(printed.text)).split())
    if not _CANONICAL.fullmatch(text):
        yield Hit(f"The date {printed.text!r} is not in the form `ngày ... tháng ... năm ...`.",
                  "Thời gian ban hành không viết theo dạng \"ngày ... tháng ... năm ...\".",
                  printed.span, "date", f"Write {dates.format(ctx.doc.date)!r}."
                  if ctx.doc.date is not None else None)


@rule(
    "VB206", "date-impossible",
    summary="The date of issue exists in the calendar.",
    summary_vi="Thời gian ban hành phải là ngày có thật.",
    severity=Severity.ERROR, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.4.b (spec §1.4.6)",
    docs="A day the month does not have (`ngày 30 tháng 02`), a month above 12 or an "
         "implausible year (outside 1900–2100).",
    bad="Hà Nội, ngày 30 tháng 02 năm 2024", good="Hà Nội, ngày 29 tháng 02 năm 2024",
    fix="Correct the date.",
)
def date_impossible(ctx: Context) -> Iterator[Hit]:
    date = ctx.doc.date
    if date is not None and date.is_complete:
        try:
            date.to_date()
        except ValidationError:
            yield Hit(f"The date {date.isoformat()} does not exist.",
                      f"Ngày {date.isoformat()} không có thật.", _date_span(ctx), "date")
            return
    for text, span in _impossible(ctx):
        yield Hit(f"The date {text!r} does not exist.", f"Ngày {text!r} không có thật.",
                  span, "date")


@rule(
    "VB207", "date-future",
    summary="The date of issue is not in the future (checked only when `today` is given).",
    summary_vi="Thời gian ban hành không được sau ngày hiện tại.",
    severity=Severity.ERROR, families=ALL_FAMILIES,
    source="NĐ 30/2020 Điều 15.1–2 (the number and date are given when the document is "
           "issued, after signature) (spec §1.4.5)",
    docs="A document is dated when it is issued, so its date cannot be later than today. The "
         "checker never reads the clock: pass `today=` (`--today`) to enable this rule.",
    bad="(checked on 2025-01-01) Hà Nội, ngày 05 tháng 3 năm 2026",
    good="(checked on 2025-01-01) Hà Nội, ngày 05 tháng 3 năm 2024",
    fix="Correct the date of issue.",
)
def date_future(ctx: Context) -> Iterator[Hit]:
    date = ctx.doc.date
    first = earliest(date) if date is not None else None
    if ctx.today is not None and first is not None and first > ctx.today:
        yield Hit(f"The date of issue {first.isoformat()} is after {ctx.today.isoformat()}.",
                  f"Thời gian ban hành sau ngày {ctx.today.strftime('%d/%m/%Y')}.",
                  _date_span(ctx), "date")


@rule(
    "VB208", "place-missing",
    summary="The place name (địa danh) comes before the date.",
    summary_vi="Địa danh được ghi trước thời gian ban hành.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.4.a, c (\"sau địa danh có dấu phẩy\"; form "
           "`<Địa danh>, ngày ...`) (spec §1.4.6, §3.5)",
    docs="The date line opens with the official name of the place where the issuer sits "
         "(`Hà Nội`, `Thành phố Hồ Chí Minh`), then a comma and the date.",
    bad="ngày 05 tháng 3 năm 2020", good="Hà Nội, ngày 05 tháng 3 năm 2020",
    fix="Write the place name before the date.",
)
def place_missing(ctx: Context) -> Iterator[Hit]:
    doc = ctx.doc
    if doc.date is None or doc.place:
        return
    if any(f.code == "parse.stated-date" for f in doc.findings):
        return  # no place-and-date line at all: the date is one the text states (a law's
        # "thông qua ngày", a Phiếu trình's signature); VB201 speaks of the missing line
    printed, norm = ctx.printed_date, ctx.norm
    if printed is not None and norm is not None:
        after = _AFTER_PLACE.match(norm.text, ctx.work_range(printed.span)[1])
        if after is not None:
            yield Hit(f"The place {after['place']!r} follows the date; it comes first.",
                      "Địa danh phải đứng trước thời gian ban hành.", printed.span, "place")
            return
    yield Hit("No place name precedes the date.", "Thiếu địa danh trước thời gian ban hành.",
              _date_span(ctx), "place")


@rule(
    "VB209", "place-comma",
    summary="A comma follows the place name.",
    summary_vi="Sau địa danh có dấu phẩy.",
    severity=Severity.INFO, families=ALL_FAMILIES, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.4.c: \"sau địa danh có dấu phẩy (,)\" (spec §1.4.6)",
    docs="`Hà Nội, ngày 05 tháng 3 năm 2020`: the place name is followed by a comma.",
    bad="Hà Nội ngày 05 tháng 3 năm 2020", good="Hà Nội, ngày 05 tháng 3 năm 2020",
    fix="Put a comma after the place name.",
)
def place_comma(ctx: Context) -> Iterator[Hit]:
    place, printed, norm = ctx.doc.place, ctx.printed_date, ctx.norm
    if not place or printed is None or norm is None:
        return
    start = ctx.work_range(printed.span)[0]
    window = norm.text[max(0, start - len(place) - 12) : start]
    at = window.rfind(place)
    if at >= 0 and "," not in window[at + len(place) :]:
        yield Hit(f"No comma after the place name {place!r}.",
                  f"Thiếu dấu phẩy sau địa danh {place!r}.", printed.span, "place",
                  f"Write '{place}, {ctx.work_slice(printed.span).strip()}'.")
