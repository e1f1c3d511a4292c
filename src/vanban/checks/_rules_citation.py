"""VB7xx — citations (viện dẫn) of other documents.

NĐ 30/2020 Phụ lục I, I.6.b (spec §4.1); Luật 64/2025 Điều 7.3 (spec §2.2, §2.5).
"""

from __future__ import annotations

from collections.abc import Iterator

from vanban.checks._core import ALL_FAMILIES, Hit, rule
from vanban.checks._helpers import earliest, latest
from vanban.checks.context import Context
from vanban.enums import Family, Severity
from vanban.model import Citation


def _dated(ctx: Context) -> Iterator[Citation]:
    """Citations of other documents that carry a date."""
    for citation in ctx.doc.citations:
        if not citation.is_self and citation.date is not None:
            yield citation


def _name(citation: Citation) -> str:
    kind = citation.type_name or "văn bản"
    return f"{kind} {citation.number}" if citation.number is not None else kind


@rule(
    "VB701", "citation-later",
    summary="A cited document is dated no later than the citing document.",
    summary_vi="Văn bản được viện dẫn phải ban hành trước văn bản viện dẫn.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.6.b (căn cứ and viện dẫn name documents already issued, "
           "with their date); spec §4.1",
    docs="A document can only cite documents issued before it (or the same day). A cited date "
         "after the document's own date is a typo in one of the two dates.",
    bad="Hà Nội, ngày 05 tháng 3 năm 2020 ... Căn cứ Nghị định số 10/2021/NĐ-CP ngày 02 "
        "tháng 02 năm 2021",
    good="Hà Nội, ngày 05 tháng 3 năm 2021 ... Căn cứ Nghị định số 10/2021/NĐ-CP ngày 02 "
         "tháng 02 năm 2021",
    fix="Check the date of the citation and the date of the document.",
)
def citation_later(ctx: Context) -> Iterator[Hit]:
    date = ctx.doc.date
    last = latest(date) if date is not None else None
    if last is None:
        return
    for citation in _dated(ctx):
        assert citation.date is not None
        first = earliest(citation.date)
        if first is not None and first > last:
            yield Hit(f"{_name(citation)} is dated {citation.date.isoformat()}, after the "
                      f"document ({date.isoformat() if date else ''}).",
                      f"{_name(citation)} ngày {citation.date.isoformat()} ban hành sau văn "
                      f"bản này.", citation.span, "citations")


@rule(
    "VB702", "citation-year",
    summary="A cited normative number's year agrees with the cited date.",
    summary_vi="Năm trong số, ký hiệu văn bản QPPL được viện dẫn khớp với ngày ban hành.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="Luật 64/2025/QH15 Điều 7.3 (the number shows the year of issue) (spec §2.2, §2.5)",
    docs="`Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020`: the year segment of a "
         "normative number is the year of its date.",
    bad="Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2019",
    good="Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020",
    fix="Correct the number or the date of the citation.",
)
def citation_year(ctx: Context) -> Iterator[Hit]:
    for citation in _dated(ctx):
        number, date = citation.number, citation.date
        if number is None or number.year is None or date is None or date.year is None:
            continue
        if number.family is Family.NORMATIVE and number.year != date.year:
            yield Hit(f"{_name(citation)} is dated {date.year}, not {number.year}.",
                      f"{_name(citation)} có năm {number.year} nhưng ngày ban hành năm "
                      f"{date.year}.", citation.span, "citations")


@rule(
    "VB703", "citation-future",
    summary="A cited document is not dated in the future (checked only when `today` is given).",
    summary_vi="Văn bản được viện dẫn không có ngày ban hành sau ngày hiện tại.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.6.b; spec §4.1",
    docs="A cited document has been issued, so its date is not later than today. Pass "
         "`today=` (`--today`) to enable the rule; the checker never reads the clock.",
    bad="(checked on 2025-01-01) Căn cứ Thông tư số 05/2026/TT-BNV ngày 05 tháng 01 năm 2026",
    good="(checked on 2026-02-01) Căn cứ Thông tư số 05/2026/TT-BNV ngày 05 tháng 01 năm 2026",
    fix="Check the date of the citation.",
)
def citation_future(ctx: Context) -> Iterator[Hit]:
    if ctx.today is None:
        return
    for citation in _dated(ctx):
        assert citation.date is not None
        first = earliest(citation.date)
        if first is not None and first > ctx.today:
            yield Hit(f"{_name(citation)} is dated {citation.date.isoformat()}, after "
                      f"{ctx.today.isoformat()}.",
                      f"{_name(citation)} có ngày ban hành sau ngày "
                      f"{ctx.today.strftime('%d/%m/%Y')}.", citation.span, "citations")
