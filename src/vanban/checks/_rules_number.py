"""VB1xx — the number and symbol (số, ký hiệu; ô 3).

NĐ 30/2020 Phụ lục I, I.3 (administrative), Luật 64/2025 Điều 7.3 (normative), Hướng dẫn
36-HD/VPTW 1.3.1 (Party). See ``spec/conventions.md`` §1.4.4, §2.5, §3.3–3.4.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from vanban import doctypes
from vanban.checks._core import ALL_FAMILIES, ND30_EFFECTIVE, PARTY, STATE, Hit, rule
from vanban.checks._helpers import parse_finding
from vanban.checks.context import Context
from vanban.enums import Family, Severity
from vanban.errors import NotCanonical, ValidationError
from vanban.model import Span
from vanban.numbers import validate as validate_number

_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_STAMPED: Final = re.compile(r"^([\d.…_]*)[ \t]+/")
_SPACED: Final = re.compile(r"[ \t]+[/\-–]|[/\-–][ \t]+")
_LEGISLATURE: Final = re.compile(r"(?:UBTVQH|QH)\d+")
# Types a Party writes with either code (spec §3.4: QĐ and QĐi both seen on Quy định).
_ALSO: Final = {(Family.PARTY, "Quy định"): frozenset({"QĐ", "QĐi"})}
_NO_CODE: Final = frozenset({"công văn", "thư công"})


def _span(ctx: Context) -> Span | None:
    """Where the number is: as printed, or where the parser saw it."""
    if ctx.printed_number is not None:
        return ctx.printed_number.span
    for code in ("parse.draft-number", "parse.number"):
        found = parse_finding(ctx.doc.findings, code)
        if found is not None and found.span is not None:
            return found.span
    return None


@rule(
    "VB101", "number-missing",
    summary="The document has a số/ký hiệu that can be read.",
    summary_vi="Văn bản phải có số, ký hiệu đọc được.",
    severity=Severity.ERROR, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.3 (ô 3); HD 36-HD/VPTW 1.3.1 (spec §1.4.4, §3.4)",
    docs="Every document carries its number and symbol under the issuer's name (ô 3). The rule "
         "fires when no `Số:` line was found, or when what follows it is not a document number. "
         "Papers of a type no family lists (a `Phiếu trình`, an internal form) are exempt.",
    bad="Số: 15 QĐ BNV", good="Số: 15/QĐ-BNV",
    fix="Write the number as `Số: <số>/<ký hiệu>` (Party: `Số <số>-<loại>/<cơ quan>`).",
)
def number_missing(ctx: Context) -> Iterator[Hit]:
    if ctx.doc.number is not None or ctx.unlisted_type:
        return
    bad = parse_finding(ctx.doc.findings, "parse.number")
    if bad is not None:
        yield Hit("The số/ký hiệu cannot be read as a document number.",
                  "Không đọc được số, ký hiệu của văn bản.", bad.span, "number")
    else:
        yield Hit("No số/ký hiệu was found.", "Không tìm thấy số, ký hiệu của văn bản.",
                  None, "number")


@rule(
    "VB102", "number-blank",
    summary="The number is not left blank (outside drafts).",
    summary_vi="Số văn bản không được để trống (trừ dự thảo).",
    severity=Severity.ERROR, families=ALL_FAMILIES,
    source="NĐ 30/2020 Điều 15.1, Phụ lục I, I.3.a; HD 36-HD/VPTW 1.3.1.a (spec §1.4.5, §3.3)",
    docs="A document is numbered when it is issued (NĐ 30 Điều 15.2: after signature, at the "
         "latest the next working day). A blank number marks a draft or a document whose number "
         "lives only in its digital signature; pass `draft=True` (`--draft`) to accept it.",
    bad="Số:      /QĐ-UBND", good="Số: 2463/QĐ-UBND",
    fix="Fill in the number issued by the văn thư, or check the document as a draft.",
)
def number_blank(ctx: Context) -> Iterator[Hit]:
    number = ctx.doc.number
    if number is not None and number.is_blank and not ctx.draft:
        yield Hit("The number is left blank.", "Số văn bản để trống.", _span(ctx), "number")


@rule(
    "VB103", "number-family-shape",
    summary="The number has the shape of the document's family.",
    summary_vi="Số, ký hiệu đúng dạng của loại văn bản (nhà nước hoặc Đảng).",
    severity=Severity.ERROR, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.3.c; HD 36-HD/VPTW 1.3.1 (spec §1.4.4, §3.4, §6)",
    docs="State documents write `<số>/<ký hiệu>` with a slash after the number and hyphens "
         "between the groups of the symbol; Party documents write `<số>-<loại>/<cơ quan>`, a "
         "hyphen after the number and a slash before the issuer. A Party header "
         "(`ĐẢNG CỘNG SẢN VIỆT NAM`) with a state-shaped number, or the reverse, is wrong.",
    bad="ĐẢNG CỘNG SẢN VIỆT NAM ... Số: 05/NQ-ĐU", good="ĐẢNG CỘNG SẢN VIỆT NAM ... Số 05-NQ/ĐU",
    fix="Write the number in the shape of the document's family.",
)
def number_family_shape(ctx: Context) -> Iterator[Hit]:
    number, family = ctx.doc.number, ctx.family
    if number is None or family is None:
        return
    if family is Family.PARTY and number.family is not Family.PARTY:
        yield Hit("A Party document numbered like a state document (`/` after the number).",
                  "Văn bản của Đảng ghi số theo kiểu văn bản nhà nước.", _span(ctx), "number",
                  "Write `Số <số>-<loại>/<cơ quan>`.")
    elif family is not Family.PARTY and number.family is Family.PARTY:
        yield Hit("A state document numbered like a Party document (`-` after the number).",
                  "Văn bản nhà nước ghi số theo kiểu văn bản của Đảng.", _span(ctx), "number",
                  "Write `Số: <số>/<loại>-<cơ quan>`.")


@rule(
    "VB104", "number-padding",
    summary="Numbers below 10 take one leading zero, and only they.",
    summary_vi="Số nhỏ hơn 10 phải ghi thêm số 0 phía trước.",
    severity=Severity.WARNING, families=ALL_FAMILIES, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.3.c: \"với những số nhỏ hơn 10 phải ghi thêm số 0 phía "
           "trước\"; HD 36-HD/VPTW 1.3.1.a (\"từ số 01\") (spec §1.4.4, §3.3)",
    docs="The sequence number is written in Arabic digits; below 10 it takes a leading zero "
         "(`05`), from 10 on none (`15`, not `015`).",
    bad="Số: 5/QĐ-BNV", good="Số: 05/QĐ-BNV",
    fix="Write numbers below 10 with one leading zero.",
)
def number_padding(ctx: Context) -> Iterator[Hit]:
    number, printed = ctx.doc.number, ctx.printed_number
    if number is None or number.number is None or printed is None:
        return
    digits = re.match(r"\d*", printed.text)
    text = digits.group(0) if digits else ""
    if number.number < 10 and len(text) < 2:
        yield Hit(f"The number {text} below 10 lacks its leading zero.",
                  f"Số {text} nhỏ hơn 10 thiếu số 0 phía trước.", printed.span, "number",
                  f"Write {number.number:02d}.")
    elif text.startswith("0") and (number.number >= 10 or len(text) > 2):
        yield Hit(f"The number {text} has a needless leading zero.",
                  f"Số {text} thừa số 0 phía trước.", printed.span, "number",
                  f"Write {number.number:02d}.")


@rule(
    "VB105", "number-spacing",
    summary="No spaces around the `/` and `-` of the number; hyphens, not dashes.",
    summary_vi="Giữa số và ký hiệu có dấu gạch chéo, giữa các nhóm có dấu gạch nối, không cách.",
    severity=Severity.WARNING, families=ALL_FAMILIES, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.3.c: \"Giữa số và ký hiệu văn bản có dấu gạch chéo (/), "
           "giữa các nhóm chữ viết tắt ... có dấu gạch nối (-), không cách chữ\" (spec §1.4.4)",
    docs="The parts of the number are joined without spaces, by `/` and the ASCII hyphen `-` "
         "(not an en dash), with the letter `Đ` (U+0110), not the look-alike `Ð` (U+00D0). "
         "A space between the digits and the first `/` (`9387 /UBND-KT`) is not reported: "
         "it is how text extraction renders a number stamped into the template by the "
         "e-signature system.",
    bad="Số: 295 /SL-CAT–PX15", good="Số: 295/SL-CAT-PX15",
    fix="Remove the spaces and use `/` and `-`.",
)
def number_spacing(ctx: Context) -> Iterator[Hit]:
    printed = ctx.printed_number
    if printed is None:
        return
    # "9387 /UBND-KT": a number stamped by the e-signature system into the blank of the
    # template, which text extraction separates from the symbol (or a draft's blank): not
    # checked.
    text = _STAMPED.sub(r"\1/", printed.text)
    spaced = _SPACED.search(text)
    if spaced is not None:
        yield Hit(f"White space around {spaced.group(0).strip()!r} in the number.",
                  "Có khoảng trắng quanh dấu gạch trong số, ký hiệu.", printed.span, "number",
                  f"Write {ctx.doc.number}.")
        return
    try:
        validate_number(text)
    except NotCanonical as exc:
        yield Hit(f"The number is not written canonically: {exc.message}",
                  "Số, ký hiệu không viết đúng quy cách (khoảng trắng, dấu gạch).",
                  printed.span, "number", f"Write {ctx.doc.number}.")
    except ValidationError:
        return


@rule(
    "VB106", "type-code",
    summary="The type code of the symbol matches the document type (a Quyết định carries QĐ).",
    summary_vi="Chữ viết tắt tên loại trong ký hiệu khớp với tên loại văn bản.",
    severity=Severity.ERROR, families=ALL_FAMILIES, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.3.b and Phụ lục III, I; Luật 64/2025 Điều 7.3; "
           "HD 36-HD/VPTW 1.3.1 (spec §1.3, §2.5, §3.4)",
    docs="The symbol opens with the abbreviation of the document type of Phụ lục III "
         "(`QĐ` Quyết định, `KH` Kế hoạch, `TTr` Tờ trình, …); normative documents use the "
         "codes of their family (`NĐ`, `TT`, none for a Luật); Party documents theirs "
         "(`NQ`, `CT`, `KL`, `QĐ`/`QĐi` for a Quy định). Công văn are checked by VB107.",
    bad="KẾ HOẠCH ... Số: 12/QĐ-UBND", good="KẾ HOẠCH ... Số: 12/KH-UBND",
    fix="Use the abbreviation of the document type.",
)
def type_code(ctx: Context) -> Iterator[Hit]:
    number, row = ctx.doc.number, ctx.type_row
    if number is None or row is None or row.copy or ctx.is_cong_van:
        return
    if row.name.casefold() in _NO_CODE or number.type_code == "VBHN":
        return
    expected = _ALSO.get((row.family, row.name), frozenset({row.code} if row.code else set()))
    if number.family is Family.NORMATIVE and row.family is Family.ADMINISTRATIVE:
        twin = doctypes.by_name(row.name, Family.NORMATIVE)
        expected |= {twin.code} if twin is not None and twin.code else set()
    actual = number.type_code
    if actual is None and _LEGISLATURE.fullmatch(number.issuer):
        return  # laws and resolutions of Quốc hội, UBTVQH: 64/2025/QH15
    if (actual or "") in expected or (actual is None and not expected):
        return
    want = " or ".join(sorted(expected)) or "no type code"
    yield Hit(f"A {row.name} carries {want} in its symbol, not {actual or 'none'}.",
              f"{row.name} phải có ký hiệu {want}, không phải {actual or 'không có'}.",
              _span(ctx), "number")


@rule(
    "VB107", "cong-van-code",
    summary="A state công văn has no type code; a Party công văn carries CV.",
    summary_vi="Công văn (nhà nước) không có chữ viết tắt tên loại; công văn của Đảng ghi CV.",
    severity=Severity.ERROR, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.3.b and Phụ lục III (Công văn, Thư công: no abbreviation); "
           "HD 36-HD/VPTW (Party công văn `CV`) (spec §1.3, §3.4)",
    docs="The symbol of a state công văn is `<cơ quan>-<đơn vị soạn thảo>` (`05/BNV-VP`): "
         "`CV` is not an NĐ 30 code. Party công văn, by contrast, write `CV` "
         "(`16915-CV/VPTW`).",
    bad="Số: 05/CV-BNV", good="Số: 05/BNV-VP",
    fix="State: drop the type code; Party: write `-CV/`.",
)
def cong_van_code(ctx: Context) -> Iterator[Hit]:
    number = ctx.doc.number
    if number is None or not ctx.is_cong_van:
        return
    if ctx.family is Family.PARTY:
        if number.family is Family.PARTY and number.type_code != "CV":
            yield Hit("A Party công văn carries CV in its symbol.",
                      "Công văn của Đảng phải có ký hiệu CV.", _span(ctx), "number")
        return
    head = re.split(r"[-/]", number.issuer)[0]
    if number.type_code is not None or head == "CV":
        code = number.type_code or head
        yield Hit(f"A công văn has no type code, but its symbol opens with {code}.",
                  f"Công văn không có chữ viết tắt tên loại nhưng ký hiệu có {code}.",
                  _span(ctx), "number", "Write `<số>/<cơ quan>-<đơn vị>`.")


@rule(
    "VB108", "normative-year",
    summary="A normative document's number carries the year of issue.",
    summary_vi="Số, ký hiệu văn bản quy phạm pháp luật phải có năm ban hành.",
    severity=Severity.ERROR, families=ALL_FAMILIES,
    source="Luật 64/2025/QH15 Điều 7.3: \"phải đánh số, ký hiệu bảo đảm thể hiện rõ số thứ tự "
           "liên tục, năm ban hành, loại văn bản, cơ quan ...\" (spec §2.2, §2.5)",
    docs="Luật, Pháp lệnh, Nghị định, Thông tư and the other types only normative documents have "
         "are numbered `<số>/<năm>/<ký hiệu>` (`30/2020/NĐ-CP`, `64/2025/QH15`). A văn bản hợp "
         "nhất (`05/VBHN-VPQH`) has no year.",
    bad="NGHỊ ĐỊNH ... Số: 30/NĐ-CP", good="NGHỊ ĐỊNH ... Số: 30/2020/NĐ-CP",
    fix="Insert the year of issue after the number.",
)
def normative_year(ctx: Context) -> Iterator[Hit]:
    number = ctx.doc.number
    if number is None or not ctx.normative_type or number.year is not None:
        return
    if number.type_code == "VBHN" or number.family is Family.PARTY:
        return
    yield Hit(f"A {ctx.doc.type_name} is a normative document; its number needs the year.",
              f"{ctx.doc.type_name} là văn bản quy phạm pháp luật; số phải có năm ban hành.",
              _span(ctx), "number")


@rule(
    "VB109", "number-year-date",
    summary="The year segment of a normative number is the year of the document's date.",
    summary_vi="Năm trong số, ký hiệu trùng với năm ban hành văn bản.",
    severity=Severity.WARNING, families=STATE,
    source="Luật 64/2025/QH15 Điều 7.3 (\"năm ban hành\") (spec §2.2, §2.5)",
    docs="The year segment of `<số>/<năm>/<ký hiệu>` is the year of issue, so it equals the "
         "year printed in the date line.",
    bad="Số: 30/2019/NĐ-CP ... ngày 05 tháng 3 năm 2020",
    good="Số: 30/2020/NĐ-CP ... ngày 05 tháng 3 năm 2020",
    fix="Make the year of the number and the year of the date agree.",
)
def number_year_date(ctx: Context) -> Iterator[Hit]:
    number, date = ctx.doc.number, ctx.doc.date
    if number is None or number.year is None or date is None or date.year is None:
        return
    if number.year != date.year:
        yield Hit(f"The number says {number.year}, the date {date.year}.",
                  f"Năm trong số ({number.year}) khác năm ban hành ({date.year}).",
                  _span(ctx), "number")


@rule(
    "VB110", "administrative-year",
    summary="An administrative document's number has no year segment.",
    summary_vi="Số, ký hiệu văn bản hành chính không có năm ban hành.",
    severity=Severity.WARNING, families=STATE,
    source="NĐ 30/2020 Phụ lục I, I.3 (`Số: 15/QĐ-BNV`, `Số: 05/BNV-VP`); spec §1.4.4: \"no year "
           "segment for văn bản hành chính. (A year segment /YYYY/ marks VBQPPL)\"",
    docs="Only normative documents carry a year segment. A công văn, kế hoạch, tờ trình, báo "
         "cáo or other type that only exists as an administrative document is numbered "
         "`<số>/<ký hiệu>`.",
    bad="KẾ HOẠCH ... Số: 12/2024/KH-UBND", good="KẾ HOẠCH ... Số: 12/KH-UBND",
    fix="Remove the year segment.",
)
def administrative_year(ctx: Context) -> Iterator[Hit]:
    number, name = ctx.doc.number, ctx.doc.type_name
    if number is None or number.year is None or not name:
        return
    admin = doctypes.by_name(name, Family.ADMINISTRATIVE)
    if admin is None or doctypes.by_name(name, Family.NORMATIVE) is not None:
        return
    yield Hit(f"A {admin.name} is not a normative document; its number has no year.",
              f"{admin.name} là văn bản hành chính; số không ghi năm.", _span(ctx), "number")


@rule(
    "VB111", "party-number-year",
    summary="A Party number has no year: Party numbering runs through the committee's term.",
    summary_vi="Số văn bản của Đảng không ghi năm: số ghi liên tục trong nhiệm kỳ cấp ủy.",
    severity=Severity.WARNING, families=PARTY,
    source="HD 36-HD/VPTW 1.3.1.a: \"ghi liên tục từ số 01 cho mỗi tên loại văn bản trong một "
           "nhiệm kỳ cấp uỷ\" (spec §3.3)",
    docs="Party documents are numbered per type through a committee's term, not per year, so "
         "their number carries no year segment (`34-CT/TW`).",
    bad="Số 05/2024/NQ-TU", good="Số 05-NQ/TU",
    fix="Drop the year; number continuously through the term.",
)
def party_number_year(ctx: Context) -> Iterator[Hit]:
    number = ctx.doc.number
    if number is None:
        return
    segments = re.split(r"[-/]", number.notation)
    if number.year is not None or any(_YEAR.fullmatch(s) for s in segments):
        yield Hit("A Party number carries a year.", "Số văn bản của Đảng có ghi năm.",
                  _span(ctx), "number")


@rule(
    "VB112", "party-type-code",
    summary="A Party number uses a Party type code.",
    summary_vi="Ký hiệu văn bản của Đảng dùng chữ viết tắt tên loại của Đảng.",
    severity=Severity.WARNING, families=PARTY,
    source="HD 36-HD/VPTW 1.3.1 (codes as observed: NQ, QĐ, QĐi, CT, KL, QC, TT, HD, TB, BC, "
           "TTr, KH, CTr, ĐA, PA, CV, BB) (spec §3.4)",
    docs="The type code between the number and the slash is one of the Party's "
         "abbreviations.",
    bad="Số 12-XYZ/TU", good="Số 12-KH/TU",
    fix="Use the Party abbreviation of the document type.",
)
def party_type_code(ctx: Context) -> Iterator[Hit]:
    number = ctx.doc.number
    if number is None or number.family is not Family.PARTY:
        return
    if number.type_code not in doctypes.type_codes(Family.PARTY):
        yield Hit(f"{number.type_code} is not a Party type code.",
                  f"{number.type_code} không phải chữ viết tắt tên loại văn bản của Đảng.",
                  _span(ctx), "number")


@rule(
    "VB113", "number-zero",
    summary="Numbering starts from 01: a number is never 0.",
    summary_vi="Số văn bản bắt đầu từ 01, không có số 0.",
    severity=Severity.ERROR, families=ALL_FAMILIES,
    source="NĐ 30/2020 Điều 15.1: \"bắt đầu liên tiếp từ số 01\"; HD 36-HD/VPTW 1.3.1.a "
           "(spec §1.4.5, §3.3)",
    docs="Each series starts at 01 on 1 January (Party: at the start of the term).",
    bad="Số: 00/QĐ-UBND", good="Số: 01/QĐ-UBND",
    fix="Give the document its number in the series.",
)
def number_zero(ctx: Context) -> Iterator[Hit]:
    number = ctx.doc.number
    if number is not None and number.number == 0:
        yield Hit("The number is 0.", "Số văn bản là 0.", _span(ctx), "number")
