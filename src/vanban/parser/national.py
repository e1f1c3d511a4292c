"""The Quốc hiệu's pieces that a PDF text layer puts where the header's reader does not look.

Kept apart from :mod:`vanban.parser.header` so that the header reader stays short.
"""

from __future__ import annotations

from vanban.parser import vocab

__all__ = ["national_tail"]


def national_tail(work: str, national: tuple[int, int], start: int, end: int) -> bool:
    """Whether ``work[start:end]`` is ``NAM`` alone on the line under a Quốc hiệu cut at
    ``VIỆT`` (``national`` is its span): the Quốc hiệu wrapped in its column
    (``... CHỦ NGHĨA VIỆT`` / ``BAN QUẢN LÝ ...   NAM``), not a word of the issuer's name.

    >>> work = "UBND TỈNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\\nBAN QUẢN LÝ   NAM\\n"
    >>> national_tail(work, (12, 42), 57, 60)
    True
    >>> national_tail(work, (12, 42), 43, 54)
    False
    """
    # within a window of two header lines: a long line of "NAM"s is not counted over again
    if end - start > 20 or not national[1] <= start < national[1] + 400 or \
            work[start:end].strip().upper() != "NAM" or work.count("\n", national[1], start) != 1:
        return False
    return vocab.strip_marks(work[national[0] : national[1]]).upper().rstrip().endswith("VIET")
