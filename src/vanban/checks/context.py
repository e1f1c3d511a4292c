"""What a rule sees: the document, the text it was parsed from (if any) and the options.

:class:`Context` computes once, on demand, what several rules need: the printed number and date,
the title lines of the header and the family the header shows.

>>> from vanban import parse
>>> text = "ĐẢNG BỘ XÃ A\\nĐẢNG CỘNG SẢN VIỆT NAM\\nSố 05-NQ/ĐU\\nA, ngày 05 tháng 3 năm 2024\\n"
>>> ctx = Context(parse(text), text)
>>> ctx.family.value, ctx.has_title("party"), ctx.has_title("national")
('party', True, False)
"""

from __future__ import annotations

import datetime
import functools

from vanban import doctypes
from vanban.checks import spans
from vanban.enums import AuthorityKind, Family
from vanban.model import Document, Span
from vanban.normalize import Normalized, normalize

__all__ = ["Context", "looks_like_draft"]


def looks_like_draft(doc: Document) -> bool:
    """Whether the document is a draft (dự thảo): its number or its day is left blank.

    >>> from vanban import numbers, dates
    >>> looks_like_draft(Document(number=numbers.parse("/QĐ-UBND")))
    True
    >>> looks_like_draft(Document(number=numbers.parse("15/QĐ-UBND"),
    ...                           date=dates.parse("ngày 05 tháng 3 năm 2024")))
    False
    """
    if doc.number is not None and doc.number.is_blank:
        return True
    return doc.date is not None and (doc.date.day is None or doc.date.month is None)


class Context:
    """The document under check, its source ``text`` (``None`` for a document built by hand)
    and the options of :func:`~vanban.checks.check`."""

    def __init__(self, doc: Document, text: str | None = None, *, draft: bool = False,
                 today: datetime.date | None = None) -> None:
        self.doc = doc
        self.text = text
        self.draft = draft
        self.today = today

    # -- the text ------------------------------------------------------------------------

    @functools.cached_property
    def norm(self) -> Normalized | None:
        """The normalised copy of the text (NFC, one tone placement), or ``None``."""
        return normalize(self.text) if self.text is not None else None

    def work_range(self, span: Span) -> tuple[int, int]:
        """The offsets in the normalised copy of an original ``span``."""
        assert self.norm is not None
        return spans.to_work(self.norm, span.start), spans.to_work(self.norm, span.end)

    def work_slice(self, span: Span | None) -> str:
        """The normalised text of an original ``span`` (``""`` without text or span)."""
        if self.norm is None or span is None:
            return ""
        start, end = self.work_range(span)
        return self.norm.text[start:end]

    def work_span(self, start: int, end: int) -> Span:
        """The original span of ``[start, end)`` in the normalised copy."""
        assert self.norm is not None
        return spans.to_original(self.norm, start, end)

    @functools.cached_property
    def header_end(self) -> int:
        """Where the header ends, as an offset into the normalised copy (0 without text)."""
        if self.text is None or self.norm is None:
            return 0
        return spans.to_work(self.norm, spans.header_end(self.doc, self.text))

    @functools.cached_property
    def printed_number(self) -> spans.Printed | None:
        """The number as printed after ``Số:``."""
        return spans.locate_number(self.doc, self.text) if self.text is not None else None

    @functools.cached_property
    def printed_date(self) -> spans.Printed | None:
        """The date of the place-and-date line as printed."""
        return spans.locate_date(self.doc, self.text) if self.text is not None else None

    @functools.cached_property
    def titles(self) -> dict[str, spans.Printed]:
        """The title lines of the header (``national``, ``motto``, ``party``)."""
        return spans.locate_titles(self.doc, self.text) if self.text is not None else {}

    def has_title(self, key: str) -> bool:
        """Whether the header prints the title line ``key``."""
        return key in self.titles

    # -- what the document is ------------------------------------------------------------

    @functools.cached_property
    def family(self) -> Family | None:
        """The family the document belongs to.

        The header decides when it shows one: ``ĐẢNG CỘNG SẢN VIỆT NAM`` without the Quốc hiệu
        makes a Party document, the Quốc hiệu a state one (normative when the number carries a
        year or the type is normative only). Otherwise the number's family, or Party when the
        signature writes ``T/M``, ``K/T``, ``T/L``.
        """
        doc = self.doc
        if self.has_title("party") and not self.has_title("national"):
            return Family.PARTY
        if self.has_title("national"):
            if doc.number is not None and doc.number.family is not Family.PARTY:
                return doc.number.family
            return Family.NORMATIVE if self.normative_type else Family.ADMINISTRATIVE
        if doc.family is not None:
            return doc.family
        prefixes = [a.family for s in doc.signatures for a in s.authority]
        if prefixes:
            return Family.PARTY if all(f is Family.PARTY for f in prefixes) else None
        return None

    @property
    def is_state(self) -> bool:
        """Whether the document is a state document (administrative or normative)."""
        return self.family in (Family.ADMINISTRATIVE, Family.NORMATIVE)

    @functools.cached_property
    def normative_type(self) -> bool:
        """Whether the type name is one only normative documents have (Nghị định, Thông tư …)."""
        name = self.doc.type_name
        if not name:
            return False
        return (doctypes.by_name(name, Family.NORMATIVE) is not None
                and doctypes.by_name(name, Family.ADMINISTRATIVE) is None)

    @functools.cached_property
    def type_row(self) -> doctypes.DocumentType | None:
        """The row of the document type table for the type name, in the document's family."""
        name = self.doc.type_name
        if not name:
            return None
        family = self.family or Family.ADMINISTRATIVE
        return doctypes.by_name(name, family) or doctypes.by_name(name)

    @property
    def unlisted_type(self) -> bool:
        """Whether the document names a type no family lists (a ``Phiếu trình``, an internal
        form): such papers are not held to the components every văn bản carries."""
        return bool(self.doc.type_name) and self.type_row is None

    @property
    def is_cong_van(self) -> bool:
        """Whether the document is a công văn (no type name, subject after ``V/v``)."""
        return (self.doc.type_name or "").casefold() == "công văn"

    def authority_kinds(self) -> list[AuthorityKind]:
        """The kinds of the first signature's authority lines, in order."""
        sig = self.doc.signature
        return [a.kind for a in sig.authority] if sig is not None else []
