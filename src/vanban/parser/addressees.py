"""The addressees of the header (Kính gửi, NĐ 30/2020 Phụ lục I ô 9a), read item by item.

A list of addressees is cut into items at ``;`` before a dash, one item per dash line. A PDF
text layer wraps a long item over lines (``- Các Bộ: Công an, ...,`` / ``  Tài chính, ...;``):
the item goes on while its line reached the right margin and the next line is indented under
the item's text; a line at the dash's column or left of it is the body's.
"""

from __future__ import annotations

from typing import Final

from vanban import _regex
from vanban.parser import vocab
from vanban.parser.layout import DASH_ITEM, Line, clean

__all__ = ["LINE_BODY", "LINE_STRUCTURE", "Addressees"]

_STRUCTURE: Final = (
    r"(?:\d{1,2}|[IVX]{1,4})\s*[.)](?:\s+\S|\s*$)|Điều\s+\d+|Chương\s+[IVXLC\d]+|"
    r"CHƯƠNG\s+[IVXLC\d]+(?![^\W_])|"
    r"Phần\s+(?:[IVXLC]+|thứ)|Mục\s+\d+|(?:QUYẾT|NGHỊ)\s+(?:ĐỊNH|QUYẾT)\s*:|"
    r"N[ơo]i\s+nh[ậa]n\s*:|(?:TM|KT|TL|TUQ)\.\s|[TK]/[MLT]\s"
)
#: A line that opens the body or its structure (``Căn cứ``, ``1.``, ``Điều 1``, ``Nơi nhận:``).
LINE_BODY: Final = _regex.compile(rf"(?:-\s*)?{vocab.BODY_START}|{_STRUCTURE}")
#: A line that opens a numbered part of the body.
LINE_STRUCTURE: Final = _regex.compile(_STRUCTURE)
_BODY_AFTER_SPACE: Final = _regex.compile(rf"\s(?={vocab.BODY_START})")
_ITEM_SPLIT: Final = _regex.compile(r";\s*(?=[-+•])")
_TRAILING_AND: Final = _regex.compile(r"\s+(?:và|hoặc)$")  # an item that stops on "và"
# An item goes on over lines only while it was wrapped (see Addressees.continues); past
# _LONGEST_ITEM characters (real items are under 400) it is not joined on.
_LONGEST_ITEM: Final = 600


# The nouns of an administrative unit, which its name follows ("tỉnh" / "Bình Thuận").
_UNIT_NOUNS: Final = (" tỉnh", " huyện", " xã", " phường", " quận", " thị xã", " thành phố",
                      " thị trấn")


class Addressees:
    """The Kính gửi items read so far (text, start, end in the working copy) and the last
    item while it is open (opened with a dash, not closed by ``;`` or ``.``)."""

    def __init__(self, work: str, lines: list[Line], items: list[tuple[str, int, int]]) -> None:
        self.work = work
        self.lines = lines
        self.items = items
        # the column of the open item's text: a line indented deeper continues it
        self._open_col: int | None = None
        self._dash_col: int | None = None  # the column of its dash
        self._open = ""  # its text so far, as printed
        self._open_end = 0  # where its last line ends
        self._right_margin: int | None = None

    def add(self, s: int, e: int, first: bool) -> bool:
        """Read ``work[s:e]`` as items; ``first`` when it follows the label on its line.
        Return whether the body starts inside it (``Kính gửi: Sở Y tế Căn cứ ...``), in which
        case the items end there."""
        text = self.work[s:e]
        done = False
        body = _BODY_AFTER_SPACE.search(text)
        if body and first:
            e = s + body.start()
            text = self.work[s:e]
            done = True
        for part in _ITEM_SPLIT.split(text):
            self._open = DASH_ITEM.sub("", part.strip())
            item = _TRAILING_AND.sub("", self._open.rstrip(" ;.,"))
            if item:
                self.items.append((clean(item), s, e))
        stripped = text.strip()
        dash = DASH_ITEM.match(stripped)
        # an item may wrap when it has a dash, or follows the label on its line ("Kính gửi: Đoàn
        # Luật sư tỉnh Lâm Đồng, tỉnh" / "Bình Thuận, ...")
        self._open_col = (s - self._line_start(s) + (len(text) - len(text.lstrip()))
                          + (dash.end() if dash else 0)
                          if (dash or first) and not done and not stripped.endswith((";", "."))
                          else None)
        self._dash_col = None if dash is None or self._open_col is None else \
            self._open_col - dash.end()
        self._open_end = e
        return done

    def extend(self, line: Line, stripped: str, e: int) -> bool:
        """Add ``stripped``, a wrapped line of the open item ending at ``e``, to that item.
        Return False when the item grew longer than any real one: the list has ended."""
        self._open = f"{self._open} {stripped}"
        self.items[-1] = (clean(_TRAILING_AND.sub("", self._open.rstrip(" ;.,"))),
                          self.items[-1][1], e)
        if len(self._open) > _LONGEST_ITEM:
            self._open_col = None
            return False
        if stripped.endswith((";", ".")):
            self._open_col = None
        else:
            self._open_end = line.end
        return True

    def continues(self, line: Line, text: str) -> bool:
        """Whether ``line`` goes on with the open item: it is indented under the item's text
        and the item's last line was wrapped."""
        col = self._open_col
        if col is None or not self.items or LINE_BODY.match(text) or text.endswith(":") or \
                "như sau" in text:
            return False
        before = self.work[self._line_start(self._open_end) : self._open_end].rstrip()
        # a centred item stopping on a unit's noun ("... Lâm Đồng, tỉnh"), its end a little
        # left of its text ("Bình Thuận, tỉnh Đắk Nông (cũ).")
        # ("... các xã, phường, thị trấn" / "Đề nghị các địa phương ...": a sentence, not a name)
        words = text.split(None, 2)
        unit_end = before.endswith(_UNIT_NOUNS) and text.rstrip().endswith((".", ";")) and \
            len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper()
        if line.cells[0].col < col - 1 and not self._under_dash(line) and not (
                unit_end and line.cells[0].col >= col - 8):
            return False
        # the item's last line was wrapped: it reached the text's right margin (within a
        # tenth: a text layer's columns are uneven) or the next line's first word would not
        # have fitted on it, or it stops on a word that goes on
        first_word = len(text.split(None, 1)[0]) if text else 0
        margin = min(self._margin(), self._block_width(line.index, col))
        if not (len(before) + 1 + first_word > margin or len(before) >= 0.9 * margin
                or before.endswith((",", " và", " -", "–")) or unit_end):
            return False
        # a paragraph's first line, wrapped to the margin, its next line left of the dash:
        # the body's, not the item's
        nxt = next((ln for ln in self.lines[line.index + 1 : line.index + 3] if ln.cells), None)
        return not (nxt is not None and nxt.cells[0].col < col - 1
                    and len(line.text.rstrip()) >= 0.9 * self._margin()
                    and not text.rstrip().endswith((";", ".", ",")))

    def _under_dash(self, line: Line) -> bool:
        """A wrapped line of an item printed at the column of the item's dash, not under its
        text: followed by the list's next dash item at that column (``- Các cơ quan ...,`` /
        ``Đảng ủy ...,`` / ``- Các chi bộ ...``), or the list's last, short line closing the
        item before a blank line (``- Ban chấp hành ... tỉnh Lâm`` / ``Đồng.``)."""
        dash = self._dash_col
        if dash is None or abs(line.cells[0].col - dash) > 1 or DASH_ITEM.match(line.cells[0].text):
            return False  # the next item's own dash
        k = line.index + 1
        if k < len(self.lines) and self.lines[k].blank:
            text = line.cells[0].text
            return len(line.cells) == 1 and text.endswith(".") and len(text.split(None, 8)) <= 8
        if line.cells[0].text.rstrip().endswith("."):
            return False  # a sentence of the body ("Sở Nội vụ đề nghị ... công chức."), whose
            # own dash items may follow
        nxt = next((ln for ln in self.lines[k : k + 2] if ln.cells), None)
        return nxt is not None and abs(nxt.cells[0].col - dash) <= 1 and \
            DASH_ITEM.match(nxt.cells[0].text) is not None

    def _line_start(self, offset: int) -> int:
        return self.work.rfind("\n", 0, offset) + 1

    def _block_width(self, index: int, col: int) -> int:
        """The widest line of the list's block around ``index``: the lines that are not blank
        at or right of the item's text column ``col`` (at most 60 each way). A list may wrap
        narrower than the body."""
        lines, widest = self.lines, 0
        k = index
        while k >= 0 and index - k < 60 and lines[k].cells and lines[k].cells[0].col >= col - 3:
            widest = max(widest, len(lines[k].text.rstrip()))
            k -= 1
        k = index
        while k < len(lines) and k - index < 60 and lines[k].cells and \
                lines[k].cells[0].col >= col - 1:
            widest = max(widest, len(lines[k].text.rstrip()))
            k += 1
        return widest

    def _margin(self) -> int:
        """The text's right margin: the length of its longest lines (the 90th percentile of the
        first 300 lines that are not blank), read once."""
        if self._right_margin is None:
            sizes = sorted(len(ln.text.rstrip()) for ln in self.lines[:300] if ln.cells)
            self._right_margin = sizes[len(sizes) * 9 // 10] if sizes else 80
        return self._right_margin
