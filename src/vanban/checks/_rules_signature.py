"""VB5xx — the signature block: authority (thẩm quyền ký), position and name (ô 7a–7c).

NĐ 30/2020 Điều 13 and Phụ lục I, II.7.b (spec §1.4.9); Party prefixes (spec §3.6).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from vanban import issuers
from vanban.authority import canonical_prefix
from vanban.checks._core import ALL_FAMILIES, ND30_EFFECTIVE, STATE, Hit, rule
from vanban.checks._helpers import is_deputy, is_position
from vanban.checks.context import Context
from vanban.enums import AuthorityKind, Family, Severity
from vanban.model import Signature

_HEADS: Final = (AuthorityKind.DEPUTY, AuthorityKind.BY_ORDER, AuthorityKind.AUTHORISED,
                 AuthorityKind.ACTING)
# A prefix followed by the upper-case target: with its dot ("KT.", "KT .") or bare and then
# a space ("KT CHỦ TỊCH"); "KTTH" or "KTThủy" in an interleaved Nơi nhận column are words.
_STATE_TOKEN: Final = re.compile(
    r"(?<![\w/.])(?P<word>(?i:TUQ|TM|KT|TL|Q))(?:(?P<dot>[ \t]*\.)(?P<space>[ \t]*)|"
    r"(?P<bare>[ \t]+))(?=[^\W\d_]{2})"
)
_PARTY_TOKEN: Final = re.compile(
    r"(?<![\w/])(?P<word>(?i:[TK][ \t]*/[ \t]*[MTL]))(?![\w/])(?P<space>[ \t]*)(?=[^\W\d_]{2})"
)
_LOCAL: Final = {"UBND": "ỦY BAN NHÂN DÂN", "HĐND": "HỘI ĐỒNG NHÂN DÂN"}
_ENACTING: Final = {
    body: re.compile(r"(CHỦ\s+TỊCH\s+)?" + body.replace(" ", r"\s+").replace("Ủ", "[ỦỶ]"))
    for body in _LOCAL.values()
}
_CAN_CU: Final = re.compile(r"Căn cứ|CĂN CỨ")


def _issuer_code(ctx: Context) -> str | None:
    number = ctx.doc.number
    if number is None:
        return None
    if number.family is Family.PARTY:
        return number.issuer.split("-")[0]
    return re.split(r"[-/]", number.issuer)[0]


def _enacted_by_body(ctx: Context, body: str) -> bool:
    """Whether the enacting line before ``Căn cứ`` names the collective ``body`` itself
    (``ỦY BAN NHÂN DÂN TỈNH ...``) rather than its head (``CHỦ TỊCH ỦY BAN NHÂN DÂN ...``)."""
    norm = ctx.norm
    if norm is None:
        return False
    start = ctx.work_range(ctx.printed_date.span)[1] if ctx.printed_date else ctx.header_end
    stop = _CAN_CU.search(norm.text, start)
    if stop is None:
        return False
    found = list(_ENACTING[body].finditer(norm.text, start, stop.start()))
    return bool(found) and found[-1].group(1) is None


def _signatures(ctx: Context) -> tuple[Signature, ...]:
    return ctx.doc.signatures


@rule(
    "VB501", "signature-missing",
    summary="The document ends with a signature block.",
    summary_vi="Văn bản phải có chức vụ, họ tên và chữ ký của người có thẩm quyền.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, II.7 (ô 7a–7c); HD 36 ô 7a–7c (spec §1.4.9, §3.2)",
    docs="The position (with its authority prefix) and the name of the signer close the "
         "document.",
    bad="...thi hành Quyết định này./.\n(end)",
    good="...thi hành Quyết định này./.\nCHỦ TỊCH\nNguyễn Văn A",
    fix="Add the signature block.",
)
def signature_missing(ctx: Context) -> Iterator[Hit]:
    if not ctx.doc.signatures:
        yield Hit("No signature block was found.", "Không tìm thấy phần chữ ký.", None,
                  "signatures")


@rule(
    "VB502", "collective-on-behalf",
    summary="A collective body's document is signed `TM.` (Party: `T/M`) on its behalf.",
    summary_vi="Cơ quan làm việc theo chế độ tập thể ký \"TM.\" (Đảng: \"T/M\").",
    severity=Severity.WARNING, families=ALL_FAMILIES, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Điều 13.2 and Phụ lục I, II.7.b (\"ký thay mặt tập thể ... TM.\"); "
           "Party committees T/M [S] (spec §1.4.9, §3.6)",
    docs="Bodies under chế độ tập thể (Chính phủ, UBND, HĐND, Party committees; "
         "`issuers.is_collective`) sign on behalf of the collective: `TM. CHÍNH PHỦ` / "
         "`THỦ TƯỚNG`; a deputy adds `KT.`: `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / "
         "`PHÓ CHỦ TỊCH`. The rule fires only where the document is the body's own: any "
         "document of Chính phủ or a Party committee, a UBND or HĐND document whose enacting "
         "line names the body (`ỦY BAN NHÂN DÂN TỈNH ...`). A Chủ tịch UBND signs his own "
         "decisions and công văn without `TM.`; `TL.` and `TUQ.` signatures and the "
         "authentication of laws by the Chủ tịch Quốc hội are not concerned.",
    bad="CHÍNH PHỦ ... Số: 30/2020/NĐ-CP ... KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG",
    good="CHÍNH PHỦ ... Số: 30/2020/NĐ-CP ... TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG",
    fix="Open the signature with `TM. <body>` (Party: `T/M <body>`).",
)
def collective_on_behalf(ctx: Context) -> Iterator[Hit]:
    code = _issuer_code(ctx)
    sig = ctx.doc.signature
    if code is None or sig is None or not issuers.is_collective(code):
        return
    kinds = {a.kind for a in sig.authority}
    if kinds & {AuthorityKind.ON_BEHALF, AuthorityKind.BY_ORDER, AuthorityKind.AUTHORISED}:
        return
    issuer = issuers.by_code(code)
    if issuer is not None and issuer.pattern is not None and code.startswith("QH"):
        return  # laws and resolutions are authenticated by the Chủ tịch Quốc hội
    if code in _LOCAL:
        if ctx.is_cong_van or (ctx.family is Family.NORMATIVE and code == "HĐND"):
            return
        if not _enacted_by_body(ctx, _LOCAL[code]):
            return
    name = issuer.name if issuer is not None else code
    prefix = "T/M" if ctx.family is Family.PARTY else "TM."
    yield Hit(f"{name} works collectively: sign `{prefix} <body>`.",
              f"{name} làm việc theo chế độ tập thể: phải ký \"{prefix}\".", sig.span,
              "signatures")


@rule(
    "VB503", "on-behalf-target",
    summary="`TM.`/`T/M` precedes the name of a collective body, not a position.",
    summary_vi="\"TM.\" ghi trước tên tập thể lãnh đạo hoặc tên cơ quan, không trước chức vụ.",
    severity=Severity.WARNING, families=ALL_FAMILIES, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, II.7.b: \"TM. vào trước tên tập thể lãnh đạo hoặc tên cơ "
           "quan, tổ chức\" (spec §1.4.9)",
    docs="`TM. ỦY BAN NHÂN DÂN`, `T/M BAN THƯỜNG VỤ`: a body. A position after TM. "
         "(`TM. CHỦ TỊCH`) confuses TM. with KT. or TL.",
    bad="TM. CHỦ TỊCH\nPHÓ CHỦ TỊCH", good="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    fix="Write `TM. <body>`, or use KT./TL. before a position.",
)
def on_behalf_target(ctx: Context) -> Iterator[Hit]:
    for sig in _signatures(ctx):
        for line in sig.authority:
            if line.kind is AuthorityKind.ON_BEHALF and is_position(line.target):
                yield Hit(f"`{line}` puts a position after {line.prefix}.",
                          f"\"{line}\": sau {line.prefix} phải là tên tập thể, cơ quan.",
                          sig.span, "signatures")


@rule(
    "VB504", "deputy-position",
    summary="`KT.` (`K/T`) is followed by the deputy's position (`PHÓ ...`, `THỨ TRƯỞNG`).",
    summary_vi="Sau \"KT. <chức vụ người đứng đầu>\" là chức vụ của cấp phó.",
    severity=Severity.WARNING, families=ALL_FAMILIES, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, II.7.b (\"KT.\" ký thay người đứng đầu) and Mục V "
           "(`KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG`) (spec §1.4.9)",
    docs="A deputy signs for the head: the KT. line names the head's position and the line "
         "under it the deputy's own (`KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, `KT. BỘ TRƯỞNG` / "
         "`THỨ TRƯỞNG`).",
    bad="KT. GIÁM ĐỐC\nGIÁM ĐỐC", good="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    fix="Write the deputy's position under the KT. line.",
)
def deputy_position(ctx: Context) -> Iterator[Hit]:
    for sig in _signatures(ctx):
        if not sig.authority or sig.authority[-1].kind is not AuthorityKind.DEPUTY:
            continue
        last = sig.authority[-1]
        if not sig.position:
            yield Hit(f"No position follows `{last}`.",
                      f"Thiếu chức vụ của cấp phó sau \"{last}\".", sig.span, "signatures")
        elif not is_deputy(sig.position):
            yield Hit(f"`{last}` is followed by {sig.position!r}, not a deputy's position.",
                      f"Sau \"{last}\" phải là chức vụ cấp phó, không phải {sig.position!r}.",
                      sig.span, "signatures")


@rule(
    "VB505", "head-target",
    summary="`KT.`, `TL.`, `TUQ.` and `Q.` precede the head's position, not a body.",
    summary_vi="\"KT.\", \"TL.\", \"TUQ.\", \"Q.\" ghi trước chức vụ của người đứng đầu.",
    severity=Severity.WARNING, families=STATE, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, II.7.b (\"vào trước chức vụ của người đứng đầu cơ quan, tổ "
           "chức\") (spec §1.4.9)",
    docs="`KT. BỘ TRƯỞNG`, `TL. CHỦ TỊCH`, `TUQ. GIÁM ĐỐC`, `Q. CỤC TRƯỞNG`. A body name "
         "after these prefixes (`KT. ỦY BAN NHÂN DÂN`) belongs after TM. (Party documents write "
         "`T/L BAN THƯỜNG VỤ`, which this rule leaves alone.)",
    bad="KT. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH", good="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
    fix="Write the head's position after the prefix.",
)
def head_target(ctx: Context) -> Iterator[Hit]:
    for sig in _signatures(ctx):
        for line in sig.authority:
            if line.kind in _HEADS and line.family is Family.ADMINISTRATIVE \
                    and not is_position(line.target):
                yield Hit(f"`{line}` puts a body, not a position, after {line.prefix}.",
                          f"\"{line}\": sau {line.prefix} phải là chức vụ người đứng đầu.",
                          sig.span, "signatures")


@rule(
    "VB506", "prefix-family",
    summary="State documents write `TM.`/`KT.`/`TL.`; Party documents `T/M`/`K/T`/`T/L`.",
    summary_vi="Văn bản nhà nước ghi TM., KT., TL.; văn bản của Đảng ghi T/M, K/T, T/L.",
    severity=Severity.ERROR, families=ALL_FAMILIES, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, II.7.b; HD 36-HD/VPTW (T/M, K/T, T/L; no TUQ.) "
           "(spec §1.4.9, §3.6, §6)",
    docs="The prefixes of the two families differ (a dot, or a slash); Party documents have "
         "no TUQ. or Q. A document mixing them, or using the other family's, is wrong.",
    bad="ĐẢNG CỘNG SẢN VIỆT NAM ... TM. BAN THƯỜNG VỤ",
    good="ĐẢNG CỘNG SẢN VIỆT NAM ... T/M BAN THƯỜNG VỤ",
    fix="Use the prefixes of the document's family.",
)
def prefix_family(ctx: Context) -> Iterator[Hit]:
    family = ctx.family
    if family is None:
        return
    want = Family.PARTY if family is Family.PARTY else Family.ADMINISTRATIVE
    for sig in _signatures(ctx):
        for line in sig.authority:
            if line.family is not want:
                kind = "Party" if line.family is Family.PARTY else "state"
                kind_vi = "của Đảng" if line.family is Family.PARTY else "nhà nước"
                try:
                    fix = f"Write {canonical_prefix(line.kind, want)}"
                except ValueError:
                    fix = None
                yield Hit(f"`{line}` is a {kind} prefix in a {family.value} document.",
                          f"\"{line}\" là cách ghi {kind_vi}, không dùng cho văn bản này.",
                          sig.span, "signatures", fix)


@rule(
    "VB507", "prefix-spelling",
    summary="Prefixes are written exactly `TM. `, `KT. `, `TL. `, `TUQ. `, `Q. ` / `T/M `.",
    summary_vi="Chữ viết tắt thẩm quyền ký viết đúng \"TM.\", \"KT.\", \"TL.\", \"TUQ.\", "
               "\"Q.\" (Đảng: \"T/M\", \"K/T\", \"T/L\"), sau đó cách một khoảng.",
    severity=Severity.INFO, families=ALL_FAMILIES, needs_text=True, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, II.7.b and Mục V (`TM. ỦY BAN NHÂN DÂN`, "
           "`KT. BỘ TRƯỞNG`); spec §3.6 (T/M, K/T, T/L)",
    docs="The abbreviations are in capitals, state ones with a dot, Party ones with a slash, "
         "and a space separates them from what follows: `TL. CHỦ TỊCH`, not `TL.CHỦ TỊCH` or "
         "`Tl. CHỦ TỊCH`.",
    bad="TL.CHỦ TỊCH", good="TL. CHỦ TỊCH",
    fix="Write the prefix in capitals with its dot (or slash), then a space.",
)
def prefix_spelling(ctx: Context) -> Iterator[Hit]:
    for sig in _signatures(ctx):
        if not sig.authority or sig.span is None:
            continue
        start = ctx.work_range(sig.span)[0]
        text = ctx.work_slice(sig.span)
        for match in _STATE_TOKEN.finditer(text):
            word, dot, space = match["word"], match["dot"], match["space"]
            if not text[match.end() : match.end() + 2].isupper():
                continue  # not followed by a position or a body in capitals
            if word.upper() == "Q" and not dot:
                continue  # a bare Q is not read as a prefix
            if word.isupper() and dot == "." and space == " ":
                continue
            yield _spelling(ctx, match.group(0), f"{word.upper()}.", start + match.start(),
                            start + match.end())
        for match in _PARTY_TOKEN.finditer(text):
            word = match["word"]
            if not text[match.end() : match.end() + 2].isupper():
                continue
            canonical = "".join(word.split()).upper()
            if word == canonical and match["space"] == " ":
                continue
            yield _spelling(ctx, match.group(0), canonical, start + match.start(),
                            start + match.end())


def _spelling(ctx: Context, printed: str, canonical: str, start: int, end: int) -> Hit:
    assert ctx.norm is not None
    word = ctx.norm.text[end:].split(maxsplit=1)[0] if ctx.norm.text[end:].strip() else ""
    printed, wanted = ctx.norm.text[start : end + len(word)], f"{canonical} {word}"
    return Hit(f"{printed!r} should read {wanted!r}.",
               f"Viết {wanted!r}, không viết {printed!r}.",
               ctx.work_span(start, end), "signatures", f"Write '{canonical} '.")


@rule(
    "VB508", "signer-name",
    summary="The signature block gives the signer's name.",
    summary_vi="Phần chữ ký ghi họ và tên người ký.",
    severity=Severity.WARNING, families=ALL_FAMILIES,
    source="NĐ 30/2020 Phụ lục I, II.7 (ô 7b: họ và tên) (spec §1.4.9)",
    docs="Under the position comes the signer's full name, without academic titles "
         "(`Nguyễn Văn A`). A draft may leave it out (`draft=True`).",
    bad="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", good="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn B",
    fix="Write the signer's name under the position.",
)
def signer_name(ctx: Context) -> Iterator[Hit]:
    if ctx.draft:
        return
    for sig in _signatures(ctx):
        if not sig.name:
            yield Hit("The signature block has no signer's name.",
                      "Phần chữ ký thiếu họ tên người ký.", sig.span, "signatures")


@rule(
    "VB509", "signer-position",
    summary="Under `TM. <body>`, `TL. ...` or `TUQ. ...` comes the signer's position.",
    summary_vi="Sau \"TM.\", \"TL.\", \"TUQ.\" là chức vụ của người ký.",
    severity=Severity.WARNING, families=STATE, since=ND30_EFFECTIVE,
    source="NĐ 30/2020 Phụ lục I, II.7.b and Mục V (`TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH` / "
           "`Nguyễn Văn A`) (spec §1.4.9)",
    docs="The authority line names on whose behalf or by whose order the document is signed; "
         "the line under it names the signer's own position: `TM. CHÍNH PHỦ` / `THỦ TƯỚNG`, "
         "`TL. BỘ TRƯỞNG` / `VỤ TRƯỞNG VỤ PHÁP CHẾ`.",
    bad="TM. ỦY BAN NHÂN DÂN\nNguyễn Văn A",
    good="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A",
    fix="Write the signer's position under the authority line.",
)
def signer_position(ctx: Context) -> Iterator[Hit]:
    wanted = (AuthorityKind.ON_BEHALF, AuthorityKind.BY_ORDER, AuthorityKind.AUTHORISED)
    for sig in _signatures(ctx):
        if sig.authority and sig.authority[-1].kind in wanted and not sig.position:
            yield Hit(f"No position follows `{sig.authority[-1]}`.",
                      f"Thiếu chức vụ người ký sau \"{sig.authority[-1]}\".", sig.span,
                      "signatures")
