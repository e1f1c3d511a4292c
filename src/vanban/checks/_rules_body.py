"""VB6xx — the body (nội dung; ô 6): its numbering and its closing mark.

NĐ 30/2020 Phụ lục I, I.6 (spec §1.4.8); Luật 64/2025 Điều 7.2 and NĐ 78/2025 Điều 63–64
(spec §2.2, §2.4).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from typing import Final

from vanban.checks._core import ALL_FAMILIES, ND30_EFFECTIVE, Hit, rule
from vanban.checks.context import Context
from vanban.enums import Family, ProvisionKind, Severity
from vanban.model import Provision, Span
from vanban.parser.body import arabic_value, roman_value

# Luật 64/2025/QH15 took effect on 01/4/2025 (Điều 71).
L64_EFFECTIVE: Final = datetime.date(2025, 4, 1)
# The Vietnamese alphabet as point labels (NĐ 30 Phụ lục I, I.6.đ; spec §1.4.8, §6).
ALPHABET: Final = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p",
                   "q", "r", "s", "t", "u", "v", "x", "y")
_FOREIGN_POINT: Final = re.compile(r"(?m)^[ \t>*]*([fjwz])\)[ \t]+\S")
_ARTICLE: Final = re.compile(r"Điều (\d+)([a-zđ]?)")
_NUMBERED: Final = (ProvisionKind.ITEM, ProvisionKind.CLAUSE)


def _groups(doc_body: tuple[Provision, ...]) -> Iterator[tuple[Provision, ...]]:
    """Every list of siblings: the top level, then each provision's children."""
    yield doc_body
    for top in doc_body:
        for unit in top.walk():
            if unit.children:
                yield unit.children


def _footer_start(ctx: Context) -> int:
    """Where the footer starts in the normalised copy (the end of the text if none)."""
    assert ctx.norm is not None
    starts = [s.span.start for s in ctx.doc.signatures if s.span is not None]
    starts += [r.span.start for r in ctx.doc.recipients[:1] if r.span is not None]
    if not starts:
        return len(ctx.norm.text)
    return ctx.work_range(Span(min(starts), min(starts)))[0]


def _sequence_break(values: Sequence[int], first: int = 1) -> int | None:
    """The index of the first value that does not continue ``first, first + 1, ...``."""
    expected = first
    for index, value in enumerate(values):
        if value != expected:
            return index
        expected += 1
    return None


def _expected(index: int, values: Sequence[int], first: int = 1) -> int:
    return first + index if index == 0 else values[index - 1] + 1


@rule(
    "VB601", "closing-mark",
    summary="The content ends with `./.`.",
    summary_vi="Phần nội dung văn bản kết thúc bằng dấu \"./.\".",
    severity=Severity.INFO, families=frozenset({Family.ADMINISTRATIVE}), needs_text=True,
    since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục III, Mẫu 1.1–1.10 (every template ends the content with `./.`) "
           "(spec §1.4.8)",
    docs="The last sentence of the content, before Nơi nhận and the signature, ends with "
         "`./.` (\"... thi hành Quyết định này./.\"). The rule checks administrative documents, "
         "whose templates NĐ 30 fixes; normative documents follow the templates of NĐ 78/2025 "
         "and Party documents end with a full stop.",
    bad="Các đơn vị triển khai thực hiện.", good="Các đơn vị triển khai thực hiện./.",
    fix="End the content with `./.`",
)
def closing_mark(ctx: Context) -> Iterator[Hit]:
    norm = ctx.norm
    if norm is None or not ctx.doc.signatures:
        return
    end = _footer_start(ctx)
    if "./." in norm.text[ctx.header_end : end]:
        return
    body = ctx.doc.body[-1].span if ctx.doc.body else None
    last = body or (ctx.doc.preamble[-1].span if ctx.doc.preamble else None)
    yield Hit("The content does not end with `./.`.",
              "Phần nội dung không kết thúc bằng dấu \"./.\".", last, "body")


@rule(
    "VB602", "item-sequence",
    summary="Numbered items and clauses run 1., 2., 3. without gaps or repeats.",
    summary_vi="Số thứ tự các khoản, mục đánh liên tục 1, 2, 3, không bỏ sót, không trùng.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.6.đ (\"Số thứ tự các khoản ... dùng chữ số Ả Rập\"); "
           "NĐ 78/2025 Điều 63 (spec §1.4.8, §2.4)",
    docs="Under each heading (an Điều, a Roman section, the document itself) the Arabic "
         "numbers count up from 1 by one.",
    bad="1. ...\n2. ...\n4. ...", good="1. ...\n2. ...\n3. ...",
    fix="Renumber the items in sequence.",
)
def item_sequence(ctx: Context) -> Iterator[Hit]:
    for group in _groups(ctx.doc.body):
        items = [p for p in group if p.kind in _NUMBERED and p.label.isdecimal()]
        values = [arabic_value(p.label) for p in items]
        at = _sequence_break(values)
        if at is not None:
            want = _expected(at, values)
            yield Hit(f"Item {values[at]} where {want} was expected.",
                      f"Đánh số {values[at]} trong khi đúng ra là {want}.", items[at].span,
                      "body")


@rule(
    "VB603", "article-sequence",
    summary="Articles are numbered Điều 1, Điều 2, ... through the document.",
    summary_vi="Các điều được đánh số liên tục từ Điều 1.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 78/2025 Điều 63.1: \"Việc đánh số các điều ... bằng số Ả Rập, bắt đầu từ "
           "Điều 1\"; NĐ 30/2020 Phụ lục I, I.6.đ (spec §1.4.8, §2.4)",
    docs="Articles count from Điều 1 through the whole document, across chapters, without gaps "
         "or repeats. An inserted article written with a letter (`Điều 5a`, NĐ 78 Điều 69.4) "
         "may follow its base article.",
    bad="Điều 1. ...\nĐiều 2. ...\nĐiều 4. ...", good="Điều 1. ...\nĐiều 2. ...\nĐiều 3. ...",
    fix="Renumber the articles in sequence.",
)
def article_sequence(ctx: Context) -> Iterator[Hit]:
    expected = 1
    for top in ctx.doc.body:
        for unit in top.walk():
            if unit.kind is not ProvisionKind.ARTICLE:
                continue
            match = _ARTICLE.fullmatch(unit.label)
            if match is None:
                continue
            number, letter = arabic_value(match.group(1)), match.group(2)
            if letter and number == expected - 1:
                continue
            if number != expected or letter:
                yield Hit(f"{unit.label} where Điều {expected} was expected.",
                          f"{unit.label} trong khi đúng ra là Điều {expected}.", unit.span,
                          "body")
                return
            expected += 1


@rule(
    "VB604", "point-letters",
    summary="Points use Vietnamese letters: no `f)`, `j)`, `w)`, `z)`.",
    summary_vi="Các điểm dùng chữ cái tiếng Việt, không dùng f, j, w, z.",
    severity=Severity.WARNING, families=ALL_FAMILIES, needs_text=True,
    source="NĐ 30/2020 Phụ lục I, I.6.đ: \"Thứ tự các điểm ... dùng các chữ cái tiếng Việt theo "
           "thứ tự bảng chữ cái tiếng Việt\" (spec §1.4.8, §6)",
    docs="The Vietnamese alphabet has no f, j, w or z: after `e)` comes `g)`, after `i)` "
         "comes `k)`.",
    bad="e) ...\nf) ...", good="e) ...\ng) ...",
    fix="Letter the points a, b, c, d, đ, e, g, h, i, k, l, m, n, …",
)
def point_letters(ctx: Context) -> Iterator[Hit]:
    norm = ctx.norm
    if norm is None:
        return
    for match in _FOREIGN_POINT.finditer(norm.text, ctx.header_end, _footer_start(ctx)):
        letter = match.group(1)
        yield Hit(f"The point {letter}) uses a letter the Vietnamese alphabet does not have.",
                  f"Điểm {letter}) dùng chữ cái không có trong bảng chữ cái tiếng Việt.",
                  ctx.work_span(match.start(1), match.end(1) + 1), "body")


@rule(
    "VB605", "point-sequence",
    summary="Points run a), b), c), d), đ), e), g), ... without gaps or repeats.",
    summary_vi="Các điểm theo thứ tự bảng chữ cái tiếng Việt, không bỏ sót, không trùng.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.6.đ (spec §1.4.8, §6)",
    docs="Within a clause the points follow the Vietnamese alphabet from `a)`: "
         "a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y.",
    bad="a) ...\nb) ...\nd) ...", good="a) ...\nb) ...\nc) ...",
    fix="Re-letter the points in alphabetical order.",
)
def point_sequence(ctx: Context) -> Iterator[Hit]:
    for group in _groups(ctx.doc.body):
        points = [p for p in group if p.kind is ProvisionKind.POINT and p.label in ALPHABET]
        values = [ALPHABET.index(p.label) for p in points]
        at = _sequence_break(values, 0)
        if at is not None:
            want = ALPHABET[_expected(at, values, 0)] if _expected(at, values, 0) < len(
                ALPHABET) else "?"
            yield Hit(f"Point {points[at].label}) where {want}) was expected.",
                      f"Điểm {points[at].label}) trong khi đúng ra là {want}).",
                      points[at].span, "body")


@rule(
    "VB606", "roman-heading",
    summary="Phần and Chương are numbered in Roman numerals.",
    summary_vi="Số thứ tự của phần, chương dùng chữ số La Mã.",
    severity=Severity.WARNING, families=ALL_FAMILIES, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.6.đ: \"Số thứ tự của phần, chương dùng chữ số La Mã\"; "
           "NĐ 78/2025 Điều 64.3 (spec §1.4.8, §2.4)",
    docs="`Phần I`, `Chương II`; mục and tiểu mục use Arabic numerals (`Mục 1`).",
    bad="Chương 1\nQUY ĐỊNH CHUNG", good="Chương I\nQUY ĐỊNH CHUNG",
    fix="Write the number of the part or chapter in Roman numerals.",
)
def roman_heading(ctx: Context) -> Iterator[Hit]:
    for top in ctx.doc.body:
        for unit in top.walk():
            if unit.kind not in (ProvisionKind.PART, ProvisionKind.CHAPTER):
                continue
            word, _, number = unit.label.partition(" ")
            if number.isdecimal():
                from vanban.issuers import roman  # noqa: PLC0415 - only on a hit

                value = arabic_value(number)
                yield Hit(f"{unit.label} is numbered in Arabic numerals.",
                          f"{unit.label} phải đánh số La Mã.", unit.span, "body",
                          f"Write {word} {roman(value)}." if 0 < value < 4000 else None)


@rule(
    "VB607", "heading-sequence",
    summary="Parts, chapters, sections and Roman-numbered headings run without gaps.",
    summary_vi="Phần, chương, mục và các đề mục La Mã đánh số liên tục.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.6.đ; NĐ 78/2025 Điều 63 (spec §1.4.8, §2.4)",
    docs="`Chương I`, `Chương II`, `Chương III` through the document; `Mục 1`, `Mục 2` within "
         "a chapter; the Roman headings of a report or plan (`I.`, `II.`, `III.`) in order.",
    bad="Chương I ... Chương III", good="Chương I ... Chương II",
    fix="Renumber the headings in sequence.",
)
def heading_sequence(ctx: Context) -> Iterator[Hit]:
    for kind in (ProvisionKind.PART, ProvisionKind.CHAPTER):
        units = [u for top in ctx.doc.body for u in top.walk() if u.kind is kind]
        yield from _check_headings(units)
    for group in _groups(ctx.doc.body):
        sections = [u for u in group if u.kind is ProvisionKind.SECTION]
        roman = [u for u in sections if roman_value(u.label) > 0 and " " not in u.label]
        numbered = [u for u in sections if u.label.startswith("Mục ")]
        yield from _check_headings(roman)
        yield from _check_headings(numbered)


def _heading_value(unit: Provision) -> int:
    number = unit.label.rpartition(" ")[2]
    return arabic_value(number) if number.isdecimal() else roman_value(number)


def _check_headings(units: list[Provision]) -> Iterator[Hit]:
    values = [_heading_value(u) for u in units]
    if not values or 0 in values:
        return
    at = _sequence_break(values)
    if at is not None:
        yield Hit(f"{units[at].label} breaks the sequence of headings.",
                  f"{units[at].label} không đúng thứ tự.", units[at].span, "body")


@rule(
    "VB608", "heading-title",
    summary="In a normative document, every part, chapter, section and article has a name.",
    summary_vi="Phần, chương, mục, tiểu mục, điều của văn bản quy phạm pháp luật phải có tên.",
    severity=Severity.WARNING, families=frozenset({Family.NORMATIVE}), since=L64_EFFECTIVE,
    source="Luật 64/2025/QH15 Điều 7.2: \"phần, chương, mục, tiểu mục, điều phải có tên\"; "
           "NĐ 78/2025 Điều 63.3 (spec §2.2, §2.4)",
    docs="`Điều 1. Phạm vi điều chỉnh`, `Chương I` / `QUY ĐỊNH CHUNG`: a heading without a "
         "name (`Điều 17.` followed by its text) is not allowed in a normative document.",
    bad="Điều 17.\nNghị quyết này có hiệu lực kể từ ngày công bố.",
    good="Điều 17. Hiệu lực thi hành\nNghị quyết này có hiệu lực kể từ ngày công bố.",
    fix="Give the heading a name.",
)
def heading_title(ctx: Context) -> Iterator[Hit]:
    kinds = (ProvisionKind.PART, ProvisionKind.CHAPTER, ProvisionKind.SECTION,
             ProvisionKind.SUBSECTION, ProvisionKind.ARTICLE)
    for top in ctx.doc.body:
        for unit in top.walk():
            if unit.kind not in kinds or unit.title:
                continue
            if unit.kind is not ProvisionKind.ARTICLE and unit.text.isupper():
                continue  # the name of a chapter is printed on the next line
            yield Hit(f"{unit.label} has no name.", f"{unit.label} không có tên.", unit.span,
                      "body")


@rule(
    "VB609", "task-deadline-past",
    summary="A task's deadline does not fall before the document's date.",
    summary_vi="Thời hạn của nhiệm vụ không được trước ngày ban hành văn bản.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 30/2020 Điều 8 (nội dung văn bản phải khả thi) (spec §1.4.8); the numbered items "
           "of a directive are its tasks",
    docs="Each numbered item of a directive assigns a task; a deadline it states (`trước ngày "
         "15/10/2024`, `trong quý IV năm 2024`) must not be earlier than the document's own date: "
         "such a date is usually a typing error in the day, month or year.",
    bad="Hà Nội, ngày 20 tháng 10 năm 2024 ... 1. Sở Y tế báo cáo trước ngày 15/10/2024.",
    good="Hà Nội, ngày 20 tháng 10 năm 2024 ... 1. Sở Y tế báo cáo trước ngày 15/11/2024.",
    fix="Correct the deadline's day, month or year.",
)
def task_deadline_past(ctx: Context) -> Iterator[Hit]:
    from vanban.tasks import check_deadlines  # noqa: PLC0415 - tasks imports the model

    for finding in check_deadlines(ctx.doc):
        yield Hit(finding.message, finding.message_vi, finding.span, finding.field)
