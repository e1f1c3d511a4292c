"""The body (ô 6): the numbered units as a tree of provisions.

Normative documents number Phần and Chương in Roman numerals, Mục and Điều in Arabic numerals
(Luật Ban hành VBQPPL 2025 Điều 7.2; NĐ 78/2025 Điều 64.3); khoản are ``1.``, điểm ``a)``
in the Vietnamese alphabet. Administrative documents use ``I.``, ``1.``, ``a)``, ``-``
(NĐ 30/2020 Phụ lục I, II.6); Party documents write ``I-`` and ``1-``. Each line that opens a
unit is read once; lines inside quotations (an article quoted from another law) open none.
"""

from __future__ import annotations

import re
from typing import Final

from vanban import _regex
from vanban.enums import ProvisionKind
from vanban.parser.layout import Line, clean

__all__ = ["Unit", "read_body"]

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
_KIND: Final = {
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
        return _KIND[self.key]


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
    heading = _HEADING.match
    for line in lines[start:end]:
        if not line.cells:
            continue
        first = line.cells[0]
        # the line from its first cell on; the cell itself when it runs to the end of the line
        text = first.text if first.end == line.end else work[first.start : line.end].strip()
        if quoted:
            if "”" in text or "\"" in text or "»" in text:  # a closing quote mark
                quoted = text.count("“") > text.count("”")
            _append(stack, preamble, text, line)
            continue
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
        if match is None or key is None or (key in _CASE_SENSITIVE and not _cased(key, match)):
            if stack:  # the text of the open unit, or the preamble
                stack[-1].text.append(text)
                stack[-1].end = line.end
            else:
                preamble.append((first.start, line.end))
            continue
        label = _label(key, match)
        title = clean(text[match.end() :]).lstrip(".:- ")
        unit = Unit(key, label, title, first.start, line.end)
        rank = _RANK[key]
        while stack and _RANK[stack[-1].key] >= rank:
            stack.pop()
        if stack:
            if key == "item" and stack[-1].key == "article":
                unit.key = "clause"  # "1." inside an Điều is a khoản
            stack[-1].children.append(unit)
        else:
            roots.append(unit)
        stack.append(unit)
    return roots, preamble, editorial


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
