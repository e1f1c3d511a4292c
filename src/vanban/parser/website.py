"""The title a website's crawler adds as a page's first line (``Công văn 19046/BTC-TCHQ``,
``Nghị định 16/2023/NĐ-CP. CHÍNH PHỦ -------``): kept apart from the document's own header,
which may ride on the same line after the issuer's rule."""

from __future__ import annotations

from typing import Final

from vanban import _regex
from vanban.parser import vocab
from vanban.parser.layout import Line, clean

__all__ = ["WebsiteTitle", "website_title"]

_TITLE: Final = _regex.compile(
    r"(?:Công văn|Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Luật|Bộ luật|Hiến pháp|"
    r"Văn bản|Dự thảo|Kế hoạch|Thông báo|Hướng dẫn|Pháp lệnh|Lệnh|Quy định|Báo cáo|Tờ trình)"
    r"\b[^\n]*?\d"
)
_SEPARATOR: Final = _regex.compile(vocab.SEPARATOR)
_WORD: Final = _regex.compile(r"\S+")


class WebsiteTitle:
    """Where the title ends (``end``), the issuer riding on it (``org``: text, start, end) and
    where the header goes on on the same line (``resume``), all offsets in the working copy."""

    def __init__(self, end: int) -> None:
        self.end = end
        self.org: tuple[str, int, int] | None = None
        self.resume: int | None = None


def website_title(line: Line) -> WebsiteTitle | None:
    """The website title that ``line`` (one of the first three) is, if it is one: a type name
    and a number in sentence case (the document's own header is in upper case).

    >>> from vanban.parser.layout import split_lines
    >>> text = "Nghị định 16/2023/NĐ-CP. CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    >>> title = website_title(split_lines(text)[0])
    >>> text[: title.end], title.org, text[title.resume :]
    ('Nghị định 16/2023/NĐ-CP. ', ('CHÍNH PHỦ', 25, 35), ' CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    """
    text = line.cells[0].text
    if line.index > 2 or not _TITLE.match(text) or text.upper() == text:
        return None
    sep = _SEPARATOR.search(line.text)
    title = WebsiteTitle(line.start + (sep.start() if sep else len(line.text)))
    if sep:  # "... do Bộ Y tế ban hành. BỘ Y TẾ -------": the issuer rides on the title
        tail = line.text[: sep.start()]
        begin = _upper_suffix(tail)
        if begin is not None and len(tail[begin:].split()) >= 2:
            title.end = line.start + begin
            title.org = (clean(tail[begin:]), title.end, line.start + sep.start())
        if line.text[sep.end() :].strip():  # "... QUỐC HỘI ------- CỘNG HÒA ... Luật số: ..."
            title.resume = line.start + sep.end()  # the whole header on the title's line
    return title


def _upper_suffix(text: str) -> int | None:
    """The start of the trailing run of upper-case words (no digit: ``16/2023/NĐ-CP.`` is not
    a name's), or None."""
    start = None
    for word in _WORD.finditer(text):
        w = word.group(0)
        if any(map(str.islower, w)) or not any(map(str.isalpha, w)) or any(map(str.isdigit, w)):
            start = None
        elif start is None:
            start = word.start()
    return start
