"""VB4xx — addressees (Kính gửi) and Nơi nhận (ô 9a, 9b).

NĐ 30/2020 Phụ lục I, I.9 (spec §1.4.11); Party documents (spec §3.6).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from vanban.checks._core import ALL_FAMILIES, ND30_EFFECTIVE, PARTY, STATE, Hit, rule
from vanban.checks._helpers import key
from vanban.checks.context import Context
from vanban.enums import Family, Severity
from vanban.model import Recipient

_KINH_GUI: Final = re.compile(r"(?<!\w)K[íi]nh\s+g[ửu]i(?!\w)(?P<colon>[ \t]*:)?", re.IGNORECASE)
_STATE_ARCHIVE: Final = re.compile(r"LUU: VT(?:$|[,.(])")
_LEGISLATURE: Final = re.compile(r"(?:UBTVQH|QH)\d+")
# Types published without Nơi nhận: laws and other acts of the legislature, consolidated texts.
_NO_RECIPIENTS: Final = frozenset({"hiến pháp", "bộ luật", "luật", "pháp lệnh",
                                   "văn bản hợp nhất"})


def _needs_recipients(ctx: Context) -> bool:
    doc = ctx.doc
    if (doc.type_name or "").casefold() in _NO_RECIPIENTS or ctx.unlisted_type:
        return False
    return not (doc.number is not None and _LEGISLATURE.fullmatch(doc.number.issuer or ""))


def _is_archive(recipient: Recipient) -> bool:
    """``Lưu: VT, ...``, with or without diacritics (``Luu: VT``)."""
    return key(recipient.name).lstrip("-–+• ").startswith("LUU")


def _archive(recipients: tuple[Recipient, ...]) -> Recipient | None:
    return next((r for r in reversed(recipients) if _is_archive(r)), None)


@rule(
    "VB401", "kinh-gui-colon",
    summary="A colon follows `Kính gửi`.",
    summary_vi="Sau \"Kính gửi\" có dấu hai chấm.",
    severity=Severity.INFO, families=STATE, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.9.a: \"sau chữ Kính gửi có dấu hai chấm (:)\" "
           "(spec §1.4.11)",
    docs="`Kính gửi: Bộ Nội vụ.` — the word group is followed by a colon, then the addressee "
         "on the same line, or a list of addressees under it.",
    bad="Kính gửi Bộ Nội vụ.", good="Kính gửi: Bộ Nội vụ.",
    fix="Put a colon after Kính gửi.",
)
def kinh_gui_colon(ctx: Context) -> Iterator[Hit]:
    if not ctx.doc.addressees or ctx.norm is None:
        return
    match = _KINH_GUI.search(ctx.norm.text, 0, ctx.header_end)
    if match is not None and match["colon"] is None:
        yield Hit("No colon after Kính gửi.", "Thiếu dấu hai chấm sau \"Kính gửi\".",
                  ctx.work_span(match.start(), match.end()), "addressees")


@rule(
    "VB402", "kinh-gui-list",
    summary="Several addressees: one a line, each after `-`, ending `;`, the last `.`.",
    summary_vi="Nhiều nơi nhận: mỗi nơi một dòng, đầu dòng có gạch đầu dòng, cuối dòng có dấu "
               "chấm phẩy, dòng cuối cùng có dấu chấm.",
    severity=Severity.INFO, families=STATE, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.9.a: \"đầu dòng có gạch đầu dòng (-), cuối dòng có dấu chấm "
           "phẩy (;), cuối dòng cuối cùng có dấu chấm (.)\" (spec §1.4.11)",
    docs="When a công văn (tờ trình, báo cáo) goes to several addressees, each is on its own "
         "line, opened by a dash and closed by a semicolon; the last ends with a full stop.",
    bad="Kính gửi:\n- Bộ Nội vụ\n- Bộ Tài chính;",
    good="Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính.",
    fix="Write each addressee on its own line: `- <name>;`, the last `- <name>.`",
)
def kinh_gui_list(ctx: Context) -> Iterator[Hit]:
    addressees = ctx.doc.addressees
    if len(addressees) < 2 or ctx.norm is None:
        return
    seen: set[tuple[int, int]] = set()
    for index, item in enumerate(addressees):
        if item.span is None:
            return
        where = (item.span.start, item.span.end)
        if where in seen:
            yield Hit("Several addressees share a line.", "Nhiều nơi nhận ghi trên cùng một dòng.",
                      item.span, "addressees")
            return
        seen.add(where)
        if index + 1 < len(addressees) and addressees[index + 1].span == item.span:
            continue  # reported as a shared line
        text = ctx.work_slice(item.span).replace("*", " ").strip()
        end = "." if index == len(addressees) - 1 else ";"
        if not text.startswith(("-", "–")) or not text.endswith(end):
            yield Hit(f"The addressee {item.name!r} is not written `- ...{end}`.",
                      f"Nơi nhận {item.name!r} phải viết \"- ...{end}\".", item.span,
                      "addressees")


@rule(
    "VB403", "recipients-missing",
    summary="The document lists its recipients under `Nơi nhận:`.",
    summary_vi="Văn bản phải có phần \"Nơi nhận\".",
    severity=Severity.WARNING, families=ALL_FAMILIES, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.9 (ô 9a, 9b); HD 36 ô 9a–9b (spec §1.4.11, §3.2)",
    docs="Every document lists where it is sent and where it is filed (`Nơi nhận:` bottom "
         "left). Laws, ordinances and the other acts of Quốc hội and UBTVQH, and consolidated "
         "texts, are published without it and are exempt, as are papers of a type no family "
         "lists (a `Phiếu trình`).",
    bad="...thi hành Quyết định này./.\n\nCHỦ TỊCH",
    good="...thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, NC.",
    fix="Add `Nơi nhận:` and its list, ending with the archive entry.",
)
def recipients_missing(ctx: Context) -> Iterator[Hit]:
    if not ctx.doc.recipients and _needs_recipients(ctx):
        yield Hit("No Nơi nhận was found.", "Không tìm thấy phần \"Nơi nhận\".", None,
                  "recipients")


@rule(
    "VB404", "nhu-tren-first",
    summary="Where there is a Kính gửi, Nơi nhận opens with `Như trên`.",
    summary_vi="Văn bản có \"Kính gửi\" thì nơi nhận đầu tiên là \"Như trên\".",
    severity=Severity.WARNING, families=STATE, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.9.b: Nơi nhận \"gồm ... Như trên\" for documents with "
           "Kính gửi (spec §1.4.11)",
    docs="A công văn, tờ trình or báo cáo names its direct addressees after `Kính gửi`; its "
         "Nơi nhận then opens with `- Như trên;` (the addressees above) before the others. "
         "The variant `- Như kính gửi;` says the same and is accepted.",
    bad="Kính gửi: Bộ Nội vụ.\n...\nNơi nhận:\n- Bộ Tài chính;\n- Lưu: VT, VP.",
    good="Kính gửi: Bộ Nội vụ.\n...\nNơi nhận:\n- Như trên;\n- Bộ Tài chính;\n- Lưu: VT, VP.",
    fix="Make `- Như trên;` the first entry of Nơi nhận.",
)
def nhu_tren_first(ctx: Context) -> Iterator[Hit]:
    doc = ctx.doc
    if not doc.addressees or not doc.recipients:
        return
    first = doc.recipients[0]
    if not key(first.name).startswith(("NHU TREN", "NHU KINH GUI")):
        yield Hit(f"Nơi nhận opens with {first.name!r}, not Như trên.",
                  f"Nơi nhận đầu tiên là {first.name!r}, không phải \"Như trên\".",
                  first.span, "recipients")


@rule(
    "VB405", "archive-last",
    summary="Nơi nhận ends with the archive entry `Lưu ...`.",
    summary_vi="Dòng cuối cùng của nơi nhận là \"Lưu ...\".",
    severity=Severity.WARNING, families=ALL_FAMILIES, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.9.b: \"dòng cuối cùng bao gồm chữ Lưu ...\"; Party: "
           "\"- Lưu Văn phòng Tỉnh ủy.\" [S] (spec §1.4.11, §3.6)",
    docs="The last entry of Nơi nhận records the copies kept: `- Lưu: VT, TCCB.` (state), "
         "`- Lưu Văn phòng Tỉnh ủy.` (Party).",
    bad="Nơi nhận:\n- Như trên;\n- Lưu: VT, VP;\n- Sở Tài chính.",
    good="Nơi nhận:\n- Như trên;\n- Sở Tài chính;\n- Lưu: VT, VP.",
    fix="End Nơi nhận with the archive entry.",
)
def archive_last(ctx: Context) -> Iterator[Hit]:
    recipients = ctx.doc.recipients
    if not recipients or _is_archive(recipients[-1]):
        return
    archive = _archive(recipients)
    if archive is None:
        yield Hit("Nơi nhận has no archive entry (Lưu ...).",
                  "Nơi nhận thiếu dòng \"Lưu ...\".", recipients[-1].span, "recipients")
    else:
        yield Hit(f"The archive entry {archive.name!r} is not the last.",
                  f"Dòng {archive.name!r} không phải dòng cuối của nơi nhận.", archive.span,
                  "recipients")


@rule(
    "VB406", "archive-form",
    summary="A state document's archive entry reads `Lưu: VT, <unit>`.",
    summary_vi="Văn bản nhà nước ghi \"Lưu: VT, <đơn vị soạn thảo>\".",
    severity=Severity.WARNING, families=STATE, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, I.9.b: \"chữ Lưu sau có dấu hai chấm (:), tiếp theo là chữ "
           "viết tắt VT, dấu phẩy (,), chữ viết tắt tên đơn vị ... soạn thảo\" (spec §1.4.11)",
    docs="`- Lưu: VT, TCCB.` — `Lưu`, a colon, `VT` (văn thư), a comma, the drafting unit and "
         "optionally the number of copies (`HC (2)`). A Giấy giới thiệu or a copy may write "
         "`Lưu: VT.`",
    bad="- Lưu VT, TCCB.", good="- Lưu: VT, TCCB.",
    fix="Write `- Lưu: VT, <drafting unit>.`",
)
def archive_form(ctx: Context) -> Iterator[Hit]:
    archive = _archive(ctx.doc.recipients)
    if archive is None:
        return
    text = key(archive.name.lstrip("-–+• "))
    if not _STATE_ARCHIVE.match(text):
        yield Hit(f"The archive entry {archive.name!r} does not read `Lưu: VT, ...`.",
                  f"Dòng lưu {archive.name!r} chưa đúng dạng \"Lưu: VT, ...\".",
                  archive.span, "recipients")


@rule(
    "VB407", "party-archive-form",
    summary="A Party document's archive entry reads `Lưu <body>`, without a colon or `VT`.",
    summary_vi="Văn bản của Đảng ghi \"Lưu <cơ quan>\", không có dấu hai chấm và chữ VT.",
    severity=Severity.INFO, families=PARTY, since=ND30_EFFECTIVE,
    source="Party practice, spec §3.6: last line \"Lưu …\" without colon and without \"VT\" "
           "(e.g. \"- Lưu Văn phòng Tỉnh ủy.\") [S]",
    docs="Party documents record the kept copy as `- Lưu Văn phòng Tỉnh ủy.` or "
         "`- Lưu VPĐU.`; the state form `Lưu: VT, ...` mixes the two families.",
    bad="- Lưu: VT, VPĐU.", good="- Lưu VPĐU.",
    fix="Write `- Lưu <body>.`",
)
def party_archive_form(ctx: Context) -> Iterator[Hit]:
    archive = _archive(ctx.doc.recipients)
    if archive is None or ctx.family is not Family.PARTY:
        return
    text = key(archive.name.lstrip("-–+• "))
    if text.startswith("LUU:") or re.match(r"LUU:? VT\b", text):
        yield Hit(f"The archive entry {archive.name!r} uses the state form.",
                  f"Dòng lưu {archive.name!r} ghi theo kiểu văn bản nhà nước.", archive.span,
                  "recipients")
