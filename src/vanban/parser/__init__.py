"""Read a document's text into a :class:`~vanban.model.Document`.

:func:`parse` is lenient: it returns a document for any ``str`` and never raises. What it
could not read, or had to guess, is recorded in ``Document.findings`` with a code and a span;
lines it could place nowhere are kept in ``Document.unrecognised``. Matching runs on a
normalised copy (:mod:`vanban.normalize`); every span refers to the original text.

>>> from vanban import parse, example_text
>>> doc = parse(example_text())
>>> str(doc.number), doc.date.isoformat(), doc.place
('706/UBND-VP7', '2024-11-04', 'Ninh Bình')
>>> doc.signature.competence, doc.signature.name
('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH', 'Tống Quang Thìn')
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Any, Final

from vanban import _regex, dates, doctypes, numbers
from vanban.authority import Authority, parse_authority
from vanban.dates import DocumentDate
from vanban.enums import Family, Severity, Urgency
from vanban.errors import ValidationError
from vanban.model import (
    Agency,
    Attachment,
    Citation,
    Document,
    Finding,
    Provision,
    Recipient,
    Signature,
    Span,
    TextBlock,
    _trusted_provision,
    _trusted_span,
)
from vanban.normalize import Normalized, normalize
from vanban.parser import vocab
from vanban.parser.body import KIND, Unit, read_body
from vanban.parser.footer import Footer, read_footer
from vanban.parser.header import Header, read_header
from vanban.parser.layout import CONNECTOR_END, clean, split_lines, working_copy
from vanban.parser.signs import SENTENCE_GOES_ON
from vanban.tasks import extract_tasks

__all__ = ["parse", "parse_file"]

_LOCALITY: Final = _regex.compile(
    r"(?:TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG|QUẬN|THỊ XÃ|THỊ TRẤN|TP\.?|TRUNG ƯƠNG|VIỆT NAM)\b"
)


def parse(text: str) -> Document:
    """Parse ``text`` into a :class:`~vanban.model.Document`; never raises."""
    if not isinstance(text, str):
        raise TypeError(f"parse() expects str, got {type(text).__name__}")
    try:
        return _parse(text)
    except Exception as exc:  # the contract: a document, never an exception
        return Document(findings=(Finding("parse.internal", f"internal error: {exc!r}",
                                          Severity.ERROR),),
                        unrecognised=(TextBlock(text, Span(0, len(text))),))


def parse_file(path: str | os.PathLike[str]) -> Document:
    """Read and parse a ``.txt`` or ``.md`` file (UTF-8, with or without BOM), or a ``.docx``
    file when python-docx is installed (extra ``docx``)."""
    file = Path(path)
    if file.suffix.lower() == ".docx":
        from vanban.parser.docx import docx_text  # noqa: PLC0415 - optional dependency

        return parse(docx_text(file))
    return parse(file.read_text(encoding="utf-8-sig"))


class _Builder:
    def __init__(self, text: str) -> None:
        self.original = text
        self.norm: Normalized = normalize(text)
        self.work = working_copy(self.norm.text)
        self.lines = split_lines(self.work)
        self.findings: list[Finding] = []
        # the common case, spans of the copy are the original's: Normalized.span inlined
        self._size = len(self.norm.text) if self.norm._identity else -1

    def span(self, start: int, end: int) -> Span:
        size = self._size
        if size >= 0:  # what Normalized.span gives for the identity map
            a = start if start < size else size
            b = a if end <= start else (end if end <= size else size + 1)
            return _trusted_span(a, b)
        a, b = self.norm.span(start, end)
        return _trusted_span(a, max(a, b))

    def finding(self, code: str, message: str, start: int | None = None,
                end: int | None = None, severity: Severity = Severity.WARNING,
                field: str | None = None) -> None:
        span = self.span(start, end) if start is not None and end is not None else None
        self.findings.append(Finding(code, message, severity, span, field))


def _parse(text: str) -> Document:
    b = _Builder(text)
    header = read_header(b.work, b.lines)
    footer = read_footer(b.work, b.lines, header.end_line)
    body_end = min(footer.start_line, len(b.lines))
    units, preamble, editorial = _read_body(b, header, body_end)
    number = _number(b, header)
    type_name = _type_name(header, number)
    issuer = _issuer(b, header)
    signatures = tuple(_signature(b, parts) for parts in footer.signatures)
    recipients = tuple(Recipient(name, group, b.span(s, e))
                       for name, group, s, e in footer.recipients)
    addressees = tuple(Recipient(name, None, b.span(s, e)) for name, s, e in header.addressees)
    subject = _subject(header)
    urgency = _urgency(b, header)
    appendix, attachments = _appendix(b, footer)
    unrecognised = [TextBlock(clean(b.work[s:e]), b.span(s, e))
                    for s, e in header.unrecognised + footer.unrecognised + editorial
                    if clean(b.work[s:e])]
    for s, e in editorial:
        b.finding("parse.editorial-note", "A note a website inserted in brackets is not part "
                  "of the document.", s, e, Severity.INFO)
    if issuer is None:
        issuer = _inferred_issuer(b, preamble, units)
    if header.crawler_title is not None:
        s, e = header.crawler_title
        unrecognised.insert(0, TextBlock(clean(b.work[s:e]), b.span(s, e)))
        b.finding("parse.title-line", "The first line is a title added by a website.", s, e,
                  Severity.INFO)
    _report_missing(b, header, footer, number)
    citations = _citations(b, text, number, header)
    date = header.date[0] if header.date else None
    if date is None:
        date = _stated_date(b, header.end_line)
    family = number.family if number is not None else (Family.PARTY if header.party else None)
    fields: dict[str, Any] = dict(
        type_name=type_name,
        number=number,
        family=family,
        date=date,
        place=header.place[0] if header.place else None,
        issuer=issuer,
        subject=subject,
        addressees=addressees,
        preamble=tuple(TextBlock(clean(b.work[s:e]), b.span(s, e)) for s, e in preamble),
        body=tuple(_provision(b, u) for u in units),
        signatures=signatures,
        recipients=recipients,
        urgency=urgency,
        attachments=attachments + appendix,
        citations=citations,
        unrecognised=tuple(unrecognised),
        findings=tuple(b.findings),
        spans=tuple(_field_spans(b, header)),
    )
    doc = Document(**fields)
    tasks = extract_tasks(doc, text=text)
    # attrs.evolve(doc, tasks=tasks), without reading the fields back
    return Document(**fields, tasks=tasks) if tasks else doc


# "Ngày ..." opening a line (a line opening "ngày ..." goes on with a sentence wrapped before
# it: "... có hiệu lực đến hết" / "ngày 28 tháng 02 năm 2027"), or a law's "thông qua ngày"
_STATED_DATE: Final = _regex.compile(r"^(?=Ngày\b)|thông\s+qua\s+(?=[Nn]gày\b)")


def _stated_date(b: _Builder, start: int) -> DocumentDate | None:
    """No place-and-date line: the date the document states as its own — a line that opens
    with ``Ngày ... tháng ... năm`` (a Phiếu trình's signature) or a law's ``thông qua ngày``;
    not a sentence's date (``Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành ...``)."""
    for line in b.lines[start:]:
        for cell in line.cells:
            if "gày" not in cell.text:  # a cheap test first: _STATED_DATE looks for "[Nn]gày"
                continue
            m = _STATED_DATE.search(cell.text)
            if m is None:
                continue
            found = dates.search(cell.text, m.end())
            if found is not None and found.start == m.end() and "th" in found.text and \
                    not SENTENCE_GOES_ON.match(cell.text, found.start + len(found.text)):
                a = cell.start + found.start
                b.finding("parse.stated-date", "No place-and-date line; the date is the one "
                          "the text states.", a, a + len(found.text), Severity.INFO, "date")
                return found.date
    return None


def _field_spans(b: _Builder, header: Header) -> list[tuple[str, Span]]:
    out: list[tuple[str, Span]] = []
    for name, value in (("number", header.number), ("date", header.date),
                        ("place", header.place), ("type_name", header.type_name),
                        ("urgency", header.urgency)):
        if value is not None:
            out.append((name, b.span(value[1], value[2])))
    if header.subject:
        out.append(("subject", b.span(header.subject[0][1], header.subject[-1][2])))
    if header.national is not None:
        out.append(("national_title", b.span(*header.national)))
    if header.party_title is not None:
        out.append(("party_title", b.span(*header.party_title)))
    return out


def _read_body(b: _Builder, header: Header, body_end: int) -> tuple[
        list[Unit], list[tuple[int, int]], list[tuple[int, int]]]:
    start = header.end_line
    units, preamble, editorial = read_body(b.work, b.lines, start, body_end)
    if header.end_offset > (b.lines[start].start if start < len(b.lines) else len(b.work)):
        preamble = [(max(s, header.end_offset), e) for s, e in preamble]
    return units, preamble, editorial


_ISSUER_IN_TEXT: Final = _regex.compile(
    r"(?:^|[;,.:]\s+)(?P<name>(?:Phòng|Sở|Ủy ban nhân dân|UBND|Văn phòng|Ban|Cục|Chi cục|Trung tâm"
    r"|Bộ|Tổng cục|Công an|Đảng ủy|Huyện ủy|Tỉnh ủy)(?:\s+[\w,.-]+){1,12}?)\s+"
    r"(?:đề nghị|yêu cầu|thông báo|hướng dẫn|kính đề nghị|xin|trân trọng|báo cáo"
    # "ban hành Kế hoạch ... như sau", not "ban hành Thông tư số 15/2026/TT-BCT": another's
    r"|ban hành(?!(?:\s+\w+){1,4}\s+số\s*+:?\s*+\d))\b"
)


def _inferred_issuer(b: _Builder, preamble: list[tuple[int, int]],
                     units: list[Unit]) -> Agency | None:
    """The header was lost: the issuer the opening paragraph names (``Phòng Văn hóa và
    Thông tin đề nghị ...``), recorded as inferred."""
    spans = preamble[:3] or ([(units[0].start, units[0].end)] if units else [])
    for s, e in spans:
        m = _ISSUER_IN_TEXT.search(b.work, s, min(e, s + 600))
        if m is not None:
            name = clean(m.group("name"))
            a, z = m.start("name"), m.end("name")
            b.finding("parse.inferred-issuer", f"No header names the issuer; the text names "
                      f"{name!r}, taken as the issuer.", a, z, Severity.INFO, "issuer")
            return Agency(name, span=b.span(a, z))
    return None


def _number(b: _Builder, header: Header) -> numbers.DocumentNumber | None:
    if header.number is None:
        return None
    text, s, e = header.number
    try:
        return numbers.parse(text)
    except ValidationError as exc:
        b.finding("parse.number", f"The number {text!r} could not be read: {exc.message}", s, e,
                  field="number")
        return None


def _type_name(header: Header, number: numbers.DocumentNumber | None) -> str | None:
    if number is not None and number.type_code == "VBHN":
        return "Văn bản hợp nhất"
    if header.type_name is not None:
        return _named_type(clean(header.type_name[0]), number.family if number else None)
    if header.subject_is_vv:
        return "Công văn"
    if number is not None:
        if number.type_code is None:
            return "Công văn" if number.family is Family.ADMINISTRATIVE else (
                "Luật" if number.family is Family.NORMATIVE else None)
        return _coded_type(number.type_code, number.family)
    return None


# The type's name from the table, without a parenthesis (a pure function of a small vocabulary:
# remembered, as fold() and the look-ups cost more than the rest of _type_name).
_PARENTHESIS: Final = _regex.compile(r"\s*\(.*?\)")


@functools.lru_cache(maxsize=1024)
def _named_type(printed: str, family: Family | None) -> str:
    if printed not in vocab.TYPE_NAMES:  # typed without its diacritics or with a wrong one
        printed = vocab.TYPE_KEYS.get(vocab.strip_marks(printed), printed)
    row = doctypes.by_name(printed, family)
    name = row.name if row is not None else printed.capitalize()
    return _PARENTHESIS.sub("", name)


@functools.lru_cache(maxsize=1024)
def _coded_type(code: str, family: Family) -> str | None:
    row = doctypes.by_code(code, family)
    return _PARENTHESIS.sub("", row.name) if row is not None else None


def _issuer(b: _Builder, header: Header) -> Agency | None:
    lines = list(header.org)
    # drop leading lines that name no body ("VĂN BẢN QUY PHẠM PHÁP LUẬT")
    while lines and not vocab.HEAD.match(vocab.strip_marks(lines[0][0]).upper()):
        lines.pop(0)
    if not lines:
        return None
    bodies: list[list[tuple[str, int, int, int]]] = []
    for item in lines:
        text = item[0]
        key = vocab.strip_marks(text).upper()
        continues = bodies and (
            not vocab.HEAD.match(key) or _LOCALITY.match(text)
            or CONNECTOR_END.search(bodies[-1][-1][0]) or text.startswith(("-", "VÀ "))
            or key in ("UBND", "UY BAN NHAN DAN")
        )
        if continues:
            bodies[-1].append(item)
        else:
            bodies.append([item])
    if len(bodies) == 1 and len(bodies[0]) == 1:
        parts = _split_flat(bodies[0][0][0])
        if parts is not None:
            s, e = bodies[0][0][1], bodies[0][0][2]
            return Agency(parts[1], parent=Agency(parts[0]), span=b.span(s, e))
    names = [(" ".join(t for t, _, _, _ in body), body[0][1], body[-1][2]) for body in bodies]
    while len(names) > 1 and names[-2][0] == names[-1][0]:
        names.pop(-2)  # "BỘ CÔNG AN" printed twice (a database's banner, then the header)
    name, s, e = names[-1]
    parent = None
    if len(names) > 1:
        parent = Agency(" ".join(n for n, _, _ in names[:-1]), span=b.span(names[0][1],
                                                                           names[-2][2]))
    return Agency(name, parent=parent, span=b.span(s, e))


def _split_flat(text: str) -> tuple[str, str] | None:
    """``BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN`` → (``BỘ TÀI CHÍNH``, ``TỔNG CỤC HẢI QUAN``)."""
    if not re.match(r"(?:BỘ|UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BAN CHẤP HÀNH TRUNG ƯƠNG|"
                    r"TỈNH [ỦU][YỶ]|THÀNH [ỦU][YỶ]|HUYỆN [ỦU][YỶ]|ĐẢNG [ỦU][YỶ])\s", text):
        return None
    m = vocab.SUB_HEAD.search(text, 3)
    if m is None or text[m.start() - 1 : m.start()] in "-&":
        return None
    if text[: m.start()].rstrip().endswith(("-", "VÀ")):
        return None
    return text[: m.start()].strip(), text[m.end() :].strip(" *")


def _subject(header: Header) -> str | None:
    if not header.subject:
        return None
    # every title line under the type name, an old title's identification too ("CỦA CHÍNH
    # PHỦ SỐ 61-CP NGÀY 05 THÁNG 7 NĂM 1994 VỀ ..."), as the gold rules (GOLD.md) read it
    text = clean(" ".join(t for t, _, _ in header.subject))
    return text.strip(" -").rstrip(" .;,:") or None


def _urgency(b: _Builder, header: Header) -> Urgency:
    if header.urgency is not None:
        try:
            return Urgency.from_text(header.urgency[0])
        except ValueError:
            return Urgency.NONE
    # a DOC text box ("HỎA TỐC") may land at the very end of the text
    for line in b.lines[-5:]:
        for cell in line.cells:
            if _URGENCY.fullmatch(cell.text):
                return Urgency.from_text(cell.text)
    return Urgency.NONE


def _signature(b: _Builder, parts: object) -> Signature:
    from vanban.parser.signature import SignatureParts  # noqa: PLC0415

    assert isinstance(parts, SignatureParts)
    chain: list[Authority] = []
    for text, s, e in parts.authority:
        try:
            chain.append(parse_authority(text))
        except ValidationError:
            b.finding("parse.authority", f"Unreadable authority line {text!r}.", s, e)
    position = clean(" ".join(t for t, _, _ in parts.position))
    name = parts.name[0] if parts.name else ""
    spans = [(s, e) for _, s, e in parts.authority + parts.position]
    if parts.name:
        spans.append((parts.name[1], parts.name[2]))
    span = b.span(min(s for s, _ in spans), max(e for _, e in spans)) if spans else None
    return Signature(authority=chain, position=position, name=name, span=span)


def _provision(b: _Builder, unit: Unit) -> Provision:
    # the kind is a member and the children a tuple: no converters needed (one call per unit)
    return _trusted_provision(KIND[unit.key], unit.label, unit.title,
                     clean(" ".join(unit.text)) if unit.text else "",
                     tuple([_provision(b, c) for c in unit.children]) if unit.children else (),
                     b.span(unit.start, unit.end))


_URGENCY: Final = _regex.compile(vocab.URGENCY)
_ATTACHED: Final = _regex.compile(r"\(?\s*(?:Gửi\s+kèm|Kèm\s+theo|Đính\s+kèm)\b")


def _appendix(b: _Builder, footer: Footer) -> tuple[tuple[Attachment, ...],
                                                    tuple[Attachment, ...]]:
    attachments: list[Attachment] = []
    for line in b.lines:
        first = line.cells[0].text if line.cells else ""
        if first[:1] not in "(GKĐ":  # a cheap test first: what _ATTACHED opens with
            continue
        m = _ATTACHED.match(first)
        if m and (footer.appendix_line is None or line.index < footer.appendix_line):
            cell = line.cells[0]
            attachments.append(Attachment(clean(first).strip("()*./ "), b.span(cell.start,
                                                                                cell.end)))
    appendix: list[Attachment] = []
    if footer.appendix_line is not None:
        # from the end of the signature when a website ran the appendix on after the name
        start = footer.appendix_offset or b.lines[footer.appendix_line].start
        title = next((c.text for ln in b.lines[footer.appendix_line :] for c in ln.cells
                      if c.end > start), "")
        if start > b.lines[footer.appendix_line].start:
            title = b.work[start : b.lines[footer.appendix_line].end]
        appendix.append(Attachment(clean(title)[:200].rstrip() or "Phụ lục",
                                   b.span(start, len(b.work))))
    return tuple(attachments), tuple(appendix)


def _report_missing(b: _Builder, header: Header, footer: Footer,
                    number: numbers.DocumentNumber | None) -> None:
    if header.number is None:
        b.finding("parse.no-number", "No số/ký hiệu was found in the header.", field="number")
    if header.date is None:
        b.finding("parse.no-date", "No place-and-date line was found.", field="date")
    if not footer.signatures:
        b.finding("parse.no-signature", "No signature block was found.", field="signatures")
    if header.draft:
        b.finding("parse.draft-mark", "The header marks the text as a draft (DỰ THẢO).",
                  severity=Severity.INFO)
    if not header.org:
        b.finding("parse.no-issuer", "No issuing body was found in the header.", field="issuer")
    if number is not None and number.is_blank and header.number is not None:
        b.finding("parse.draft-number", "The number is left blank (a draft).", header.number[1],
                  header.number[2], Severity.INFO, "number")


def _citations(b: _Builder, text: str, number: numbers.DocumentNumber | None,
               header: Header) -> tuple[Citation, ...]:
    from vanban.citations import _cite_normalized  # noqa: PLC0415 - imported when first needed
    own = numbers.compact(str(number)) if number is not None and not number.is_blank else None
    title_end = b.span(*header.crawler_title).end if header.crawler_title else -1
    out = []
    for c in _cite_normalized(b.norm):  # cite(text), reusing the normalised copy
        if c.span is not None and c.span.start < title_end:
            continue
        if own is not None and c.number is not None and str(c.number) == own:
            continue
        out.append(c)
    return tuple(out)

