"""The header: issuer (ô 2), Quốc hiệu (ô 1), số/ký hiệu (ô 3), place and date (ô 4), type and
subject (ô 5a/5b), urgency (ô 10b) and the addressees (Kính gửi).

The header is read as a stream of pieces. Each cell of a line is cut at the markers NĐ 30/2020
Phụ lục I fixes (``Số:``, ``V/v``, ``Kính gửi:``, the Quốc hiệu, separators, the type name, a
place-and-date) so that a header flattened onto one line (``Số: 19046/BTC-TCHQ V/v ...``) and one
laid out cell by cell are read by the same code. Pieces are classified by what precedes them.
"""

from __future__ import annotations

import re
from typing import Final

from vanban import _regex, dates
from vanban.dates import DocumentDate
from vanban.parser import vocab
from vanban.parser.addressees import LINE_BODY as _LINE_BODY
from vanban.parser.addressees import LINE_STRUCTURE as _LINE_STRUCTURE
from vanban.parser.addressees import Addressees
from vanban.parser.layout import CONNECTOR_END, Line, clean
from vanban.parser.layout import DASH_ITEM as _DASH_ITEM
from vanban.parser.markers import KINDS as _KINDS
from vanban.parser.markers import MARKERS as _MARKERS
from vanban.parser.national import national_tail
from vanban.parser.placedate import BLANK_DATE, LOOSE_DATE, loose_date
from vanban.parser.placedate import place as _place
from vanban.parser.signs import SENTENCE_GOES_ON, body_first, sentence_date
from vanban.parser.title import TitleReader
from vanban.parser.title import is_upper as _is_upper
from vanban.parser.website import website_title

__all__ = ["Header", "read_header"]

_CASED_KINDS: Final = frozenset({"type", "urg", "draft"})  # these count only in upper case
# after "Số:", what has a ký hiệu's shape though its number is not one (a scan's "II" for "11")
_UNREADABLE_NUMBER: Final = _regex.compile(r"[^\s/]{1,8}+[^\S\n]?/[^\S\n]?[^\W_][\w&().\-/]*+")
# a title that goes on into the Quốc hiệu: "CHÍNH PHỦ NƯỚC", "QUỐC HỘI NƯỚC", "HIẾN PHÁP
# NƯỚC", "CHỦ TỊCH NƯỚC", a Hiến pháp's "NƯỚC" (not "CẤP NƯỚC", water)
_STATE_OF: Final = _regex.compile(r"(?i:(?:(?:phủ|hội|pháp|tịch|giữa|của)\s+|^)nước)$")
# the rest of a wrapped ký hiệu on the next line: codes in capitals joined by dashes, not a
# mark or a type name a scan printed without its tones ("MAT" for "MẬT", "BAOCAO")
_NOT_CODES: Final = frozenset({"MAT", "KHAN", "HOATOC", "THUONGKHAN", "DUTHAO"} | {
    key.replace(" ", "") for key in vocab.TYPE_KEYS})
_WRAPPED_CODE: Final = _regex.compile(r"[A-ZĐ][A-ZĐ0-9]*+(?:[-–.][A-ZĐ0-9]++)*+")
_NUMBER_TOKEN: Final = _regex.compile(
    r"[\d.…]*+\s?[/\-–]\s?(?:\d{2,4}\s?/\s?)?[^\W_][\w&().]*+(?:\s?[/\-–]\s?[\w&().]++)*+"
    r"(?:(?:(?<=[/\-]QH)|(?<=UBTVQH))[^\S\n]\d{1,2}+(?![\w/]))?"  # a term apart: "QH 11"
    r"|[\d.]*+\s*[/\-–]\s*[^\W_][\w&().]*+(?:\s*[/\-–]\s*[\w&().]++)*+"
)
_CHAPTER: Final = _regex.compile(r"(?:Chương|CHƯƠNG)\s++[IVXLC\d]++\b|Điều\s++\d++\s*+\.")
_NOTE: Final = _regex.compile(vocab.NOTE)
# A header's Quốc hiệu, motto or Party title, as the markers read them: what a text opening
# with an article does not hold in the lines right after it (a web page's stray line before
# the document's header does).
_HEADER_AHEAD: Final = _regex.compile(vocab.NATIONAL, re.IGNORECASE)
_KG_LINE: Final = _regex.compile(vocab.ADDRESS_LABEL, re.IGNORECASE)
# An issuer's name cut by markers is joined back piece by piece (_extended); real names are
# under 200 characters, and past this length a line of many markers is not joined on, so it
# does not copy the growing name once a piece.
_LONGEST_ORG: Final = 400
_SHORTEST_TYPE: Final = min(map(len, vocab.TYPE_KEYS))  # "LENH", "LUAT"
_STARTS_MARKER: Final = _regex.compile(
    rf"(?:{vocab.SUBJECT_LABEL}|{vocab.ADDRESS_LABEL}|{vocab.NUMBER_LABEL})", re.IGNORECASE
)


class Header:
    """What the header says, with spans in the normalised text."""

    def __init__(self) -> None:
        self.org: list[tuple[str, int, int, int]] = []  # text, start, end, line
        self.number: tuple[str, int, int] | None = None
        self.place: tuple[str, int, int] | None = None
        self.date: tuple[DocumentDate, int, int] | None = None
        self.type_name: tuple[str, int, int] | None = None
        self.subject: list[tuple[str, int, int]] = []
        self.subject_is_vv = False
        self.addressees: list[tuple[str, int, int]] = []
        self.urgency: tuple[str, int, int] | None = None
        self.draft = False
        self.party = False
        self.national: tuple[int, int] | None = None
        self.party_title: tuple[int, int] | None = None
        self.crawler_title: tuple[int, int] | None = None
        self.unrecognised: list[tuple[int, int]] = []
        self.end_line = 0
        self.end_offset = 0


class _Reader(TitleReader):
    h: Header

    def __init__(self, work: str, lines: list[Line]) -> None:
        self.work = work
        self.lines = lines
        self.h = Header()
        self.mode: str | None = None
        self.pending_number = False
        self.number_wrap = -1  # the line of a number cut after a dash at its cell's end
        self.number_dash = "-"
        self.title_inline = False
        self.title_case: bool | None = None  # upper-case title?
        self.done = False
        self.done_at = 0  # where the body starts when a title's piece ends the header inside it
        self._cell_start = 0
        self._cell_end = 0
        self.kg = Addressees(work, lines, self.h.addressees)

    # -- pieces --------------------------------------------------------------------------

    def pieces(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """Cut ``work[start:end]`` at markers and dates; free text is kind ``text``."""
        found: list[tuple[str, int, int]] = []
        text = self.work[start:end]
        for m in _MARKERS.finditer(text):
            kind = _KINDS[m.lastindex or 0]
            if kind in _CASED_KINDS and m.group(0) != m.group(0).upper():
                continue
            found.append((kind, start + m.start(), start + m.end()))
        # a date taken below opens with "ngày" or "ngay": no need to look for one without
        if self.h.date is None and ("ngày" in (low := text.casefold()) or "ngay" in low):
            for dm in dates.finditer(text):
                folded = dm.text.casefold()
                if folded.startswith(("ngày", "ngay")) and ("tháng" in folded or "thang" in folded):
                    found.append(("date", start + dm.start, start + dm.end))
                    break
            else:
                loose = LOOSE_DATE.search(text) or BLANK_DATE.search(text)
                if loose:
                    found.append(("date", start + loose.start(), start + loose.end()))
            found.sort(key=lambda p: (p[1], p[2]))  # the markers come in order; a date may not
        out: list[tuple[str, int, int]] = []
        position = start
        for kind, s, e in found:
            if s < position:
                continue  # overlapping marker (a date inside a separator run, say)
            if s > position:
                out.append(("text", position, s))
            out.append((kind, s, e))
            position = e
        if position < end:
            out.append(("text", position, end))
        return out

    # -- the walk ------------------------------------------------------------------------

    def read(self) -> Header:
        h = self.h
        first = next((ln for ln in self.lines if not ln.blank), None)
        if first is None:
            return h
        index = first.index
        resume = None  # where the header goes on on the title's line, after its rule
        title = website_title(first)
        if title is not None:
            h.crawler_title = (first.start, title.end)
            if title.org is not None:
                h.org.append((*title.org, first.index))
            resume = title.resume
            if resume is None:
                index += 1
        seen = 0
        spaced = _double_spaced(self.lines, index)
        for line in self.lines[index:]:
            if not line.cells:  # blank
                if (self.mode == "vv" or (self.mode == "title" and h.subject)) and not (
                        spaced and self._single_blank(line) and self._title_goes_on(line)):
                    self.mode = None  # a blank line ends a V/v or a title (not a Kính gửi list)
                continue
            seen += 1
            if self._starts_body(line) or seen > 60:
                h.end_line, h.end_offset = line.index, line.start
                return h
            for cell in line.cells:
                begin = cell.start if resume is None else max(cell.start, resume)
                if begin >= cell.end:
                    continue
                self._cell_start, self._cell_end = begin, cell.end
                if h.type_name is None and begin == cell.start and _bare_type(cell.text):
                    self._piece("type", cell.start, cell.end, line, cell.col)
                    continue
                for kind, s, e in self.pieces(begin, cell.end):
                    self._piece(kind, s, e, line, cell.col)
                    if self.done:
                        h.end_line, h.end_offset = line.index, max(s, self.done_at)
                        return h
        h.end_line = len(self.lines)
        h.end_offset = len(self.work)
        return h

    def _single_blank(self, line: Line) -> bool:
        """Whether ``line`` is one blank line between two that are not blank."""
        lines, k = self.lines, line.index
        return 0 < k < len(lines) - 1 and not lines[k - 1].blank and not lines[k + 1].blank

    def _title_goes_on(self, blank: Line) -> bool:
        """Whether the line after ``blank`` reads as the next line of a title or a V/v: short,
        not a lead-in (``... như sau:``), in the title's case; a line that opens a sentence
        (a capital) and ends in a full stop, or a lead-in's first line, is the body's."""
        text = self.lines[blank.index + 1].cells[0].text.rstrip()
        if text.endswith((":", ";")) or len(text.split(None, 40)) > 40:
            return False
        if self.mode == "title" and self.title_case is not None and \
                self.title_case != _is_upper(text):
            return False  # a title's lines have one case
        if not text[:1].isupper():
            return True  # a title goes on in lower case or with "("
        if self.mode == "title" and text.endswith("."):
            return False
        seen = 0  # a lead-in wrapped over lines: its end (":") comes within two more lines
        for following in self.lines[blank.index + 2 : blank.index + 7]:
            if following.cells:
                after = following.cells[0].text
                if _STARTS_MARKER.match(after) or _LINE_BODY.match(after):
                    break  # a label or the body: the lines before it were the title's
                if _is_lead_in(after):
                    return False
                seen += 1
                if seen == 2:
                    break
        return True

    def _ready(self) -> bool:
        h = self.h
        return h.number is not None or h.date is not None or h.type_name is not None

    def _opens_headerless(self, line: Line) -> bool:
        """Whether a text opens with its body (:func:`vanban.parser.signs.body_first`),
        nothing of a header read before it."""
        h = self.h
        return not (h.org or h.national or h.party or h.subject or h.addressees or
                    h.unrecognised or h.urgency or h.draft) and body_first(self.lines, line.index)

    def _starts_body(self, line: Line) -> bool:
        first = line.cells[0].text
        if first.startswith("Ngày") and sentence_date(first):
            return True  # "Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành ...": the body
        if not self._ready():
            # no number, date or type yet: only a chapter or an article heading after the
            # Quốc hiệu ends the header (an attached Điều lệ or Quy chế printed alone:
            # "ĐIỀU LỆ ... (Kèm theo Quyết định số ...)" / "Chương I" / "QUY ĐỊNH CHUNG")
            # A text that opens with one has no header at all (an article quoted alone), unless
            # a header follows (a web page's stray line before the document).
            h = self.h
            if not _CHAPTER.match(line.cells[0].text):
                return self._opens_headerless(line)
            if h.national is not None:
                return True
            if h.org or h.party or h.subject or h.addressees or h.unrecognised or h.urgency:
                return False
            ahead = [ln for ln in self.lines[line.index + 1 : line.index + 12] if ln.cells][:6]
            return not any(_HEADER_AHEAD.search(ln.text) for ln in ahead)
        text = line.cells[0].text
        if _STARTS_MARKER.match(text):
            return False
        if self.mode == "kg-list" and _DASH_ITEM.match(text) and not _LINE_BODY.match(text):
            return False
        if self.mode == "kg-list" and not _DASH_ITEM.match(text):
            return not self.kg.continues(line, text)
        if self.mode == "title" and self.h.subject and self._lead_in(text):
            return True  # "Sở Nội vụ báo cáo ... như sau:" after a title: the body's lead-in
        if self.mode in ("vv", "title") and not _LINE_BODY.match(text):
            return False
        if self.mode == "vv" and _LINE_STRUCTURE.match(text):
            return True
        if _LINE_BODY.match(text):
            if self.mode != "title" or self.h.subject or not self._title_expected():
                return True
            if _LINE_STRUCTURE.match(text):
                return True  # "Điều 1." after a type name with no title
            # a title may begin "Triển khai thực hiện ..."; a long sentence or a lead-in
            # ending in ":" is the body of a document without a title (a Giấy mời)
            words = len(text.split())
            return text.startswith("Căn cứ") or words > 25 or text.rstrip().endswith(":")
        if self._abstract_under_number(line, text):
            return False
        if self.h.type_name is None and not self.h.subject_is_vv and self.h.date is not None:
            # after the date, a line in sentence case that is not a type name starts the body
            # (a website's note in brackets on the type's line is not the line's case)
            plain = _NOTE.sub("", text) if "[" in text else text
            if vocab.TYPE_LINE.match(plain):  # "NGHỊ ĐỊNH VỀ ... Căn cứ ...": the type's line
                return False                  # with the body run on (a flattened web page)
            return not _is_upper(plain) and len(plain.split(None, 6)) > 6
        return False

    def _lead_in(self, text: str) -> bool:
        """A body's lead-in (:func:`_is_lead_in`) after a title in sentence case."""
        return not self.title_case and _is_lead_in(text)

    def _abstract_under_number(self, line: Line, text: str) -> bool:
        """A công văn's abstract opening ``Về ...`` (no ``V/v``) on the line right under the row
        of ``Số:`` and the place and date: the two header columns of a table (``|Số: ...|Lâm
        Đồng, ngày ...|`` then ``|Về kết quả ...| |``), where the date is read before the
        abstract. A sentence of the body comes after a blank line or a ``Kính gửi``."""
        h = self.h
        if not text.startswith(vocab.ABSTRACT_OPENS) or h.number is None or \
                h.type_name is not None or h.subject or h.addressees or self.mode is not None \
                or line.index == 0:
            return False
        if text.rstrip().endswith(":") or len(text.split(None, 30)) > 30 or not (
                "|" in line.text or "\t" in line.text or self._address_follows(line)):
            return False  # a table's row or a short abstract, not a sentence of the body
        above = self.lines[line.index - 1]
        return not above.blank and above.start <= h.number[1] < above.end

    def _address_follows(self, line: Line) -> bool:
        """Whether a Kính gửi line comes within the three lines after ``line`` that are not
        blank (an abstract comes before it; a letter's body after it)."""
        seen = 0
        for following in self.lines[line.index + 1 : line.index + 8]:
            if following.cells:
                if _KG_LINE.match(following.cells[0].text):
                    return True
                seen += 1
                if seen == 3:
                    break
        return False

    def _title_expected(self) -> bool:
        return self.h.type_name is not None and not self.h.subject

    def _piece(self, kind: str, s: int, e: int, line: Line, col: int) -> None:
        h = self.h
        text = self.work[s:e]
        if kind == "text":
            self._text(s, e, line, col)
            return
        if kind == "nat":
            upper = vocab.strip_marks(text).upper()
            if self.mode == "title" and h.subject and h.national is not None and \
                    _STATE_OF.search(h.subject[-1][0]) is not None:
                # an old title's "LUẬT CỦA QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ
                # ...", "giữa Chính phủ nước" / "CỘNG HÒA ... VIỆT NAM" / "và ...": the title's
                h.subject.append((clean(text), s, e))
                return
            if upper.rstrip().endswith("VIET") and (s > self._cell_start or h.national):
                self._text(s, e, line, col)  # "... VIỆT" / "NAM" wrapped in a title: text
                return
            if "SAN VIET NAM" in upper:
                h.party = True
                h.party_title = h.party_title or (s, e)
            elif "CONG HOA" in upper and h.national is None:
                h.national = (s, e)
            self.mode = None if self.mode != "title" else self.mode
            return
        if kind == "sep":
            if self.mode in ("title", "vv") and h.subject:
                self.mode = None
            return
        if kind == "num":
            if h.number is not None or (text[:1] == "s" and s > self._cell_start):
                self._text(s, e, line, col)  # "số" inside a sentence: not the label
                return
            self.pending_number = True
            self.mode = None
            return
        if kind == "vv":
            if self.mode == "title" and not h.subject:
                # "QUYẾT ĐỊNH" / "V/v ...": the title of a typed document opening with V/v is
                # read as a title (an enacting authority run on after it is cut, as after any)
                self.title_case = None
                return
            self.mode = "vv"
            h.subject_is_vv = True
            h.subject = []
            return
        if kind == "kg":
            self.mode = "kg"
            return
        if kind == "cd":
            # the sender before it, in its cell: read at most once, and only the last 80
            # characters (a long line of "điện:" stays linear)
            sender = clean(self.work[max(self._cell_start, s - 80) : s])
            if h.addressees or self.mode in ("kg", "kg-list") or not sender or \
                    not _is_upper(sender):
                self._text(s, e, line, col)  # "... điện:" in a sentence
                return
            if h.subject and h.subject[-1][1] >= self._cell_start:  # read as the title's end
                _, s0, e0 = h.subject.pop()
                h.unrecognised.append((s0, e0))
            self.mode = "kg"
            return
        if kind == "date":
            if s == self._cell_start and SENTENCE_GOES_ON.match(self.work, e, self._cell_end):
                # "Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành ...": a sentence's date
                self._text(s, e, line, col)
                return
            m = dates.search(text)
            value = m.date if m is not None else loose_date(text)
            if value is not None and h.date is None:
                h.date = (value, s, e)
                self.mode = None
            return
        if kind == "urg":
            if h.urgency is None:
                h.urgency = (text, s, e)
            return
        if kind == "draft":
            h.draft = True
            return
        if kind == "note":
            h.unrecognised.append((s, e))
            return
        if kind == "type":
            after = self.work[e : e + 4].strip()
            joined = bool(h.org) and h.org[-1][3] >= line.index - 1 and bool(
                CONNECTOR_END.search(h.org[-1][0][-4:]))  # it looks at the end: "VÀ" or "-"
            if h.type_name is None and (self._ready() or h.national or h.party) and not (
                    after[:1].isdigit() or joined):
                h.type_name = (text, s, e)
                self.mode = "title"
                self.title_inline = False
                self.title_case = None
                if h.subject_is_vv:  # a V/v before a type name was not a công văn's subject
                    h.subject_is_vv = False
                    h.subject = []
            else:
                self._text(s, e, line, col)
            return

    def _number_goes_on(self, text: str, s: int, line: Line) -> bool:
        """A long joint ký hiệu cut after a dash at the end of its cell (``Số: 24
        /HDLN-BCA-BQP-BYT-``) goes on in the first cell of the next line (``BCT-BTC-TANDTC``):
        the code is joined to the number."""
        h, wrapped = self.h, self.number_wrap
        if line.index == wrapped:  # the date beside it, on the number's own line
            return False
        self.number_wrap = -1
        code = text.strip()
        first = line.cells[0] if line.cells else None
        if h.number is None or line.index != wrapped + 1 or first is None or \
                not first.start <= s < first.end or not _WRAPPED_CODE.fullmatch(code) or \
                code in _NOT_CODES:
            return False
        printed, start, _ = h.number
        stop = s + len(text) - len(text.lstrip()) + len(code)
        h.number = (printed + self.number_dash + code, start, stop)
        return True

    def _text(self, s: int, e: int, line: Line, col: int) -> None:
        h = self.h
        text = self.work[s:e]
        if h.national is not None and national_tail(self.work, h.national, s, e):
            return  # the Quốc hiệu's "NAM", wrapped under its "VIỆT"
        if self.number_wrap >= 0 and self._number_goes_on(text, s, line):
            return
        if self.pending_number:
            m = _NUMBER_TOKEN.match(text.lstrip())
            if m:
                lead = len(text) - len(text.lstrip())
                h.number = (clean(m.group(0)), s + lead, s + lead + m.end())
                self.pending_number = False
                s = s + lead + m.end()
                text = self.work[s:e]
                if text.strip() in ("-", "–", "/") and s + len(text) >= self._cell_end:
                    # "Số: 24 /HDLN-BCA-BQP-BYT-" | "BCT-BTC": the dash is the number's
                    self.number_wrap, self.number_dash = line.index, text.strip()
                    h.number = (h.number[0], h.number[1], s + len(text.rstrip()))
                    return
                if not text.strip():
                    return
            elif text.strip():
                self.pending_number = False
                m = _UNREADABLE_NUMBER.match(text.lstrip())
                if m is not None:  # "Số: II /2026/QĐ-UBND" (a scan's "11"): a number still
                    lead = len(text) - len(text.lstrip())
                    h.number = (clean(m.group(0)), s + lead, s + lead + m.end())
                    s = s + lead + m.end()
                    text = self.work[s:e]
                    if not text.strip():
                        return
        place = None
        nxt = self._next_is_date(e)
        if nxt:  # the place before ", ngày ..." belongs to the date, not to what precedes
            found = _place(text)
            if found is not None:
                offset, name = found
                place = (name, s + offset, e)
                if h.place is None:
                    h.place = place
                e = s + offset
                text = self.work[s:e]
                if not text.strip():
                    return
        stripped = clean(text)
        if not stripped:
            return
        if self.mode == "vv":
            if col > 30 and line.cells[0].col < col and h.subject:
                h.unrecognised.append((s, e))
                return
            h.subject.append((stripped, s, e))
            return
        if self.mode in ("kg", "kg-list"):
            if self.mode == "kg-list" and self.kg.continues(line, stripped):
                if not self.kg.extend(line, stripped, e):
                    self.mode = None  # no item is this long: the list has ended
                return
            self.done = self.kg.add(s, e, first=self.mode == "kg")
            self.mode = "kg-list"
            return
        if self.mode == "title":
            self._title(s, e, line)
            return
        if h.number is not None and h.type_name is None and not h.subject and \
                stripped.startswith(vocab.ABSTRACT_OPENS) and \
                self._cell_start == line.cells[0].start:
            # a công văn whose abstract opens "Về ..." without "V/v" (ô 5b)
            self.mode = "vv"
            h.subject_is_vv = True
            h.subject.append((stripped, s, e))
            return
        if h.org and h.org[-1][3] == line.index and h.org[-1][2] >= s - 1 and h.number is None \
                and len(h.org[-1][0]) < _LONGEST_ORG \
                and (_is_upper(stripped) or not any(map(str.isalpha, stripped))):
            name, s0, e0, index0 = h.org[-1]  # "ĐỀ ÁN 06" cut by a marker: one name
            h.org[-1] = (_extended(name, self.work, s0, e0, e), s0, e, index0)
            return
        if h.number is None and h.date is None and h.type_name is None and _is_upper(stripped):
            h.org.append((stripped, s, e, line.index))
            return
        recent = bool(h.org) and line.index - h.org[-1][3] <= 1
        if h.type_name is None and _is_upper(stripped) and recent and h.number is None:
            h.org.append((stripped, s, e, line.index))
            return
        h.unrecognised.append((s, e))

    def _next_is_date(self, end: int) -> bool:
        tail = self.work[end : end + 6].casefold()
        return tail.startswith(("ngày", "ngay")) and self.h.date is None


def _extended(name: str, work: str, start: int, end: int, new_end: int) -> str:
    """``clean(work[start:new_end])`` from ``name``, which is ``clean(work[start:end])``: the
    text added is cleaned alone, not the whole name again for each piece."""
    if not start <= end <= new_end:
        return clean(work[start:new_end])
    added = work[end:new_end]
    tail = clean(added)
    if not tail or not name:
        return tail or name
    if work[end - 1].isspace() or added[0].isspace():
        return f"{name} {tail}"
    return name + tail  # the last word of the name goes on


def _bare_type(text: str) -> bool:
    """A cell that is a type name but for its diacritics (``QUYET DINH``, ``QUYÉT ĐỊNH``):
    upper case, and not the name as it should be (the markers read that one)."""
    return _SHORTEST_TYPE <= len(text) <= 30 and text.isupper() and " ".join(
        vocab.strip_marks(text).split()) in vocab.TYPE_KEYS and not vocab.TYPE_LINE.fullmatch(text)


def _is_lead_in(text: str) -> bool:
    """A sentence that ends in ":" (``Sở Nội vụ báo cáo ... như sau:``): a body's lead-in,
    which no title line is; a label (``Kính gửi:``, ``THỦ TƯỚNG CHÍNH PHỦ điện:``) is not
    one."""
    stripped = text.rstrip()
    return stripped.endswith(":") and len(stripped.split()) >= 4 and not (
        _STARTS_MARKER.match(stripped) or _is_upper(stripped) or stripped.endswith("điện:"))


def _double_spaced(lines: list[Line], start: int) -> bool:
    """Whether the header is double spaced: (nearly) every line of its first forty is followed
    by a blank line (a text extraction that writes a blank line after each line). There one
    blank line does not end a title or a V/v, two do; elsewhere one does."""
    window = lines[start : start + 40]
    text = [k for k in range(len(window) - 1) if not window[k].blank]
    if len(text) < 8:
        return False
    return sum(1 for k in text if window[k + 1].blank) >= 0.8 * len(text)


def read_header(work: str, lines: list[Line]) -> Header:
    """Read the header of the document whose working copy is ``work``."""
    return _Reader(work, lines).read()
