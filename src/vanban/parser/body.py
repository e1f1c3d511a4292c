"""The body (ô 6): the numbered units as a tree of provisions.

Normative documents number Phần and Chương in Roman numerals, Mục and Điều in Arabic numerals
(Luật Ban hành VBQPPL 2025 Điều 7.2; NĐ 78/2025 Điều 64.3); khoản are ``1.``, điểm ``a)``
in the Vietnamese alphabet. Administrative documents use ``I.``, ``1.``, ``a)``, ``-``
(NĐ 30/2020 Phụ lục I, II.6); Party documents write ``I-`` and ``1-``. Each line that opens a
unit is read once; lines inside quotations (an article quoted from another law) open none.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Final

from vanban import _regex
from vanban.enums import ProvisionKind
from vanban.parser.layout import Line, clean

__all__ = ["KIND", "Unit", "read_body"]

_HEADING: Final = _regex.compile(
    r"(?P<part>Phần\s+(?:thứ\s+\w+|[IVXLC]+\b|\d+\b))"
    r"|(?P<chapter>Ch[ươ]ơng\s+(?:[IVXLC]+|\d+)\b)"
    r"|(?P<subsection>Tiểu\s+mục\s+\d+\b)"
    r"|(?P<section>Mục\s+\d+\b)"
    r"|(?P<article>Điều\s+\d+[a-zđ]?)(?=\s*[.:](?!\d)|\s*$)"
    r"|(?P<roman>[IVXL]{1,6})\s*[.\-/](?:\s+(?=\S)|\s*$)"
    r"|(?P<sub>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)"
    r"|(?P<item>\d{1,2})\s*[.\-)](?:\s+(?=\S)|\s*$)"
    r"|(?P<point>[a-zđ])\)\s*(?=\S)"
    r"|(?P<bullet>[-+•])\s+(?=\S)",
    re.IGNORECASE,
)
_CASE_SENSITIVE: Final = frozenset({"roman", "point", "part", "chapter", "article", "section"})
_RANK: Final = {
    "part": 0, "chapter": 1, "section": 2, "subsection": 3, "article": 4, "roman": 5,
    "item": 6, "clause": 6, "sub": 7, "point": 8, "bullet": 9,
}
KIND: Final = {  # the provision kind of each key of _HEADING (and "clause")
    "part": ProvisionKind.PART, "chapter": ProvisionKind.CHAPTER,
    "section": ProvisionKind.SECTION, "subsection": ProvisionKind.SUBSECTION,
    "article": ProvisionKind.ARTICLE, "roman": ProvisionKind.SECTION,
    "item": ProvisionKind.ITEM, "sub": ProvisionKind.ITEM, "point": ProvisionKind.POINT,
    "clause": ProvisionKind.CLAUSE,
    "bullet": ProvisionKind.BULLET,
}
_OPEN_QUOTES: Final = "“\"«"
_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


class Unit:
    """A provision being built: kind key, label, title and text spans, children."""

    __slots__ = ("children", "end", "key", "label", "start", "text", "title")

    def __init__(self, key: str, label: str, title: str, start: int, end: int) -> None:
        self.key = key
        self.label = label
        self.title = title
        self.text: list[str] = []
        self.start = start
        self.end = end
        self.children: list[Unit] = []

    @property
    def kind(self) -> ProvisionKind:
        return KIND[self.key]


def arabic_value(digits: str) -> int:
    """The value of a label's Arabic numeral (``"12"`` → 12); a run of more than 18 digits,
    which no real label has, counts as 10**18 (``int`` is slow on long runs and refuses more
    than 4,300 digits)."""
    return int(digits) if len(digits) <= 18 else 10**18


def roman_value(text: str) -> int:
    """The value of a Roman numeral (``XII`` → 12); 0 if it is not one."""
    total = 0
    previous = 0
    for char in reversed(text.upper()):
        value = _ROMAN.get(char, 0)
        if value == 0:
            return 0
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


def _label(key: str, match: re.Match[str]) -> str:
    if key not in _WORDED:  # a numeral, a letter or a dash: no white space to collapse
        return match.group(key)
    word, _, number = clean(match.group(key)).partition(" ")
    return f"{word[0].upper()}{word[1:].lower()} {number.strip()}"


_WORDED: Final = frozenset({"part", "chapter", "section", "subsection", "article"})


def read_body(work: str, lines: list[Line], start: int, end: int) -> tuple[
        list[Unit], list[tuple[int, int]], list[tuple[int, int]]]:
    """Read the units of ``lines[start:end]``; return the top-level units, the spans of the
    paragraphs that come before the first unit (the preamble) and of the editorial notes a
    website inserted (``[Điều này được hướng dẫn bởi ...]``)."""
    editorial: list[tuple[int, int]] = []
    roots: list[Unit] = []
    stack: list[Unit] = []
    preamble: list[tuple[int, int]] = []
    quoted = False
    closing: list[bool] = []  # _closes_later's table, made when first needed
    heading = _HEADING.match
    last_article = 0  # the number of the last article read (-1: one without a plain number)
    headings: dict[int, int] = {}  # _heading_later's table, made when first needed
    numbered: dict[str, list[int]] = {}  # _next_own's table, made when first needed
    for line in lines[start:end]:
        if not line.cells:
            continue
        first = line.cells[0]
        # the line from its first cell on; the cell itself when it runs to the end of the line
        text = first.text if first.end == line.end else work[first.start : line.end].strip()
        article_at = _glued_article(text, stack) if "Điều" in text and stack else None
        if article_at is not None and _heading_later(headings, lines, line.index, start, end,
                                                     last_article + 1):
            article_at = None  # the next article's own heading comes later: a quoted one
        if article_at is not None:  # '... dân cư."Điều 2. Bãi bỏ ...': the quotation ends there
            glued_at, after = article_at
            head = text[:glued_at].rstrip()
            # "3. Bổ sung Điều 7 như sau: “Điều 7. C.”Điều 2.": clause 3 (when the quotation
            # opened on this line; an earlier one's last line has the quoted text's label)
            own = heading(head)
            key = own.lastgroup if own is not None else None
            if own is not None and not quoted and key in ("item", "sub", "point", "bullet") and \
                    not (key in _CASE_SENSITIVE and not _cased(key, own)):
                _place(Unit(key, _label(key, own), clean(head[own.end() :]).lstrip(".:- "),
                            first.start, first.start + len(head)), stack, roots)
            else:
                stack[-1].text.append(head)
                stack[-1].end = first.start + len(head)
            quoted = False
            match = heading(text, glued_at)
            if match is not None and match.lastgroup == "article":  # "Điều 2. Bãi bỏ ..."
                unit = Unit("article", _label("article", match),
                            clean(text[match.end() :]).lstrip(".:- "), first.start + glued_at,
                            line.end)
            else:  # "Điều 2 Luật này có hiệu lực ...": no full stop
                unit = _bare_unit(str(last_article + 1), text[after:], first.start + glued_at,
                                  line.end)
            _place(unit, stack, roots)
            last_article += 1
            continue
        if quoted and not (_ends_quote(text, roots, lines, line.index, end) and not _closes_later(
                closing, lines, line.index, start, end)) and not _next_own(
                text, stack, numbered, lines, line.index, start, end):
            if "”" in text or "\"" in text or "»" in text:  # a closing quote mark
                quoted = text.count("“") > text.count("”")
            _append(stack, preamble, text, line)
            continue
        quoted = False
        if text[:1] in _OPEN_QUOTES:
            closes = text.count("”") + text.count("\"") - (1 if text[0] == "\"" else 0)
            quoted = closes == 0 or text.count("“") > text.count("”")
            _append(stack, preamble, text, line)
            continue
        if text.startswith("[") and text.rstrip().endswith("]"):  # a website's note
            editorial.append((first.start, line.end))
            continue
        match = heading(text)
        key = match.lastgroup if match is not None else None
        if match is None and ("Chương" in text or "CHƯƠNG" in text):
            glued = _glued_chapter(text, lines, line.index, end, not roots)
            if glued is not None:  # "Quốc hội ban hành Luật ..., Chương 1.": split it
                head = text[:glued].rstrip()
                if stack:
                    stack[-1].text.append(head)
                    stack[-1].end = first.start + len(head)
                else:
                    preamble.append((first.start, first.start + len(head)))
                text = text[glued:]
                first_start = first.start + glued
                match = heading(text)
                key = match.lastgroup if match is not None else None
                if match is not None and key is not None:
                    unit = Unit(key, _label(key, match), clean(text[match.end() :]).lstrip(
                        ".:- "), first_start, line.end)
                    _place(unit, stack, roots)
                    continue
        if match is None and text[:1] == "Đ" and last_article >= 0:
            bare = _BARE_ARTICLE.match(text)
            if bare is not None and arabic_value(bare.group("n")) == last_article + 1 and (
                    text[bare.end()] == "[" or text[bare.end()].isupper()) and not _heading_later(
                    headings, lines, line.index, start, end, last_article + 1):
                # "Điều 2 Sửa đổi, bổ sung ..." (a web page lost the full stop): the next article
                _place(_bare_unit(bare.group("n"), text[bare.end() :], first.start, line.end),
                       stack, roots)
                last_article += 1
                continue
        if match is None or key is None or (key in _CASE_SENSITIVE and not _cased(key, match)):
            if stack:  # the text of the open unit, or the preamble
                stack[-1].text.append(text)
                stack[-1].end = line.end
            else:
                preamble.append((first.start, line.end))
            continue
        if key == "article" and stack and not text[match.end() :].strip(".:- ") and \
                _article_number(_label(key, match)) != last_article + 1 and \
                _wraps_reference(lines, line.index, start):
            # "... tại điểm a khoản 1" / "Điều 26." / "k) ...": a reference wrapped, no heading
            stack[-1].text.append(text)
            stack[-1].end = line.end
            continue
        label = _label(key, match)
        glued = _glued_chapter(text, lines, line.index, end, not roots) if key not in (
            "part", "chapter") and ("Chương" in text or "CHƯƠNG" in text) else None
        if glued is not None and glued > match.end():
            # "3. ... [note] Chương III HIẾN, LẤY ...": the unit, then the chapter glued to it
            head = text[:glued].rstrip()
            _place(Unit(key, label, clean(head[match.end() :]).lstrip(".:- "), first.start,
                        first.start + len(head)), stack, roots)
            if key == "article":
                last_article = _article_number(label)
            rest = heading(text, glued)
            if rest is not None and rest.lastgroup == "chapter":
                _place(Unit("chapter", _label("chapter", rest), clean(text[rest.end() :]).lstrip(
                    ".:- "), first.start + glued, line.end), stack, roots)
            continue
        title = clean(text[match.end() :]).lstrip(".:- ")
        _place(Unit(key, label, title, first.start, line.end), stack, roots)
        if key == "article":
            last_article = _article_number(label)
    return roots, preamble, editorial


# a line that ends inside a reference to a unit: "tại điểm a khoản 1", "quy định tại"
_OPEN_REFERENCE: Final = _regex.compile(
    r"(?:(?<![\w])(?:khoản|điểm|mục|tiết)[^\S\n]++[\w.]{1,4}+|(?<![\w])(?:tại|của|theo|và"
    r"|hoặc|các))[^\S\n]*+$"
)


def _wraps_reference(lines: list[Line], index: int, start: int) -> bool:
    """Whether the last line with text before ``lines[index]`` (within 3) ends inside a
    reference that the line at ``index`` completes."""
    for k in range(index - 1, max(start, index - 4) - 1, -1):
        if lines[k].cells:
            tail = lines[k].text[-40:]
            return _OPEN_REFERENCE.search(tail) is not None
    return False


def _article_number(label: str) -> int:
    """The number of an article's label (``Điều 12`` → 12), -1 for one without a plain number
    (``Điều 12a``)."""
    number = label.rpartition(" ")[2]
    return arabic_value(number) if number.isdecimal() else -1


# The closing articles of the document itself ("Điều 3. Trách nhiệm thi hành"): one after a
# quotation that a web page left open (its closing mark lost with the heading before it)
# ends the quotation.
_CLOSING_ARTICLE: Final = _regex.compile(
    r"Điều\s++(?P<n>\d{1,3})\.\s*+(?:Hiệu\s+lực|Trách\s+nhiệm\s+(?:thi\s+hành|hướng\s+dẫn)"
    r"|Điều\s+khoản\s+(?:thi\s+hành|chuyển\s+tiếp)|Tổ\s+chức\s+thực\s+hiện)"
)


def _ends_quote(text: str, roots: list[Unit], lines: list[Line], index: int, end: int) -> bool:
    """Whether ``text``, inside a quotation, may be a closing article of the document's own:
    it comes one number after the document's last article, or two when the article between
    them is not printed later (its heading lost with the closing mark)."""
    m = _CLOSING_ARTICLE.match(text) if text[:1] == "Đ" else None
    if m is None or not roots or roots[-1].key != "article":
        return False
    last = roots[-1].label.rpartition(" ")[2]
    if not last.isdecimal():
        return False
    gap = int(m.group("n")) - int(last)
    if gap == 1:
        return True
    if gap != 2:
        return False
    between = f"Điều {int(last) + 1}."
    return not any(ln.cells and ln.cells[0].text.startswith(between)
                   for ln in lines[index + 1 : min(end, index + 400)])


def _next_own(text: str, stack: list[Unit], numbered: dict[str, list[int]], lines: list[Line],
              index: int, start: int, end: int) -> bool:
    """Whether ``text``, inside a quotation, opens the next of the document's own Roman
    sections or multi-level items (``II.`` after ``I.``, ``7.4.`` after ``7.3.``): a report's
    quotation whose closing mark was lost ends there, not at the next mark far below. Not
    when the line closes the quotation, nor when the same heading comes again later (the
    quoted one, then the document's own: a letter quoting a draft's ``1.3.`` under its own
    ``1.2.``)."""
    if text[:1] not in "IVX0123456789" or "”" in text or "\"" in text or "»" in text:
        return False
    m = _HEADING.match(text)
    key = m.lastgroup if m is not None else None
    if m is None or key not in ("roman", "sub") or (key == "roman" and not _cased(key, m)):
        return False
    label = m.group(key)
    if not any(_is_next_of(unit, key, label) for unit in stack):
        return False
    if not numbered:  # the lines of each Roman or multi-level heading, read once
        numbered[""] = []
        for ln in lines[start:end]:
            found = _HEADING.match(ln.cells[0].text) if ln.cells else None
            if found is not None and found.lastgroup in ("roman", "sub"):
                numbered.setdefault(found.group(found.lastgroup or ""), []).append(ln.index)
    # the same heading again below: this one is quoted, that one the document's own
    at = numbered.get(label, [])
    k = bisect.bisect_right(at, index)
    return k == len(at) or at[k] > index + 400


def _is_next_of(unit: Unit, key: str, label: str) -> bool:
    """Whether ``label`` numbers the unit after ``unit`` at its level (``key``)."""
    if unit.key != key:
        return False
    if key == "roman":
        return roman_value(label) == roman_value(unit.label) + 1
    head, _, last = unit.label.rpartition(".")
    mine, _, number = label.rpartition(".")
    return head == mine and number.isdecimal() and last.isdecimal() and \
        len(number) <= 2 and int(number) == int(last) + 1


# An article heading without its full stop, its title run on: "Điều 2 Sửa đổi, bổ sung ...",
# "Điều 1 [Điều này hết hiệu lực ...]". It is one only as the next article in order, and not
# before a document or a unit it refers to ("Điều 16 Nghị định này", "Điều 5 Luật Đất đai").
_NAMES: Final = (r"(?:Luật|Bộ\s+luật|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định"
                 r"|Pháp\s+lệnh|Hiến\s+pháp|Chỉ\s+thị|Văn\s+bản|Mục|Chương|Phần|Phụ\s+lục"
                 r"|Khoản|Điểm|Điều)(?![\w])")
_NAMED: Final = rf"(?!{_NAMES})"
# after a quotation's end, "Điều 2 Luật này có hiệu lực ..." is the law's own next article
_NAMED_OTHER: Final = rf"(?!{_NAMES}(?![^\S\n]+này(?![\w])))"
_BARE_ARTICLE: Final = _regex.compile(
    rf"Điều[^\S\n]++(?P<n>\d{{1,3}})[^\S\n]++(?=\[|[^\W\d_]){_NAMED}"
)


# An article heading a web page glued after the closing quote mark of an amendment's quoted
# text (a sentence's end, the mark, the heading): '... dân cư."Điều 2. Bãi bỏ ...'. After ":"
# the mark opens a quotation instead ('... như sau:"Điều 24. ...').
_GLUED_ARTICLE: Final = _regex.compile(
    r"[.;!?…)][\"”»](?=[^\S\n]*+Điều[^\S\n]++(?P<n>\d{1,3})"
    rf"(?:\.(?!\S)|[^\S\n]++{_NAMED_OTHER}(?P<word>[^\W\d_])))"
)


def _heading_later(table: dict[int, int], lines: list[Line], index: int, start: int, end: int,
                   number: int) -> bool:
    """Whether an article ``number`` has its own heading (``Điều N.``) after line ``index``:
    then a bare or glued ``Điều N`` before it is a reference or a quoted article. ``table``
    (number → the last line of its heading) is filled on the first call, by one pass."""
    if not table:
        table[0] = -1
        for ln in lines[start:end]:
            if ln.cells and ln.cells[0].text[:1] == "Đ":
                m = _HEADING.match(ln.cells[0].text)
                if m is not None and m.lastgroup == "article":
                    table[_article_number(m.group("article"))] = ln.index
    return table.get(number, -1) > index


def _glued_article(text: str, stack: list[Unit]) -> tuple[int, int] | None:
    """Where the document's next article starts when ``text`` has it glued after a closing
    quote mark, and where its words start when its heading lost its full stop (``."Điều 2
    Luật này có hiệu lực ...``): one number after the open article (an article quoted from the
    amended text carries its own number)."""
    last = next((u for u in reversed(stack) if u.key == "article"), None)
    number = _article_number(last.label) if last is not None else -1
    if number < 0 or ("\"" not in text and "”" not in text and "»" not in text):
        return None
    for m in _GLUED_ARTICLE.finditer(text):
        word = m.group("word")
        if int(m.group("n")) == number + 1 and (word is None or word.isupper()):
            return len(text) - len(text[m.end() :].lstrip()), m.start("word") if word else -1
    return None


def _bare_unit(number: str, rest: str, start: int, end: int) -> Unit:
    """An article whose heading lost its full stop; ``rest`` is its title (an old law's untitled
    article, ``Điều 87 Người nào ... thì bị xử lý.``, has its sentence there: the two cannot be
    told apart, and the dotted form keeps the line as the title too)."""
    return Unit("article", f"Điều {number}", clean(rest), start, end)


def _closes_later(table: list[bool], lines: list[Line], index: int, start: int,
                  end: int) -> bool:
    """Whether a closing quote mark comes on line ``index`` or after it, before a line that
    opens another quotation: then the quotation is still open (an amendment quoting the
    articles it rewrites). ``table`` is filled on the first call, by one pass from the end."""
    if not table:
        table.extend([False] * (end - start + 1))
        for k in range(end - 1, start - 1, -1):
            raw = lines[k].text  # a line that closes more quotations than it opens
            closes = raw.count("”") > raw.count("“") or raw.count("»") > raw.count("«") or \
                raw.count("\"") % 2 == 1
            opens_next = k + 1 < end and lines[k + 1].cells and \
                lines[k + 1].cells[0].text[:1] in _OPEN_QUOTES
            table[k - start] = closes or (table[k + 1 - start] and not opens_next)
    return table[index - start]


def _place(unit: Unit, stack: list[Unit], roots: list[Unit]) -> None:
    """Put ``unit`` under the nearest open unit of a higher rank, and open it."""
    rank = _RANK[unit.key]
    while stack and _RANK[stack[-1].key] >= rank:
        stack.pop()
    if stack:
        if unit.key == "item" and stack[-1].key == "article":
            unit.key = "clause"  # "1." inside an Điều is a khoản
        stack[-1].children.append(unit)
    else:
        roots.append(unit)
    stack.append(unit)


# A chapter heading a web page glued to the line before it, after a sentence: "Quốc hội ban
# hành Luật ..., Chương 1.", "Luật viên chức 2010. Chương I NHỮNG QUY ĐỊNH CHUNG".
_GLUED: Final = _regex.compile(
    r"[,.\]][^\S\n]++(?P<unit>(?:Chương|CHƯƠNG)[^\S\n]++(?:[IVXLC]{1,7}+|\d{1,3}+))(?![\w])"
)


# The enacting sentence of a law, before its first chapter: "Quốc hội ban hành Luật ...".
_ENACTING_SENTENCE: Final = _regex.compile(
    r"ban\s+hành\s+(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư)"
)


def _glued_chapter(text: str, lines: list[Line], index: int, end: int,
                   enacting: bool) -> int | None:
    """Where a chapter heading glued to the end of ``text`` starts, if one is (else None).

    It is one when an upper-case title follows on the line, or the line is the enacting
    sentence (``... ban hành Luật ...``) before the first unit (``enacting``), or the next line
    is an upper-case title: not a reference ("quy định tại Mục 1, Chương II."), which no title
    follows."""
    found = None
    for m in _GLUED.finditer(text):
        found = m
    if found is None:
        return None
    rest = text[found.end() :].strip(".: ")
    if rest[:1] == "[" and "]" in rest:  # a website's note on the chapter, then its title
        rest = rest[rest.index("]") + 1 :].strip(".: ")
    if rest:  # an upper-case title opens the rest of the line: a heading; else not one
        words = rest.split(None, 8)
        head = " ".join(itertools.takewhile(lambda w: w.upper() == w, words))
        return found.start("unit") if _upper_title(head) else None
    if enacting and _ENACTING_SENTENCE.search(text, 0, found.start()):
        return found.start("unit")
    for k in range(index + 1, min(end, index + 4)):  # the next line that is not blank
        if lines[k].cells:
            title = lines[k].cells[0].text
            return found.start("unit") if _upper_title(title) and not _HEADING.match(
                title) else None
    return None


def _upper_title(text: str) -> bool:
    """An upper-case title of two words or more (``NHỮNG QUY ĐỊNH CHUNG``)."""
    return text.upper() == text and len(text.split(None, 2)) >= 2 and sum(
        c.isalpha() for c in text) >= 6


def _cased(key: str, match: re.Match[str]) -> bool:
    text = match.group(key)
    if key == "roman":
        return text.isupper() and roman_value(text) > 0
    if key == "point":
        return text.islower() and text not in "fjwz"
    return text[0].isupper()


def _append(stack: list[Unit], preamble: list[tuple[int, int]], text: str, line: Line) -> None:
    if stack:
        stack[-1].text.append(text)
        stack[-1].end = line.end
    else:
        preamble.append((line.cells[0].start, line.end))
