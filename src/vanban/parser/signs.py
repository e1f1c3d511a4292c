"""Signs that a text has a header, or that it is a body cut from its document.

Part of the header's reader (:mod:`vanban.parser.header`). A text copied from a page may hold a
body alone: it opens with a sentence, and no Quốc hiệu, motto, label or place-and-date line
follows. A sentence may open with a date (``Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành
...``), which is not the document's own date.
"""

from __future__ import annotations

from typing import Final

from vanban import _regex, dates
from vanban.parser import vocab
from vanban.parser.layout import Line
from vanban.parser.title import is_upper

__all__ = ["SENTENCE_GOES_ON", "body_first", "sentence_date"]

#: After a date opening its cell or line: a sentence going on (", Bộ Công Thương ban hành"),
#: three words at least (not a Phiếu trình's ", Người trình").
SENTENCE_GOES_ON: Final = _regex.compile(r"[^\S\n]*+,[^\S\n]*+\w++[^\S\n]++\w++[^\S\n]++\w")
# The Quốc hiệu and the Party title in capitals, as headers print them (a body's sentence may
# name "nước Cộng hòa xã hội chủ nghĩa Việt Nam" or "Đảng Cộng sản Việt Nam")
_NATIONAL: Final = _regex.compile(vocab.NATIONAL)
# signs of a header anywhere in a line: the motto, even with the Quốc hiệu damaged; a Party
# title cut by a scan; a rule of a web page's header; a digital signature's stamp before it;
# a web page's table of the document's properties; a date whose marks a scan lost
_HEADER_SIGN: Final = _regex.compile(
    r"Độc\s+lập|Hạnh\s+phúc|ĐỘC\s+LẬP|HẠNH\s+PHÚC|ĐẢNG\s+CỘNG|[-_=]{5,}+"
    r"|Người\s+ký\s*:|Ký\s+bởi\s*:|Thời\s+gian\s+ký|Số\s+hiệu\s*:|Loại\s+văn\s+bản\s*:"
    r"|(?<![\w/])ngay\s++[\d.…]*+\s*+thang\s++[\d.…]*+\s*+nam(?![\w])"
)
# signs at a cell's start: the labels (not "(Số: 01/BC)" in a sentence), a Party number
# ("Số 152-TB/TU"), the star under a Party issuer
_CELL_SIGN: Final = _regex.compile(
    rf"(?:S[ốỐôÔo]|SỐ)\s*:|{vocab.SUBJECT_LABEL}|(?i:{vocab.ADDRESS_LABEL})"
    r"|Số\s++\d++\s*+-\s*+[A-ZĐ]{1,6}+\s*+/|\*\s*$"
)
# a place before "ngày" opening a cell (not "Sáng nay, ngày ...", not a time "14 giờ 00, ngày")
_PLACE_DATE: Final = _regex.compile(
    r"(?!(?:Sáng|Chiều|Tối|Hôm|Trưa)\s+nay)[^\W\d_][^,\n\d:]{0,40}+,\s*+ngày(?![\w])"
)


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
    more, in sentence case), and neither it nor the 15 lines after it hold a sign of a header:
    a Quốc hiệu or Party title in capitals, or the motto (``Độc lập``, ``Hạnh phúc``, even with
    the Quốc hiệu damaged); a rule ``-----``; a digital signature's stamp (``Người ký:``, ``Ký
    bởi:``); a web page's property table (``Số hiệu:``); a date that lost its marks (``ngay 04
    thang 11 nam``); or, opening a cell, a label (``Số:``, ``V/v``, ``Kính gửi``), a Party
    number (``Số 152-TB/TU``), a place before ``ngày`` or a type name alone."""
    text = lines[index].cells[0].text
    if not text[:1].isupper() or is_upper(text) or len(text.split(None, 8)) <= 8:
        return False
    window = [ln for ln in lines[index : index + 24] if ln.cells][:16]
    return not any(_NATIONAL.search(ln.text) or _HEADER_SIGN.search(ln.text) or
                   any(_cell_sign(cell.text) for cell in ln.cells) for ln in window)


def _cell_sign(text: str) -> bool:
    """A label, a place and date, or a type name alone (``QUYẾT ĐỊNH``, ``QUYET DINH``)
    opening a header's cell."""
    return _CELL_SIGN.match(text) is not None or _PLACE_DATE.match(text) is not None or (
        len(text) <= 30 and is_upper(text) and vocab.strip_marks(text).upper() in vocab.TYPE_KEYS)
