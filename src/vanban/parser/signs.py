"""Signs that a text has a header, or that it is a body cut from its document.

Part of the header's reader (:mod:`vanban.parser.header`). A text copied from a page may hold a
body alone: it opens with a sentence, and no Quốc hiệu, motto, label or place-and-date line
follows. A sentence may open with a date (``Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành
...``), which is not the document's own date.
"""

from __future__ import annotations

import re
from typing import Final

from vanban import _regex, dates
from vanban.parser import vocab
from vanban.parser.layout import Line
from vanban.parser.title import is_upper

__all__ = ["SENTENCE_GOES_ON", "body_first", "sentence_date"]

#: After a date opening its cell or line: a sentence going on (", Bộ Công Thương ban hành"),
#: three words at least (not a Phiếu trình's ", Người trình").
SENTENCE_GOES_ON: Final = _regex.compile(r"[^\S\n]*+,[^\S\n]*+\w++[^\S\n]++\w++[^\S\n]++\w")
_NATIONAL: Final = _regex.compile(vocab.NATIONAL, re.IGNORECASE)
# signs of a header anywhere in a line: the motto, even with the Quốc hiệu damaged; the labels
# Số:, V/v, Kính gửi; a rule of a web page's header; a digital signature's stamp before it
_HEADER_SIGN: Final = _regex.compile(
    r"Độc\s+lập|Hạnh\s+phúc|ĐỘC\s+LẬP|HẠNH\s+PHÚC|(?<![\w/])(?:S[ốỐôÔo]|SỐ)\s*:"
    r"|(?<![\w/])[Vv]\s*/\s*[vV](?![\w/])|K[íi]nh\s+(?:gửi|trình)|KÍNH\s+GỬI"
    r"|[-_=*]{5,}+|Người\s+ký\s*:|Thời\s+gian\s+ký"
)
_PLACE_DATE: Final = _regex.compile(r"[^\W\d_][^,\n]{0,40}+,\s*+ngày(?![\w])")


def sentence_date(text: str) -> bool:
    """Whether ``text`` opens with a date that a sentence goes on from.

    >>> sentence_date("Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành Thông tư số 15")
    True
    >>> sentence_date("Ngày 05 tháng 3 năm 2024, Người trình"), sentence_date("ngày 5/3/2024")
    (False, False)
    """
    found = dates.search(text)
    return found is not None and found.start == 0 and \
        SENTENCE_GOES_ON.match(text, len(found.text)) is not None


def body_first(lines: list[Line], index: int) -> bool:
    """Whether line ``index``, the first of a text, opens its body: a sentence (eight words or
    more, in sentence case), and neither it nor the 15 lines after it hold a sign of a header
    (a Quốc hiệu or Party title, even damaged: ``Độc lập``, ``Hạnh phúc``; a label ``Số:``,
    ``V/v``, ``Kính gửi``; a rule ``-----``; a cell opening with a place and ``ngày``; a
    digital signature's ``Người ký:``)."""
    text = lines[index].cells[0].text
    if not text[:1].isupper() or is_upper(text) or len(text.split(None, 8)) <= 8:
        return False
    window = [ln for ln in lines[index : index + 24] if ln.cells][:16]
    return not any(_NATIONAL.search(ln.text) or _HEADER_SIGN.search(ln.text) or
                   any(_PLACE_DATE.match(cell.text) for cell in ln.cells) for ln in window)
