"""The texts of :func:`vanban.strategies.document_texts`: a document written in the layouts
real text comes in, then changed character by character as real files are.

Layouts (one per text):

* ``plain`` — :func:`vanban.render`: each cell on its own line, as a DOCX extraction gives it;
* ``columns`` — ``pdftotext -layout``: the header's two cells side by side (issuer, number and
  ``V/v`` on the left; Quốc hiệu, Tiêu ngữ and the date on the right), Nơi nhận on the left of
  the signature, runs of spaces between, the issuer's name wrapped as PDFs print it;
* ``flat`` — a web page: the issuer, ``-------`` and the Quốc hiệu on one line, ``Số: ...
  V/v ...`` with the date and ``Kính gửi: ...`` on one line (or the date with the type and
  title), the signature on one line;
* ``markdown`` — a DOCX converted to Markdown: ``**...**`` around the header lines, the type,
  the headings and the signature, ``*...*`` around the date, ``***Nơi nhận:***``.

Variants (any subset, applied in this order): ``spacing`` (a space before the number's first
separator, ``125 /UBND-VX``, as e-signature stamping leaves it; state documents only),
``tone`` (``hoà``, ``thuỷ``, ``Uỷ`` for ``hòa``, ``thủy``, ``Ủy``), ``eth`` (``Ð`` U+00D0 for
``Đ``), ``nfd`` (decomposed Unicode).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Final, Protocol, TypeVar

import attrs
from hypothesis import strategies as st

from vanban import dates as vdates
from vanban import numbers
from vanban.enums import Confidentiality, Family, Urgency
from vanban.model import Document
from vanban.parser import vocab
from vanban.render import _wrap, render

__all__ = ["LAYOUTS", "VARIANTS", "Draw", "document_texts_strategy", "layout", "vary"]

LAYOUTS: Final = ("plain", "columns", "flat", "markdown")
VARIANTS: Final = ("spacing", "tone", "eth", "nfd")

_T = TypeVar("_T")


class Draw(Protocol):
    """What draws a value from a strategy: a ``@composite`` function's ``draw`` or
    ``st.data()``'s ``draw``."""

    def __call__(self, strategy: st.SearchStrategy[_T], /) -> _T: ...


_NATIONAL: Final = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
_PARTY: Final = "ĐẢNG CỘNG SẢN VIỆT NAM"
_CONTINUES: Final = re.compile(r"(?:VÀ|-|TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG|VIỆT NAM|TỐI CAO)\b")


@attrs.frozen
class _Parts:
    """A document cut into the pieces the layouts arrange."""

    org: tuple[str, ...]
    national: tuple[str, ...]
    number: str | None
    date: str | None
    letter: bool
    subject: str | None
    marks: tuple[str, ...]
    type_name: str | None
    addressees: tuple[str, ...]
    body: tuple[str, ...]
    recipients: tuple[str, ...]
    authority: tuple[str, ...]
    position: str
    name: str


def _section(doc: Document) -> tuple[str, ...]:
    """The lines :func:`render` writes for a document holding only some parts, without the
    Quốc hiệu it always opens with."""
    lines = render(doc).rstrip("\n").split("\n")
    return tuple(lines[len(_NATIONAL):]) if lines[: len(_NATIONAL)] == list(_NATIONAL) else ()


def _parts(doc: Document) -> _Parts:
    org: list[str] = []
    issuer = doc.issuer
    while issuer is not None:
        org.insert(0, issuer.name)
        issuer = issuer.parent
    party = doc.family is Family.PARTY
    number = None
    if doc.number is not None:
        number = ("Số " if party else "Số: ") + numbers.format(doc.number)
    date = None
    if doc.date is not None:
        when = vdates.format(doc.date)
        date = f"{doc.place}, {when}" if doc.place else when
    marks = tuple(m.label.upper() for m in (doc.urgency, doc.confidentiality)
                  if m not in (Urgency.NONE, Confidentiality.NONE))
    body = _section(Document(preamble=doc.preamble, body=doc.body))
    sig = doc.signatures[0] if doc.signatures else None
    recipients = _section(Document(recipients=doc.recipients))
    return _Parts(
        org=tuple(org), national=(_PARTY,) if party else _NATIONAL, number=number, date=date,
        letter=doc.type_name == "Công văn", subject=doc.subject, marks=marks,
        type_name=doc.type_name, addressees=tuple(r.name for r in doc.addressees),
        body=tuple(line for line in body if line), recipients=tuple(x for x in recipients if x),
        authority=tuple(str(a) for a in sig.authority) if sig else (),
        position=sig.position if sig else "", name=sig.name if sig else "",
    )


# -- layouts ---------------------------------------------------------------------------------


def _split_name(name: str, width: int) -> list[str]:
    """Wrap an issuer's name as a PDF header prints it: never before a word that would open
    another body's name (the parser would read two bodies)."""
    words = name.split()
    if len(name) <= width or len(words) < 3:
        return [name]
    best = None
    for i in range(1, len(words)):
        head, tail = " ".join(words[:i]), " ".join(words[i:])
        key = vocab.strip_marks(tail).upper()
        if vocab.HEAD.match(key) and not _CONTINUES.match(tail):
            continue
        if len(head) <= width and len(tail) <= width:
            best = [head, tail]
    return best or [name]


def _columns(p: _Parts, draw: Draw) -> str:
    gap = draw(st.integers(3, 10))
    left: list[str] = []
    for name in p.org:
        left.extend(_split_name(name, 30))
    right = list(p.national)
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    if p.number or p.date:  # the number level with the date, after a blank row
        left += ["", p.number or ""]
        right += ["", p.date or ""]
    if p.letter and p.subject:
        left.extend(_wrap(f"V/v {p.subject}", 34))
    width = max((len(x) for x in left), default=0) + gap
    lines = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        lines.append(f"{a:<{width}}{b}".rstrip() if b else a)
    lines.extend(p.marks)
    if p.type_name and not p.letter:
        lines.extend(["", " " * 20 + p.type_name.upper()])
        if p.subject:
            lines.extend(" " * 10 + s for s in _wrap(p.subject))
    if p.addressees:
        lines.append("")
        if len(p.addressees) == 1:
            lines.append(" " * 24 + f"Kính gửi: {p.addressees[0]}.")
        else:
            lines.append(" " * 24 + "Kính gửi:")
            last = len(p.addressees) - 1
            lines.extend(" " * 30 + f"- {a}{'.' if i == last else ';'}"
                         for i, a in enumerate(p.addressees))
    if p.body:
        lines.append("")
        lines.extend("      " + line for line in p.body)
    lines.append("")
    foot_left: list[str] = []
    for entry in p.recipients:  # a PDF's narrow left column wraps long entries
        foot_left.extend(_wrap(entry, 40) if entry.startswith("- ") else [entry])
    foot_right = [*p.authority, p.position] if p.position else list(p.authority)
    foot_width = max((len(x) for x in foot_left), default=0) + gap
    for i in range(max(len(foot_left), len(foot_right))):
        a = foot_left[i] if i < len(foot_left) else ""
        b = foot_right[i] if i < len(foot_right) else ""
        lines.append(f"{a:<{foot_width}}{b}".rstrip() if b else a)
    if p.name:
        lines.extend(["", "", " " * foot_width + p.name])
    return "\n".join(lines) + "\n"


def _flat(p: _Parts, draw: Draw) -> str:
    top = " ".join(p.org)
    if len(p.national) == 1:
        lines = [f"{top} * {p.national[0]}".strip()]
    else:
        lines = [f"{top} ------- {' '.join(p.national)} ---------------".strip()]
    head: list[str] = []
    if p.letter:
        head = [x for x in (p.number, f"V/v {p.subject}" if p.subject else None, p.date) if x]
        head.extend(p.marks)
        if p.addressees:
            items = [f"- {a}{'.' if i == len(p.addressees) - 1 else ';'}"
                     for i, a in enumerate(p.addressees)]
            head.append("Kính gửi: " + " ".join(items))
        lines.append(" ".join(head))
    else:
        # web pages print the title in capitals after the type name (thuvienphapluat.vn)
        titled = [x.upper() for x in (p.type_name, p.subject) if x]
        if draw(st.booleans()):  # "Số: ..." alone, then the date with the type and title
            lines.extend(x for x in (p.number, " ".join(
                [x for x in (p.date, *p.marks) if x] + titled)) if x)
        else:  # "Số: ... <date>", then the type and title
            lines.extend(x for x in (" ".join(x for x in (p.number, p.date, *p.marks) if x),
                                     " ".join(titled)) if x)
        if p.addressees:
            items = [f"- {a}{'.' if i == len(p.addressees) - 1 else ';'}"
                     for i, a in enumerate(p.addressees)]
            lines.append("Kính gửi: " + " ".join(items))
    lines.extend(p.body)
    lines.extend(p.recipients)
    signature = " ".join(x for x in (*p.authority, p.position, p.name) if x)
    if signature:
        lines.append(signature)
    return "\n".join(lines) + "\n"


_HEADING: Final = re.compile(r"^(?:Điều \d+\.|Chương [IVXLC]+|[IVXLC]+\.)")


def _markdown(p: _Parts, draw: Draw) -> str:
    escape = draw(st.booleans())  # pandoc writes "1\." for an item at the start of a line
    lines = [f"**{x}**" for x in (*p.org, *p.national)]
    lines.append("")
    lines.extend(x for x in (p.number, f"*{p.date}*" if p.date else None) if x)
    if p.letter and p.subject:
        lines.extend(f"*{x}*" for x in _wrap(f"V/v {p.subject}"))
    lines.extend(f"**{m}**" for m in p.marks)
    if p.type_name and not p.letter:
        lines.extend(["", f"**{p.type_name.upper()}**"])
        if p.subject:
            lines.extend(f"**{x}**" for x in _wrap(p.subject))
    if p.addressees:
        lines.extend(["", "Kính gửi:"])
        last = len(p.addressees) - 1
        lines.extend(f"- {a}{'.' if i == last else ';'}" for i, a in enumerate(p.addressees))
    if p.body:
        lines.append("")
        for line in p.body:
            heading = _HEADING.match(line)
            out = line
            if heading:
                out = f"**{heading.group(0)}**{line[heading.end():]}"
            elif escape:
                out = re.sub(r"^(\d+)\.", r"\1\\.", line)
            lines.extend([out, ""])
    if p.recipients:
        lines.append("***Nơi nhận:***")
        lines.extend(x for x in p.recipients if x != "Nơi nhận:")
    lines.append("")
    lines.extend(f"**{x}**" for x in (*p.authority, p.position) if x)
    if p.name:
        lines.extend(["", f"**{p.name}**"])
    return "\n".join(lines) + "\n"


def layout(doc: Document, name: str, draw: Draw) -> str:
    """``doc`` written in layout ``name`` (one of :data:`LAYOUTS`)."""
    if name == "plain":
        return render(doc)
    makers: dict[str, Callable[[_Parts, Draw], str]] = {
        "columns": _columns, "flat": _flat, "markdown": _markdown}
    return makers[name](_parts(doc), draw)


# -- variants --------------------------------------------------------------------------------

_NEW_STYLE: Final = re.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌ])([aeAE])(?![^\W\d_])|([ùúủũụÙÚỦŨỤ])([yY])"
                               r"(?![^\W\d_])")


def _tone(text: str) -> str:
    """Put the tone mark of ``oa``, ``oe``, ``uy`` at the end of a syllable on the second vowel
    (``hoà``, ``khoẻ``, ``thuỷ``): the placement of the newer orthography."""
    def move(m: re.Match[str]) -> str:
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        decomposed = unicodedata.normalize("NFD", first)
        base, tone = decomposed[0], decomposed[1:]
        return base + unicodedata.normalize("NFC", second + tone)

    return _NEW_STYLE.sub(move, text)


def _spacing(text: str, doc: Document) -> str:
    if doc.number is None or doc.number.family is Family.PARTY:
        return text
    printed = numbers.format(doc.number)
    digits = re.match(r"[\d.]*", printed)
    cut = digits.end() if digits else 0
    spaced = printed[:cut] + " " * (1 if cut else 6) + printed[cut:]
    return text.replace(printed, spaced, 1)


def vary(text: str, doc: Document, variants: tuple[str, ...]) -> str:
    """Apply ``variants`` (of :data:`VARIANTS`) to a text of ``doc``."""
    if "spacing" in variants:
        text = _spacing(text, doc)
    if "tone" in variants:
        text = _tone(text)
    if "eth" in variants:
        text = text.replace("Đ", "\u00d0")
    if "nfd" in variants:
        text = unicodedata.normalize("NFD", text)
    return text


def document_texts_strategy(
    docs: st.SearchStrategy[Document], layouts: tuple[str, ...], variants: tuple[str, ...]
) -> st.SearchStrategy[tuple[str, Document]]:
    @st.composite
    def pairs(draw: st.DrawFn) -> tuple[str, Document]:
        doc = draw(docs)
        text = layout(doc, draw(st.sampled_from(layouts)), draw)
        chosen = tuple(v for v in variants if draw(st.booleans()))
        return vary(text, doc, chosen), doc

    return pairs()

