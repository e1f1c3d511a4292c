"""Lines and cells: the layout layer of the parser.

Real text comes from PDF text layers (``pdftotext -layout``: two columns side by side, separated
by runs of spaces), DOCX and DOC extractions (table cells one per line, or joined by tabs or
`` | ``), Markdown (``**bold**``, ``***Nơi nhận:***``) and web pages (a header flattened onto
one or two lines). This module turns the normalised text into lines of cells, each cell with
its offsets in the normalised text, without changing a character's position: Markdown
emphasis is blanked out one character for one.
"""

from __future__ import annotations

import re
from typing import Final

from vanban import _regex

__all__ = ["Cell", "Line", "clean", "split_lines", "working_copy"]

# Cells of a line: tabs, " | " (DOCX joins and Markdown tables), or 3+ spaces (PDF columns).
# A run of spaces inside a date or after "Số" is a blank left for a draft's number or day,
# not a column break. In full: r"\t+|[ \t]*\|[ \t]*|(?<=\S)(?<!ngày)...(?<!SỐ:) {3,}+(?=\S)
# (?!tháng|...|-)", written to open with the one character every break opens with (a tab, a
# space or a bar), then to go on by that character: a pattern that opens with a character
# class is searched for that class alone, much faster than for an alternation. Only the first
# space of a run of spaces and tabs opens " |" (a tab or a bar inside the run is a break of its
# own, and white space between breaks makes no cell), so a run is read once: "a \t \t ... |"
# was quadratic when every space after a tab opened it.
_COLUMN_GAP: Final = (
    r"(?<= )(?=  )(?<=\S )(?<!ngày )(?<!ngay )(?<!tháng )(?<!thang )(?<!Số )(?<!Số: )"
    r"(?<!So: )(?<!SỐ )(?<!SỐ: ) {2,}+(?=\S)(?!tháng|thang|năm|nam|/|-)"
)
# A run of tabs is a break too, but for the same blanks typed with tabs: "ngày\ttháng 8 năm
# 2026", "ngày\t05", "Số:\t/UBND-VP". It is read from its first tab only (the others open no
# break), so the blank's look-arounds see the whole run.
_TAB_RUN: Final = (
    r"(?<=\t)(?<!\t\t)(?!\t*+(?:tháng|thang|năm|nam)"
    r"|(?:(?<=ngày\t)|(?<=ngay\t)|(?<=tháng\t)|(?<=thang\t)|(?<=năm\t)|(?<=nam\t))\t*+\d"
    r"|(?:(?<=Số\t)|(?<=Số:\t)|(?<=So:\t)|(?<=SỐ\t)|(?<=SỐ:\t))\t*+[/\-])\t*+"
)
_CELL_BREAK: Final = _regex.compile(
    rf"[\t |](?:{_TAB_RUN}|(?<=\|)[ \t]*+|(?<= )(?<![ \t] )[ \t]*+\|[ \t]*+|{_COLUMN_GAP})"
)
# the same for a line without a bar: no " | " to look for after each space and tab
_CELL_BREAK_NO_BAR: Final = _regex.compile(rf"[\t ](?:{_TAB_RUN}|{_COLUMN_GAP})")
# Markdown emphasis: r"\*++|(?<![\w])_{2,}+|(?<=\w)\\(?=[.\-])|^#{1,6}(?= )" (re.M), written,
# like _CELL_BREAK, to open with the character that opens each.
_EMPHASIS: Final = _regex.compile(
    r"[*_\\#](?:(?<=\*)\**+|(?<=_)(?<![\w]_)_++|(?<=\w\\)(?=[.\-])|(?<=#)(?<![^\n]#)#{0,5}(?= ))"
)
_SPACES: Final = _regex.compile(r"\s+")
# shared by the header and the footer readers
DASH_ITEM: Final = _regex.compile(r"^[-+•–]\s*")  # "- Như trên;": an item of a list
CONNECTOR_END: Final = _regex.compile(r"(?:\bVÀ|[-,&])$")  # a name that goes on on the next line


def working_copy(text: str) -> str:
    """Blank out Markdown emphasis (``*``, ``__``, heading ``#``) one for one."""
    if "*" in text:
        text = text.replace("*", " ")
    if "__" not in text and "#" not in text and "\\" not in text:
        return text
    return _EMPHASIS.sub(lambda m: " " * len(m.group(0)), text)


def clean(text: str) -> str:
    """Collapse white space and trim: the form values are stored in."""
    # Most values are clean already; a quick check spares splitting them into words. Every
    # white-space character but the space is unprintable (Unicode categories Cc, Zs, Zl, Zp).
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


class Cell:
    """A piece of a line between column breaks: ``text`` is ``source[start:end]``, trimmed."""

    __slots__ = ("col", "end", "line", "start", "tabbed", "text")

    def __init__(self, text: str, start: int, end: int, col: int, line: int,
                 tabbed: bool = False) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.col = col
        self.line = line
        self.tabbed = tabbed  # a tab precedes it: a table cell of a DOC/DOCX extraction

    def __repr__(self) -> str:
        return f"Cell({self.text!r}, {self.start}, {self.end}, col={self.col})"


class Line:
    """A line of the working copy with its cells (none for a blank line)."""

    __slots__ = ("cells", "end", "index", "start", "text")

    def __init__(self, text: str, start: int, index: int, cells: list[Cell]) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.index = index
        self.cells = cells

    @property
    def blank(self) -> bool:
        return not self.cells

    @property
    def indent(self) -> int:
        return self.cells[0].col if self.cells else 0

    def __repr__(self) -> str:
        return f"Line({self.index}, {[c.text for c in self.cells]!r})"


def split_lines(work: str) -> list[Line]:
    """Split the working copy into lines of cells."""
    # A loop over every line of every document: the tests that settle most lines come first
    # (an empty line; no tab or bar anywhere in the text, so none to look for in a line).
    lines: list[Line] = []
    append = lines.append
    offset = 0
    columns = "\t" in work or "|" in work
    for index, raw in enumerate(work.split("\n")):
        size = len(raw)
        if not size:
            append(Line(raw, offset, index, []))
            offset += 1
            continue
        stripped = raw.strip()
        # a run of spaces breaks a line only between two cells, not where it opens or ends
        if "   " in stripped or (columns and ("\t" in raw or "|" in raw)):
            cells = _cells(raw, offset, index)
        elif not stripped:
            cells = []
        elif len(stripped) == size:  # one cell, the whole line
            cells = [Cell(raw, offset, offset + size, 0, index)]
        else:  # one cell: no breaks
            begin = raw.index(stripped)
            cells = [Cell(stripped, offset + begin, offset + begin + len(stripped), begin, index)]
        append(Line(raw, offset, index, cells))
        offset += size + 1
    return lines


def _cells(raw: str, offset: int, index: int) -> list[Cell]:
    """The cells of a line with column breaks: the pieces between them that are not blank."""
    cells: list[Cell] = []
    append = cells.append
    tab = raw.find("\t")  # a cell after it is tabbed
    if tab < 0 and "|" in raw:
        # A Markdown table's row: every bar is a break with the spaces around it, and a run of
        # three spaces inside a piece between bars is the only other break there can be. Without
        # one, the cells are the pieces between the bars, without looking at each space.
        pieces = raw.split("|")
        texts = [piece.strip() for piece in pieces]
        if not any("   " in text for text in texts):
            start = 0
            for piece, stripped in zip(pieces, texts, strict=True):
                if stripped:
                    begin = start + len(piece) - len(piece.lstrip())
                    append(Cell(stripped, offset + begin, offset + begin + len(stripped), begin,
                                index))
                start += len(piece) + 1
            return cells
    start = 0
    # the breaks' spans by a C-level map: a Markdown table's row has twenty of them
    breaks = map(_SPAN, (_CELL_BREAK if "|" in raw else _CELL_BREAK_NO_BAR).finditer(raw))
    for end, after in (*breaks, (len(raw), 0)):
        stripped = raw[start:end].strip()
        if stripped:
            begin = raw.index(stripped, start)  # after the white space the piece opens with
            append(Cell(stripped, offset + begin, offset + begin + len(stripped), begin, index,
                        0 <= tab < begin))
        start = after
    return cells


_SPAN: Final = re.Match.span
