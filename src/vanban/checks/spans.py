"""Where things are: spans of a document's fields, and of printed parts the model does not keep.

A parsed :class:`~vanban.model.Document` carries spans for its issuer, signatures, recipients,
provisions and citations (:func:`field_span`). The number, the date line and the Quốc hiệu are
kept as values only, so :func:`locate_number`, :func:`locate_date` and :func:`locate_titles` find
them again in the text the document was parsed from, on a normalised copy
(:mod:`vanban.normalize`), and return spans into the original text. :func:`line_col` turns an
offset into the 1-based line and column a compiler would print.

>>> from vanban import parse
>>> text = ("BỘ NỘI VỤ\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\n"
...         "Số: 5/BNV-VP\\nHà Nội, ngày 5 tháng 3 năm 2020\\nV/v nâng bậc lương\\n")
>>> doc = parse(text)
>>> number = locate_number(doc, text)
>>> number.text, line_col(text, number.span.start)
('5/BNV-VP', (4, 5))
>>> locate_date(doc, text).text
'ngày 5 tháng 3 năm 2020'
>>> sorted(locate_titles(doc, text))
['motto', 'national']
>>> field_span(doc, "issuer").slice(text)
'BỘ NỘI VỤ'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Final

import attrs

from vanban import dates, numbers
from vanban.errors import ValidationError
from vanban.model import Document, Span
from vanban.normalize import Normalized, normalize
from vanban.parser import vocab

__all__ = [
    "Printed",
    "covering",
    "field_span",
    "header_end",
    "line_col",
    "locate_date",
    "locate_number",
    "locate_titles",
    "to_original",
    "to_work",
]

# The three title lines of a header, in any case, with or without diacritics.
TITLES: Final = {
    "national": re.compile(
        r"C[ỘO]NG\s*H[ÒOÀ]\s*A\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A(?:\s+VI[ỆE]T(?:\s+NAM)?)?",
        re.IGNORECASE),
    "motto": re.compile(
        r"[ĐD][ỘO]C\s+L[ẬA]P\s*[-–—]\s*T[ỰU]\s+DO\s*[-–—]\s*H[ẠA]NH\s+PH[ÚU]C", re.IGNORECASE),
    "party": re.compile(r"[ĐD][ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM", re.IGNORECASE),
}
_LABEL: Final = re.compile(vocab.NUMBER_LABEL)
_TOKEN: Final = re.compile(
    r"\s*([\d.…_]*+[ \t]*[/\-–][ \t]*(?:\d{2,4}[ \t]?/[ \t]?)?[^\W_][\w&().]*+"
    r"(?:[ \t]?[/\-–][ \t]?[\w&().]++)*+)"
)
_HEADER_FLOOR: Final = 400
_HEADER_CAP: Final = 6000


@attrs.frozen
class Printed:
    """A part of the document as printed: its text (normalised copy) and its original span."""

    text: str
    span: Span


def covering(spans: Iterable[Span | None]) -> Span | None:
    """The smallest span covering all given spans (``None`` when there are none).

    >>> covering([Span(4, 6), None, Span(1, 2)])
    Span(start=1, end=6)
    """
    found = [s for s in spans if s is not None]
    if not found:
        return None
    return Span(min(s.start for s in found), max(s.end for s in found))


def field_span(doc: Document, field: str) -> Span | None:
    """The span of a field of a parsed document, or ``None`` when it has none.

    ``field`` is a model field name: ``issuer``, ``signatures`` (or ``signature``: the first
    block), ``recipients``, ``addressees``, ``preamble``, ``body``, ``citations``,
    ``attachments``.
    """
    if field == "issuer":
        return doc.issuer.span if doc.issuer is not None else None
    if field == "signature":
        return doc.signature.span if doc.signature is not None else None
    if field == "body":
        return covering(p.span for p in doc.body)
    value = getattr(doc, field, None)
    if isinstance(value, tuple):
        return covering(getattr(item, "span", None) for item in value)
    return None


def line_col(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``text``.

    >>> line_col("ab\\ncd", 4)
    (2, 2)
    """
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


def to_original(norm: Normalized, start: int, end: int) -> Span:
    """Map ``[start, end)`` of the normalised copy to a span of the original text."""
    a, b = norm.span(start, end)
    return Span(a, max(a, b))


def to_work(norm: Normalized, offset: int) -> int:
    """The offset in the normalised copy of the original ``offset`` (the first at or after)."""
    return bisect.bisect_left(range(len(norm.text)), offset, key=norm.offset)


def header_end(doc: Document, text: str, floor: int = 0) -> int:
    """The original offset where the header ends: the start of the preamble, the body or the
    footer, whichever comes first (at least ``floor`` characters, at most 6000)."""
    starts = [b.span.start for b in doc.preamble[:1] if b.span is not None]
    starts += [p.span.start for p in doc.body[:1] if p.span is not None]
    starts += [s.span.start for s in doc.signatures if s.span is not None]
    starts += [r.span.start for r in doc.recipients[:1] if r.span is not None]
    end = min([*starts, len(text), _HEADER_CAP])
    return min(len(text), max(end, floor))


def _header(doc: Document, text: str) -> tuple[Normalized, int]:
    """The normalised text and the end of the region searched for header parts: the header,
    and at least its first 400 characters (a flattened header may be cut short)."""
    norm = normalize(text)
    return norm, to_work(norm, header_end(doc, text, _HEADER_FLOOR))


def locate_number(doc: Document, text: str) -> Printed | None:
    """The số/ký hiệu as printed after ``Số:`` in the header, when it reads as ``doc.number``."""
    if doc.number is None:
        return None
    norm, end = _header(doc, text)
    work = norm.text
    for label in _LABEL.finditer(work, 0, end):
        token = _TOKEN.match(work, label.end())
        if token is None:
            continue
        raw = token.group(1)
        try:
            value = numbers.parse(raw)
        except ValidationError:
            continue
        if value == doc.number:
            return Printed(raw, to_original(norm, token.start(1), token.end(1)))
    return None


def locate_date(doc: Document, text: str) -> Printed | None:
    """The date of the place-and-date line as printed (``ngày ... tháng ... năm ...``)."""
    if doc.date is None:
        return None
    norm, end = _header(doc, text)
    for match in dates.finditer(norm.text, 0, end):
        if match.text[:4].casefold() in ("ngày", "ngay") and match.date == doc.date:
            return Printed(match.text, to_original(norm, match.start, match.end))
    return None


def locate_titles(doc: Document, text: str) -> dict[str, Printed]:
    """The title lines found in the header: ``national`` (Quốc hiệu), ``motto`` (Tiêu ngữ),
    ``party`` (``ĐẢNG CỘNG SẢN VIỆT NAM``)."""
    norm, end = _header(doc, text)
    found: dict[str, Printed] = {}
    for key, pattern in TITLES.items():
        match = pattern.search(norm.text, 0, end)
        if match is not None:
            found[key] = Printed(match.group(0), to_original(norm, match.start(), match.end()))
    return found
