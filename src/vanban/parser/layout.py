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

__all__ = ["Cell", "Line", "clean", "split_lines", "working_copy"]

# Cells of a line: tabs, " | " (DOCX joins and Markdown tables), or 3+ spaces (PDF columns).
# A run of spaces inside a date or after "Số" is a blank left for a draft's number or day,
# not a column break.
_CELL_BREAK: Final = re.compile(
    r"\t+|[ \t]*\|[ \t]*"
    r"|(?<=\S)(?<!ngày)(?<!ngay)(?<!tháng)(?<!thang)(?<!Số)(?<!Số:)(?<!So:)(?<!SỐ)(?<!SỐ:)"
    r" {3,}+(?=\S)(?!tháng|thang|năm|nam|/|-)"
)
_NOT_SPACE: Final = re.compile(r"\S")
_EMPHASIS: Final = re.compile(r"\*++|(?<![\w])_{2,}+|(?<=\w)\\(?=[.\-])|^#{1,6}(?= )", re.M)
_SPACES: Final = re.compile(r"\s+")
# shared by the header and the footer readers
DASH_ITEM: Final = re.compile(r"^[-+•–]\s*")  # "- Như trên;": an item of a list
CONNECTOR_END: Final = re.compile(r"(?:\bVÀ|[-,&])$")  # a name that goes on on the next line


def working_copy(text: str) -> str:
    """Blank out Markdown emphasis (``*``, ``__``, heading ``#``) one for one."""
    if "*" in text:
        text = text.replace("*", " ")
    if "__" not in text and "#" not in text and "\\" not in text:
        return text
    return _EMPHASIS.sub(lambda m: " " * len(m.group(0)), text)


def clean(text: str) -> str:
    """Collapse white space and trim: the form values are stored in."""
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
    lines: list[Line] = []
    offset = 0
    for index, raw in enumerate(work.split("\n")):
        cells: list[Cell] = []
        if "   " not in raw and "\t" not in raw and "|" not in raw:  # one cell: no breaks
            stripped = raw.strip()
            if stripped:
                begin = len(raw) - len(raw.lstrip())
                cells.append(Cell(stripped, offset + begin, offset + begin + len(stripped),
                                  begin, index))
            lines.append(Line(raw, offset, index, cells))
            offset += len(raw) + 1
            continue
        position = 0
        for match in _CELL_BREAK.finditer(raw):
            _add_cell(cells, raw, position, match.start(), offset, index)
            position = match.end()
        _add_cell(cells, raw, position, len(raw), offset, index)
        lines.append(Line(raw, offset, index, cells))
        offset += len(raw) + 1
    return lines


def _add_cell(cells: list[Cell], raw: str, start: int, end: int, offset: int, index: int) -> None:
    piece = raw[start:end]
    first = _NOT_SPACE.search(piece)
    if first is None:
        return
    stripped = piece.strip()
    begin = start + first.start()
    tabbed = "\t" in raw[:begin]
    cells.append(Cell(stripped, offset + begin, offset + begin + len(stripped), begin, index,
                      tabbed))
