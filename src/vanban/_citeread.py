"""Reading citations: anchors to citations, and references between them.

The private half of :mod:`vanban.citations` (with :mod:`vanban._citeclause`, which reads the
clause around each citation); see there for the rules (NĐ 30/2020 Phụ lục I, II.6 and Phụ lục
II, V.7). :class:`Reader` walks the tokens of :func:`vanban._citetok.tokenize` once; around each
anchor it reads windows of bounded size, which stop at the previous citation, so no field is
taken from a neighbour.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from vanban import _citetok as tok
from vanban import _regex, dates, numbers
from vanban._citesource import Source
from vanban.dates import DocumentDate
from vanban.enums import Relation
from vanban.numbers import DocumentNumber

_LOOK_BEHIND: Final = 110
LOOK_AHEAD: Final = 400  # how far after a law or a citation its title or trigger is read
_LAW_NAME: Final = 200  # the longest name of a law that is not an amending law
_FOOTNOTE_LINE: Final = _regex.compile(r"[^\S\n]*+(\d{1,2})[^\S\n]++\D")
_YEARS: Final = _regex.compile(r"(?:19|20)\d\d[-–](?:19|20)\d\d")
_UPPER_START: Final = frozenset(tok.UPPER)
_AMENDING_FIRST: Final = "sSbB"  # how AMENDING starts ("sửa đổi", "bổ sung"); "" also passes
_DATE_HEADS: Final = "nN0123456789"  # the ASCII characters a date of dates.search starts with
# The last word before a structural unit's citation (PIN_BEFORE, read backwards, starts with a
# label, "5", "5a", "a", "IV", or with "của"): the letters a label ends with, and the last two
# letters of "của" in any spelling.
_LABEL_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzđ")
_CUA_LAST: Final = frozenset(tok.loose("a")[1:-1])
_CUA_BEFORE_LAST: Final = frozenset(tok.loose("u")[1:-1])
_TAI_LAST: Final = frozenset(tok.loose("ic")[1:-1].replace("][", ""))  # "tại", "tại các"


@functools.lru_cache(maxsize=4096)
def date_in(window: str) -> dates.DateMatch | None:
    """:func:`vanban.dates.search` of a short window (the same windows recur: a citation's
    date is read each time the citation is)."""
    return dates.search(window)


def _may_pin(text: str, pos: int, floor: int) -> bool:
    """Whether :data:`PIN_BEFORE <vanban._citetok.PIN_BEFORE>` may match ``text[floor:pos]``
    read backwards: past white space, the last word is a label (``5``, ``5a``, ``IV``, a single
    letter ``a``) or ends like ``của``."""
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    if pos == floor:
        return False
    last = text[pos - 1]
    if last.isdecimal() or last in "IVXLC":
        return True
    before = text[pos - 2] if pos - 2 >= floor else ""
    if last in _LABEL_LETTERS and (  # "5a", or the letter alone: not after a word character
            not before or before.isdecimal() or not (before.isalnum() or before == "_")):
        return True
    return last in _CUA_LAST and before in _CUA_BEFORE_LAST


def _last_char(text: str, pos: int, floor: int) -> str:
    """The last character of ``text[floor:pos]`` that is not white space (``""`` if none)."""
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > floor else ""


class Found:
    """A citation while it is being read (offsets into the text read).

    ``kind``: ``num`` (a number, with its type, date, issuer), ``law`` (a law by name), ``short``
    (``Công văn nêu trên``, ``Chỉ thị số 35``), ``self`` (``Quyết định này``, ``Điều 5``).
    ``start``–``end`` is the span; ``core_end`` where the next citation may begin to be read
    (after the date); ``after`` where the trích yếu may start (after ``của <issuer>``);
    ``pin_start`` where the structural units before it start (``khoản 2 Điều 5 của``).
    """

    __slots__ = ("after", "bare_int", "core_end", "date", "end", "is_self", "issuer", "key", "kind",
                 "number", "pin_start", "pinpoint", "printed", "relation", "start", "title",
                 "title_end", "type_name")

    def __init__(self, kind: str, start: int, end: int) -> None:
        self.kind, self.start, self.end, self.core_end, self.after = kind, start, end, end, end
        self.type_name: str | None = None
        self.printed: str | None = None
        self.key: str | None = None  # set with printed: printed_key(printed, number)
        self.number: DocumentNumber | None = None
        self.date: DocumentDate | None = None
        self.issuer: str | None = None
        self.title: str | None = None
        self.title_end = 0
        self.pin_start = start
        self.pinpoint: str | None = None
        self.relation = Relation.REFERENCE
        self.is_self = False
        self.bare_int: int | None = None


@functools.lru_cache(maxsize=4096)
def read_number(raw: str) -> tuple[str, DocumentNumber | None, str]:
    """The compact printed form, the parsed number (None when it has no canonical form) and
    the key of the document by that number (:func:`printed_key`)."""
    printed = numbers.compact(raw).replace(" ", "")
    try:
        number: DocumentNumber | None = numbers.parse(raw)
    except ValueError:
        number = None
    return printed, number, printed_key(printed, number)


def _strong(n: DocumentNumber | None) -> bool:
    """Whether a number standing alone (no type, no "số") is surely a document number."""
    if n is None:
        return False
    return n.year is not None or n.type_code is not None or "-" in n.issuer or (
        n.family.value == "party")


class Reader:
    """One pass over the anchors of a text (:func:`vanban._citetok.tokenize`)."""

    def __init__(self, src: Source, self_references: bool) -> None:
        self.src, self.t = src, src.text
        self.tokens = tok.tokenize(self.t, self_references, src.tokens)
        self.found: list[Found] = []
        self.claimed: set[int] = set()  # dates taken by an amending law's title
        self.consumed: set[int] = set()  # token indexes read as part of an earlier citation
        self.own_numbers: set[str] = set()  # the document's own number (Số: ...), as keys
        self.law_names: dict[str, list[str]] = {}  # names read with a number or a date, by word
        self.notes: dict[str, set[str]] | None = None  # numbers a footnote cites: its marks

    # -- helpers ---------------------------------------------------------------------------

    def _behind(self, pos: int, size: int = _LOOK_BEHIND) -> str:
        floor = self.found[-1].core_end if self.found else 0
        low = pos - size
        return self.t[low if low > floor else floor : pos][::-1]

    def _date_at(self, pos: int) -> tuple[DocumentDate, int] | None:
        """A date starting within a short gap after ``pos`` (``ngày 30/8/2024``, ``, ngày ...``)."""
        gap = tok.DATE_GAP.match(self.t, pos)
        start = gap.end() if gap else pos
        if start - pos > 30 or start in self.claimed:
            return None
        head = self.t[start : start + 1]  # a date starts with "n"/"N" (ngày) or a digit
        if head.isascii() and head not in _DATE_HEADS:
            return None
        found = date_in(self.t[start : start + 48])
        if found is None or found.start != 0:
            return None
        if "\n" in self.t[pos:start] and self.t[start] == "N":  # a new paragraph "Ngày ..."
            return None
        return found.date, start + found.end

    def _issuer_after(self, f: Found, limit: int) -> None:
        m = tok.CUA.match(self.t, f.core_end)
        if m is None:
            return
        end = m.end() + 100
        end = end if end < limit else limit
        stop = tok.ISSUER_STOP.search(self.t, m.end(), end)
        stop_at = stop.start() if stop else end
        stop_at = tok.trim(self.t, m.end(), stop_at)
        if stop_at > m.end():
            f.issuer = f.issuer or self.src.field(m.end(), stop_at)
            f.after = stop_at

    def _pinpoint(self, f: Found) -> None:
        f.pin_start = f.start
        floor = f.start - 160 if f.start > 160 else 0
        if not _may_pin(self.t, f.start, floor):
            return  # PIN_BEFORE cannot match here
        rw = self.t[floor : f.start][::-1]
        m = tok.PIN_BEFORE.match(rw)
        if m:
            f.pin_start = f.start - m.end("pin")
            f.pinpoint = self.src.field(f.pin_start, f.start - m.start("pin"))

    def _add(self, f: Found, limit: int) -> None:
        if f.kind not in ("short", "self"):
            self._issuer_after(f, limit)
        if f.pinpoint is None:
            self._pinpoint(f)
        self.found.append(f)

    def _limit(self, i: int) -> int:
        return self.tokens[i + 1][0] if i + 1 < len(self.tokens) else len(self.t)

    # -- anchors ---------------------------------------------------------------------------

    def _header(self, start: int) -> bool:
        """Whether the number at ``start`` follows the label of a header, ``Số:`` (any case, with
        a colon) or ``Số`` opening a line (Party documents: ``Số 36-HD/VPTW``)."""
        rw = self.t[start - 40 if start > 40 else 0 : start][::-1]
        so = tok.SO_ONLY.match(rw)
        if so is None:
            return False
        if so.group("colon"):
            # "Nghị quyết số: 96/2023/QH15" opening a line is a header; "tại các văn bản số:
            # 8004/BNNMT-ĐCKS" in a sentence is a citation
            typed = tok.BEHIND.match(rw)
            if typed is None:
                return True
            opening = start - typed.end("type")  # a header's type opens with a capital
            return self.t[opening].isupper() and tok.LINE_START.search(
                self.t, max(0, opening - 40), opening) is not None
        label = start - so.end("so")
        return self.t.startswith("Số", label) and tok.LINE_START.search(
            self.t, max(0, label - 40), label) is not None

    def run(self) -> list[Found]:
        """Read every anchor in order; each reader (``_num``, ``_law``, ...) adds what it finds.

        Anchors inside an editorial note ``[...]``, inside a citation already read, or read as
        part of one (a law's number) are skipped.
        """
        for start, end, kind in self.tokens:  # the document's own number: the first "Số: ..."
            if start > 4000:
                break
            if kind == "num" and self._header(start):
                self.own_numbers.add(read_number(self.t[start:end])[0].casefold())
                break
        closing = [len(self.t)] * (len(self.tokens) + 1)
        for k in range(len(self.tokens) - 1, -1, -1):
            kind = self.tokens[k][2]
            closing[k] = self.tokens[k][0] if kind in ("lb", "rb") else closing[k + 1]
        skip_to = -1
        readers = {"num": self._num, "std": self._std, "law": self._law, "bare": self._bare,
                   "tren": self._tren, "nay": self._nay, "art": self._art}
        found, consumed = self.found, self.consumed
        for i, (start, end, kind) in enumerate(self.tokens):
            if kind == "lb":  # an editorial note "[...]" of the website: up to "]" or the line end
                newline = self.t.find("\n", start, start + 2000)
                skip_to = min(closing[i + 1], start + 2000 if newline < 0 else newline)
                continue
            if kind == "rb" or start < skip_to or i in consumed:
                continue
            if found and start < found[-1].core_end:
                continue
            readers[kind](i, start, end)
        return found

    def _num(self, i: int, start: int, end: int, kind: str = "num") -> None:
        t = self.t
        rw = self._behind(start)
        if tok.EXCLUDED.match(rw):
            return
        end -= tok.footnote(t[start:end])
        if t[end - 1].isdigit():  # "1925/STC-HTDN1": a footnote's mark, if its note cites it
            if self.notes is None:
                self.notes = self._footnoted()
            end -= tok.glued_mark("".join(t[start:end].split()), self.notes)
        f = Found("num", start, end)
        f.printed, f.number, f.key = read_number(t[start:end])
        if f.number is None and _YEARS.fullmatch(f.printed):
            return  # "Kế hoạch giai đoạn 2021 - 2025": a period, not a number
        m = tok.BEHIND.match(rw)
        so = m if m and m.group("so") else tok.SO_ONLY.match(rw)
        if m:
            f.start = start - m.end("type")
            f.type_name = tok.canonical_type(t[f.start : start - m.start("type")])
            if m.group("issuer"):
                f.issuer = self.src.field(start - m.end("issuer"), start - m.start("issuer"))
            elif _last_char(t, f.start, low := f.start - 120 if f.start > 120 else 0) in _TAI_LAST:
                # "đề nghị của Sở Xây dựng tại Tờ trình số ..."
                by = tok.ISSUER_BEFORE.match(t[low : f.start][::-1])
                if by:
                    a, b = f.start - by.end("issuer"), f.start - by.start("issuer")
                    f.issuer = self.src.field(a, b)
        elif so:
            f.start = start - so.end("so")
        link_at = m.end() if m else so.end() if so else 0
        if not m and self.found and kind == "num" and tok.LIST_LINK.match(rw, link_at):
            prev = self.found[-1]  # "các văn bản số A ... và số B": B has the type of A
            if prev.kind in ("num", "law") and prev.after + 250 >= start:
                f.type_name = prev.type_name
        elif not m and not so and kind == "num" and not _strong(f.number):
            return  # "(diện 2/IV)": not a document number without "số" or a type
        if self._header(start):  # a header, first or not (attachments, copies): its own number
            self.own_numbers.add(f.printed.casefold())
        f.is_self = f.printed.casefold() in self.own_numbers
        dated = self._date_at(end)
        if dated:
            f.date, f.core_end = dated
            f.end = f.core_end
        self._add(f, self._limit(i))

    def _footnoted(self) -> dict[str, set[str]]:
        """The numbers cited on a footnote's line (``1 Công văn số 1925/STC-HTDN ...``, within
        300 characters of the line's start, its mark there or alone on the line before), each
        with the marks of those lines."""
        t = self.t
        notes: dict[str, set[str]] = {}
        for a, b, kind in self.tokens:
            if kind != "num":
                continue
            line = t.rfind("\n", max(0, a - 300), a) + 1
            if line == 0 and a > 300:
                continue
            found = _FOOTNOTE_LINE.match(t, line, a)
            if found is not None:
                mark = found.group(1)
            else:  # the mark alone on the line before (pdftotext's superscript), 4 at most
                before = t.rfind("\n", max(0, line - 6), max(0, line - 1)) + 1
                mark = t[before : line - 1].strip() if line and (before or line <= 5) else ""
            if mark.isdigit() and len(mark) <= 2:
                key = "".join(t[a:b].split()).replace("–", "-")
                notes.setdefault(key, set()).add(mark)
        return notes

    def _std(self, i: int, start: int, end: int) -> None:
        self._num(i, start, end, "std")

    def _law(self, i: int, start: int, end: int) -> None:
        t = self.t
        type_name = tok.canonical_type(t[start:end])
        p = end
        last = end + 20 if end + 20 < len(t) else len(t)
        while p < last and t[p].isspace():
            p += 1
        if t.startswith("này", p) or (t[p : p + 1] in "sS" and tok.SO_NEXT.match(t, p, p + 12)):
            return  # "Luật này" (a self reference), "Luật số ..." (read at the number)
        if t[p : p + 2] in ("sư", "Sư", "SƯ") and not t[p + 2 : p + 3].isalpha():
            return  # "Đoàn Luật sư ...": the word for a lawyer, not a law ("Luật Luật sư" is)
        j = i + 1
        if j < len(self.tokens) and self.tokens[j][0] == p and self.tokens[j][2] == "law":
            self.consumed.add(j)  # "Luật Luật sư": the law's name starts with "Luật"
            j += 1
        amending = t[p : p + 1] in _AMENDING_FIRST and tok.AMENDING.match(t, p) is not None
        limit = p + (LOOK_AHEAD if amending else _LAW_NAME)
        limit = limit if limit < len(t) else len(t)
        if not amending and j < len(self.tokens) and self.tokens[j][1] < limit:
            limit = self.tokens[j][1]
        for k in range(j, len(self.tokens)):  # an amending law's title holds no other one
            s, e, what = self.tokens[k]
            if s >= limit:
                break
            if what == "law" and t[e + 1 : e + 2] in _AMENDING_FIRST and tok.AMENDING.match(
                    t, e + 1, e + 12):
                limit = s
                break
        f = Found("law", start, end)
        f.type_name = type_name
        stop: re.Match[str] | None = None
        for m in tok.LAW_END.finditer(t, p, limit):
            if m.lastgroup != "num" or not amending:
                stop = m
                break
        title_end = stop.start() if stop else limit
        kind: str | None = stop.lastgroup if stop else None
        after = stop.end() if stop else limit
        if kind == "num":
            nxt = self.tokens[j] if j < len(self.tokens) else (0, 0, "")
            if tok.LINKED_TYPE.match(t[p:title_end][::-1]) or nxt[0] != after or nxt[2] != "num":
                kind = None  # "Luật Đất đai và Nghị định số ...": the number is not the law's
            else:
                self.consumed.add(j)
                stop_at = nxt[1] - tok.footnote(t[nxt[0] : nxt[1]])
                f.printed, f.number, f.key = read_number(t[nxt[0] : stop_at])
                f.end = f.core_end = stop_at
                dated = self._date_at(stop_at)
                if dated:
                    f.date, f.core_end = dated
                    f.end = f.core_end
        elif kind == "date":
            dated = self._date_at(after)
            if dated:
                f.date, f.core_end = dated
                if amending:  # the date closes the amending law's name, not the last one in it
                    self.claimed.add(self._date_start(after))
            else:
                kind = None
        elif kind == "year":
            year = tok.YEAR.match(t, after)
            if year:
                f.date, f.core_end = DocumentDate(int(year.group())), year.end()
        if kind not in ("num", "date", "year"):
            bare = tok.BARE_LAW_STOP.search(t, p, title_end)
            title_end = bare.start() if bare and not amending else title_end
            if not amending and t[p : p + 1] not in _UPPER_START:
                return
            head = t[p : p + 20].split(maxsplit=1)[0].casefold() if t[p : p + 20].strip() else ""
            for name in self.law_names.get(head, ()):  # read in full earlier: "Phí và lệ phí"
                known = tok.name_pattern(name).match(t, p, p + 300)
                if known and known.end() > title_end:
                    title_end = known.end()
            f.core_end = title_end
        title_end = tok.trim(t, p, title_end)
        if title_end <= p:
            return
        f.title = self.src.field(p, title_end)
        f.title_end = title_end
        if kind in ("num", "date") and f.title:
            names = self.law_names.setdefault(f.title.split()[0].casefold(), [])
            if f.title not in names and len(names) < 16:
                names.append(f.title)
        if amending:  # the title may hold other citations: the span stops before the first
            inner = f.core_end
            for k in range(j, len(self.tokens)):
                if self.tokens[k][0] >= title_end:
                    break
                if self.tokens[k][2] != "bare":
                    inner = min(inner, self.tokens[k][0])
                    break
            f.end = inner
            f.end = tok.trim(t, start, f.end)
        else:
            f.end = f.core_end
        self._add(f, self._limit(j if kind == "num" else i))
        if amending:  # inner citations are read on their own; only the span is the law's
            f.core_end = f.end

    def _date_start(self, pos: int) -> int:
        gap = tok.DATE_GAP.match(self.t, pos)
        return gap.end() if gap else pos

    def _bare(self, i: int, start: int, end: int) -> None:
        m = tok.TYPE_BEFORE.match(self._behind(start, 40))
        if m is None:
            return
        f = Found("short", start - m.end("type"), end)
        f.type_name = tok.canonical_type(self.t[f.start : start - m.start("type")])
        f.bare_int = int(self.t[start:end].split()[-1])
        self._add(f, self._limit(i))

    def _tren(self, i: int, start: int, end: int) -> None:
        m = tok.SHORT_BEFORE.match(self._behind(start, 50))
        if m is None:
            return
        f = Found("short", start - m.end("type"), end)
        f.type_name = tok.canonical_type(self.t[f.start : start - m.start("type")])
        self._add(f, self._limit(i))

    def _nay(self, i: int, start: int, end: int) -> None:
        rw = self._behind(start, 60)
        m = tok.TYPE_BEFORE.match(rw)
        f = Found("self", start, end)
        f.is_self = True
        if m:
            f.start = start - m.end("type")
            f.type_name = tok.canonical_type(self.t[f.start : start - m.start("type")])
        else:
            unit = tok.UNIT_BEFORE.match(rw)
            if unit is None:
                return
            f.start = start - unit.end("unit")
            pin = tok.PIN_BEFORE.match(self.t[max(0, f.start - 120) : f.start][::-1])
            f.pin_start = f.start - pin.end("pin") if pin else f.start
            f.start = f.pin_start
            f.pinpoint = self.src.field(f.pin_start, end)
        self._add(f, self._limit(i))

    def _art(self, i: int, start: int, end: int) -> None:
        if tok.HEADING.search(self.t, max(0, start - 40), start):
            return  # "Điều 5. Tên điều": the document's own article heading
        follow = tok.FOLLOW_DOC.match(self.t, end, end + 200)
        if follow is not None:
            return  # "Điều 5 Luật ..." or "Điều 5 Quyết định này": read with that document
        f = Found("self", start, end)
        f.is_self = True
        self._pinpoint(f)
        f.pinpoint = self.src.field(f.pin_start, end)
        f.start = f.pin_start
        self._add(f, self._limit(i))


def resolve(found: list[Found]) -> list[int | None]:
    """``refers_to`` of each citation: later mentions point at the first full citation of the
    same document, ``<Type> nêu trên`` at the latest citation of that type, ``Chỉ thị số 35``
    at the citation of that type numbered 35."""
    first: dict[object, int] = {}
    latest: dict[str, int] = {}
    refs: list[int | None] = []
    for i, f in enumerate(found):
        target: int | None = None
        kind = tok.fold(f.type_name or "")
        if f.is_self:
            pass
        elif f.key is not None:
            target = first.setdefault(("n", f.key), i)
        elif f.kind == "short" and f.bare_int is not None:
            target = first.get(("i", kind, f.bare_int), first.get(("i", "", f.bare_int)))
        elif f.kind == "short":
            target = latest.get(kind)
        elif f.title:  # a law by name: by name and date; without a date, the first of that name
            name = ("t", kind, tok.fold(f.title))
            if f.date is not None and f.date.is_complete:
                target = first.setdefault((*name, f.date.isoformat()), i)
                first.setdefault(name, i)
            else:
                target = first.setdefault(name, i)
        if not f.is_self and f.kind != "short":
            latest[kind] = latest[""] = target if target is not None else i
            if f.number is not None and f.number.number is not None:
                first.setdefault(("i", kind, f.number.number), i)
                first.setdefault(("i", "", f.number.number), i)
        if target is not None and target != i:
            root = refs[target]
            target = root if root is not None else target
        refs.append(target if target != i else None)
    return refs


def printed_key(printed: str, number: DocumentNumber | None) -> str:
    """The key of a document by number: canonical when parsed (``05/QĐ-UBND``), else printed."""
    return str(number) if number is not None else printed.casefold()
