"""VB3xx — the header: Quốc hiệu and Tiêu ngữ (ô 1), the Party title, the issuer (ô 2), the
type and subject (ô 5a/5b).

NĐ 30/2020 Phụ lục I, I.1–I.2, I.5 (spec §1.4.2–1.4.3, §1.4.7); HD 36-HD/VPTW (spec §3.2).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from vanban.checks._core import (
    ALL_FAMILIES,
    HD36_EFFECTIVE,
    ND30_EFFECTIVE,
    PARTY,
    STATE,
    Hit,
    rule,
)
from vanban.checks._helpers import parse_finding
from vanban.checks.context import Context
from vanban.enums import Severity
from vanban.parser import vocab

_MOTTO: Final = "Độc lập - Tự do - Hạnh phúc"
_NATIONAL: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_VV: Final = re.compile(vocab.SUBJECT_LABEL)


@rule(
    "VB301", "national-title",
    summary="A state document carries the Quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`.",
    summary_vi="Văn bản nhà nước phải có Quốc hiệu và Tiêu ngữ.",
    severity=Severity.ERROR, families=STATE, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.1 (ô 1) (spec §1.4.2, §6)",
    docs="Administrative and normative documents open, top right, with the Quốc hiệu "
         "`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` and under it the Tiêu ngữ "
         "`Độc lập - Tự do - Hạnh phúc`.",
    bad="BỘ NỘI VỤ\nSố: 15/QĐ-BNV",
    good="BỘ NỘI VỤ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "             Độc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-BNV",
    fix="Add the Quốc hiệu and the Tiêu ngữ.",
)
def national_title(ctx: Context) -> Iterator[Hit]:
    if not ctx.has_title("national"):
        span = ctx.doc.issuer.span if ctx.doc.issuer is not None else None
        yield Hit("The Quốc hiệu (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM) is missing.",
                  "Thiếu Quốc hiệu \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\".", span, "header")


@rule(
    "VB302", "motto",
    summary="The Tiêu ngữ `Độc lập - Tự do - Hạnh phúc` follows the Quốc hiệu.",
    summary_vi="Dưới Quốc hiệu là Tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\".",
    severity=Severity.ERROR, families=STATE, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.1 (ô 1) (spec §1.4.2)",
    docs="The Tiêu ngữ is centred under the Quốc hiệu. (A missing Quốc hiệu is reported by "
         "VB301 alone.)",
    bad="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/QĐ-BNV",
    good="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    fix="Add the Tiêu ngữ under the Quốc hiệu.",
)
def motto(ctx: Context) -> Iterator[Hit]:
    if ctx.has_title("national") and not ctx.has_title("motto"):
        yield Hit("The Tiêu ngữ (Độc lập - Tự do - Hạnh phúc) is missing.",
                  "Thiếu Tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\".",
                  ctx.titles["national"].span, "header")


@rule(
    "VB303", "title-form",
    summary="The Quốc hiệu and the Tiêu ngữ are spelt exactly, the Tiêu ngữ with hyphens.",
    summary_vi="Quốc hiệu, Tiêu ngữ viết đúng; giữa các cụm từ của Tiêu ngữ có gạch nối.",
    severity=Severity.INFO, families=STATE, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.1: Quốc hiệu \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\"; "
           "Tiêu ngữ: \"chữ cái đầu của các cụm từ được viết hoa, giữa các cụm từ có gạch nối "
           "(-), có cách chữ\" (spec §1.4.2)",
    docs="The Quốc hiệu reads `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (either tone placement, "
         "`HÒA` or `HOÀ`). The motto is in lower case with the first letter of each phrase "
         "capitalised (or in capitals, as flattened headers print it), the phrases joined by a "
         "hyphen with a space on each side; an en dash (`–`) is not the hyphen NĐ 30 "
         "prescribes.",
    bad="Độc lập – Tự do – Hạnh phúc", good="Độc lập - Tự do - Hạnh phúc",
    fix=f"Write `{_NATIONAL}` and `{_MOTTO}`.",
)
def title_form(ctx: Context) -> Iterator[Hit]:
    for key_, canonical, name, name_vi in (("national", _NATIONAL, "Quốc hiệu", "Quốc hiệu"),
                                           ("motto", _MOTTO, "Tiêu ngữ", "Tiêu ngữ")):
        printed = ctx.titles.get(key_)
        if printed is None:
            continue
        text = " ".join(printed.text.split())
        if text not in (canonical, canonical.upper()):
            yield Hit(f"The {name} is written {text!r}.", f"{name_vi} viết chưa đúng: {text!r}.",
                      printed.span, "header", f"Write {canonical!r}.")


@rule(
    "VB304", "party-title",
    summary="A Party document carries the title `ĐẢNG CỘNG SẢN VIỆT NAM`.",
    summary_vi="Văn bản của Đảng phải có tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\".",
    severity=Severity.ERROR, families=PARTY, needs_text=True, since=HD36_EFFECTIVE,
    source="HD 36-HD/VPTW, ô 1 (tiêu đề) (spec §3.2, §6)",
    docs="Party documents print `ĐẢNG CỘNG SẢN VIỆT NAM` top right, where state documents "
         "print the Quốc hiệu.",
    bad="TỈNH ỦY LÀO CAI\nSố 12-KH/TU", good="TỈNH ỦY LÀO CAI    ĐẢNG CỘNG SẢN VIỆT NAM",
    fix="Add the title ĐẢNG CỘNG SẢN VIỆT NAM.",
)
def party_title(ctx: Context) -> Iterator[Hit]:
    if not ctx.has_title("party"):
        span = ctx.doc.issuer.span if ctx.doc.issuer is not None else None
        yield Hit("The title ĐẢNG CỘNG SẢN VIỆT NAM is missing.",
                  "Thiếu tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\".", span, "header")


@rule(
    "VB305", "title-mix",
    summary="A document carries the Quốc hiệu or the Party title, not both.",
    summary_vi="Văn bản không đồng thời có Quốc hiệu và tiêu đề của Đảng.",
    severity=Severity.ERROR, families=ALL_FAMILIES, needs_text=True,
    source="NĐ 30/2020 Phụ lục I, I.1; HD 36-HD/VPTW ô 1: \"No Quốc hiệu/Tiêu ngữ on Party "
           "documents\" (spec §3.2, §6)",
    docs="State documents carry the Quốc hiệu and Tiêu ngữ; Party documents only "
         "`ĐẢNG CỘNG SẢN VIỆT NAM`. A header with both mixes the two families.",
    bad="ĐẢNG CỘNG SẢN VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    good="ĐẢNG CỘNG SẢN VIỆT NAM",
    fix="Keep the title of the document's family only.",
)
def title_mix(ctx: Context) -> Iterator[Hit]:
    if ctx.has_title("party") and ctx.has_title("national"):
        yield Hit("The header has both the Quốc hiệu and the Party title.",
                  "Văn bản có cả Quốc hiệu và tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\".",
                  ctx.titles["party"].span, "header")


@rule(
    "VB306", "issuer-missing",
    summary="The header names the issuing body.",
    summary_vi="Văn bản phải ghi tên cơ quan, tổ chức ban hành.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, I.2 (ô 2); HD 36 ô 2 (spec §1.4.3, §3.2)",
    docs="The name of the issuing body (and of its governing body, if any) sits top left, in "
         "capitals.",
    bad="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/QĐ-BNV",
    good="BỘ NỘI VỤ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/QĐ-BNV",
    fix="Write the name of the issuing body top left.",
)
def issuer_missing(ctx: Context) -> Iterator[Hit]:
    # the parser may take an issuer named in the body, and say so (parse.inferred-issuer)
    inferred = parse_finding(ctx.doc.findings, "parse.no-issuer") is not None
    if ctx.doc.issuer is None or inferred:
        yield Hit("No issuing body was found in the header.",
                  "Không tìm thấy tên cơ quan ban hành.", None, "issuer")


@rule(
    "VB307", "vv-only-cong-van",
    summary="`V/v` introduces the subject of a công văn only.",
    summary_vi="Chữ \"V/v\" chỉ dùng cho trích yếu của công văn.",
    severity=Severity.WARNING, families=ALL_FAMILIES, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.5 (ô 5b: trích yếu công văn \"sau chữ V/v\"; ô 5a: "
           "tên loại và trích yếu) (spec §1.4.7)",
    docs="A document with a type name (QUYẾT ĐỊNH, KẾ HOẠCH, …) has its subject under the type "
         "name (`Về việc ...` written out); the abbreviation `V/v` marks the subject of a công "
         "văn, which has no type name.",
    bad="QUYẾT ĐỊNH\nV/v thành lập Tổ công tác", good="QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác",
    fix="Write the subject out (`Về việc ...`) under the type name.",
)
def vv_only_cong_van(ctx: Context) -> Iterator[Hit]:
    if ctx.is_cong_van or ctx.type_row is None or ctx.norm is None:
        return
    match = _VV.search(ctx.norm.text, 0, ctx.header_end)
    if match is not None:
        yield Hit(f"`V/v` is used on a {ctx.doc.type_name}, which is not a công văn.",
                  f"{ctx.doc.type_name} không phải công văn nhưng dùng \"V/v\".",
                  ctx.work_span(match.start(), match.end()), "subject")


@rule(
    "VB308", "cong-van-subject",
    summary="A công văn states its subject after `V/v`.",
    summary_vi="Công văn phải có trích yếu nội dung sau chữ \"V/v\".",
    severity=Severity.WARNING, families=ALL_FAMILIES, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.5 (ô 5b) (spec §1.4.7)",
    docs="Under the number of a công văn: `V/v <trích yếu>` (`V/v nâng bậc lương năm 2019`).",
    bad="Số: 05/BNV-VP\nKính gửi: ...", good="Số: 05/BNV-VP\nV/v nâng bậc lương năm 2019",
    fix="Add the subject line `V/v ...` under the number.",
)
def cong_van_subject(ctx: Context) -> Iterator[Hit]:
    if ctx.is_cong_van and not ctx.doc.subject:
        yield Hit("The công văn has no subject (V/v ...).",
                  "Công văn thiếu trích yếu nội dung (V/v ...).", None, "subject")
