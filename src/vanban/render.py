"""Write a document as plain text in the layout of NĐ 30/2020 Phụ lục I (or, for Party
documents, Hướng dẫn 36-HD/VPTW), one component after another.

The header cells, which the decree sets side by side in a table, are written one after another,
as a DOCX extraction gives them: the governing body and the issuer (ô 2), the Quốc hiệu and Tiêu
ngữ (ô 1; ``ĐẢNG CỘNG SẢN VIỆT NAM`` for a Party document), ``Số: ...`` (ô 3; ``Số 34-CT/TW``
for the Party), the place and date (ô 4), the urgency and secrecy marks (ô 10). Then the type
name and title (ô 5a), or ``V/v ...`` under the number for a công văn (ô 5b), ``Kính gửi:``
with one ``- item;`` per addressee, the body (ô 6) numbered ``Phần``/``Chương``/``Mục``/
``Điều``/``1.``/``a)``/``-`` (Phụ lục I, II.6), ``Nơi nhận:`` (ô 9b) and the signature block:
authority lines, position, name (ô 7a–7c).

:func:`vanban.parse` reads the result back: ``parse(render(doc))`` has the same type, number,
date, place, issuer, subject, addressees, signatures, recipients, urgency and body headings as
``doc`` for documents written the way the rules prescribe (upper-case issuer, position and
authority lines; a name in title case; a date with its year).

>>> import vanban
>>> from vanban import Agency, Document, Recipient, Signature, dates, numbers
>>> from vanban.authority import parse_authority
>>> doc = Document(
...     type_name="Công văn", number=numbers.parse("706/UBND-VP7"),
...     date=dates.parse("04/11/2024"), place="Ninh Bình",
...     issuer=Agency("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"),
...     subject="tuyển chọn và gọi công dân nhập ngũ năm 2025",
...     addressees=[Recipient("Bộ Chỉ huy Quân sự tỉnh")],
...     signatures=[Signature([parse_authority("TM. ỦY BAN NHÂN DÂN"),
...                            parse_authority("KT. CHỦ TỊCH")], "PHÓ CHỦ TỊCH",
...                           "Tống Quang Thìn")],
...     recipients=[Recipient("Như trên"), Recipient("Lưu: VT, VP2, VP7")])
>>> print(render(doc))
ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 706/UBND-VP7
Ninh Bình, ngày 04 tháng 11 năm 2024
V/v tuyển chọn và gọi công dân nhập ngũ năm 2025
<BLANKLINE>
Kính gửi:
- Bộ Chỉ huy Quân sự tỉnh.
<BLANKLINE>
Nơi nhận:
- Như trên;
- Lưu: VT, VP2, VP7.
<BLANKLINE>
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
<BLANKLINE>
Tống Quang Thìn
<BLANKLINE>
>>> back = vanban.parse(render(doc))
>>> back.signature == doc.signature, back.recipients == doc.recipients
(True, True)
"""

from __future__ import annotations

import re
from typing import Final

from vanban import dates, numbers
from vanban.enums import Confidentiality, Family, ProvisionKind, Urgency
from vanban.model import Agency, Document, Provision, Recipient, Signature
from vanban.parser import vocab

__all__ = ["render"]

_NATIONAL: Final = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
_PARTY: Final = "ĐẢNG CỘNG SẢN VIỆT NAM"
_LETTER: Final = "Công văn"
_ATTACHED: Final = re.compile(r"\(?\s*(?:Gửi\s+kèm|Kèm\s+theo|Đính\s+kèm)\b")
_WIDTH: Final = 72
# What may not begin a continuation line of a title: it would end the header there.
_OPENER: Final = re.compile(
    rf"(?:[-+•]\s*)?(?:{vocab.BODY_START})|[\dIVXLC]{{1,4}}\s*[.)\-]|[a-zđ]\)|Điều\s|Chương\s|"
    r"Phần\s|Mục\s|Tiểu\s+mục\s|[Kk][íi]nh\s|(?:Số|SỐ|số|So|SO)\b|[Vv]\s*/\s*[vV]|"
    r"N[ơo]i\s+nh[ậa]n|[Nn]g[àa]y\b|(?:TM|KT|TL|TUQ|Q)\.|[TK]/[MTL]\b|\*|[-_=~•.]{3}"
)
_POINT_KINDS: Final = frozenset({ProvisionKind.POINT})
_BULLET_KINDS: Final = frozenset({ProvisionKind.BULLET})


def render(doc: Document) -> str:
    """Write ``doc`` as plain text in the NĐ 30/2020 layout (see the module documentation)."""
    out: list[str] = []
    party = doc.family is Family.PARTY
    _issuer(out, doc.issuer)
    if party:
        out.append("*")
        out.append(_PARTY)
    else:
        out.extend(_NATIONAL)
    if doc.number is not None:
        out.append(f"Số {numbers.format(doc.number)}" if party else
                   f"Số: {numbers.format(doc.number)}")
    if doc.date is not None:
        when = dates.format(doc.date)
        out.append(f"{doc.place}, {when}" if doc.place else when)
    letter = doc.type_name == _LETTER
    if letter and doc.subject:
        out.extend(_wrap(f"V/v {doc.subject}"))
    if doc.urgency is not Urgency.NONE:
        out.append(doc.urgency.label.upper())
    if doc.confidentiality is not Confidentiality.NONE:
        out.append(doc.confidentiality.label.upper())
    if doc.type_name and not letter:
        out.extend(["", doc.type_name.upper()])
        if doc.subject:
            out.extend(_wrap(doc.subject))
    _addressees(out, doc.addressees)
    body: list[str] = [block.text for block in doc.preamble]
    for provision in doc.body:
        _provision(body, provision)
    attached = [a.title for a in doc.attachments if _ATTACHED.match(a.title)]
    body.extend(f"({title})." for title in attached)
    if body:
        out.append("")
        out.extend(body)
    _recipients(out, doc.recipients)
    _signatures(out, doc.signatures)
    appendix = [a.title for a in doc.attachments if not _ATTACHED.match(a.title)]
    if appendix:
        out.append("")
        out.extend(appendix)
    return "\n".join(out) + "\n"


def _wrap(text: str, width: int = _WIDTH) -> list[str]:
    """Break a title into lines of about ``width`` characters, as titles are printed, never
    before a word that would open the body or a header field (``Thực hiện``, ``1.``, ``Số``).

    >>> _wrap("tăng cường công tác quản lý, thực hiện nghiêm các quy định", 30)
    ['tăng cường công tác quản lý,', 'thực hiện nghiêm các quy định']
    >>> _wrap("tăng cường công tác quản lý và Thực hiện nghiêm các quy định", 30)
    ['tăng cường công tác quản lý và Thực', 'hiện nghiêm các quy định']
    """
    lines: list[str] = []
    current: list[str] = []  # the words of the line being filled, joined once it is full
    size = 0  # len(" ".join(current)): a line that may not break grows without copying
    words = text.split()
    for i, word in enumerate(words):
        if current and size + 1 + len(word) > width and not _OPENER.match(
                " ".join(words[i:i + 3])):
            lines.append(" ".join(current))
            current, size = [word], len(word)
        else:
            size += len(word) + (1 if current else 0)
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def _issuer(out: list[str], issuer: Agency | None) -> None:
    chain: list[str] = []
    while issuer is not None:
        chain.append(issuer.name)
        issuer = issuer.parent
    out.extend(reversed(chain))


def _addressees(out: list[str], addressees: tuple[Recipient, ...]) -> None:
    if not addressees:
        return
    out.extend(["", "Kính gửi:"])
    last = len(addressees) - 1
    out.extend(f"- {r.name}{'.' if i == last else ';'}" for i, r in enumerate(addressees))


def _heading(p: Provision) -> str:
    label, title = p.label, p.title
    if p.kind in _POINT_KINDS:
        return f"{label}) {title}".rstrip()
    if p.kind in _BULLET_KINDS:
        return f"{label} {title}".rstrip()
    return f"{label}. {title}" if title else f"{label}."


def _provision(out: list[str], p: Provision) -> None:
    out.append(_heading(p))
    if p.text:
        out.append(p.text)
    for child in p.children:
        _provision(out, child)


def _recipients(out: list[str], recipients: tuple[Recipient, ...]) -> None:
    if not recipients:
        return
    out.extend(["", "Nơi nhận:"])
    group: str | None = None
    last = len(recipients) - 1
    for i, r in enumerate(recipients):
        if r.group is not None and r.group != group:
            out.append(f"{r.group}:")
        group = r.group
        out.append(f"- {r.name}{'.' if i == last else ';'}")


def _signature_lines(s: Signature) -> list[str]:
    lines = [str(a) for a in s.authority]
    if s.position:
        lines.append(s.position)
    return lines


def _signatures(out: list[str], signatures: tuple[Signature, ...]) -> None:
    if not signatures:
        return
    out.append("")
    if len(signatures) == 1:
        s = signatures[0]
        out.extend(_signature_lines(s))
        if s.name:
            out.extend(["", s.name])
        return
    # Joint signatures (liên tịch) stand side by side; written on one line, each block
    # starting with its authority, as a web page flattens them.
    out.append(" ".join(" ".join([*_signature_lines(s), s.name]).strip() for s in signatures))


if __name__ == "__main__":  # pragma: no cover
    import sys

    from vanban.parser import parse

    sys.stdout.write(render(parse(sys.stdin.read())))
