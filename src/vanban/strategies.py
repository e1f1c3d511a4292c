"""Hypothesis strategies for property-based tests of code that handles Vietnamese official
documents (văn bản). Install the ``strategies`` extra: ``pip install vanban[strategies]``.

Every strategy draws **valid** values by default, built from vanban's own data tables (document
types, issuer codes, signing authorities) with real numbers mixed in:

* :func:`document_numbers` — số/ký hiệu whose type code matches the document type
  (``15/QĐ-BNV``, ``05/BNV-VP``, ``30/2020/NĐ-CP``, ``34-CT/TW``);
* :func:`dates` — dates (``DocumentDate``), complete or, for drafts, partly blank;
* :func:`agencies`, :func:`authorities`, :func:`signatures`, :func:`recipients`,
  :func:`citations`, :func:`provisions`, :func:`tasks`, :func:`deadlines` — the parts of a
  document;
* :func:`documents` — whole documents, consistent across their parts: the number's issuer
  code is the issuer's, a collective body (UBND, Chính phủ, a Party committee) signs ``TM.``
  (``T/M``), a ``KT.`` line is followed by a deputy's position, a công văn has a ``V/v``
  subject, ``Kính gửi`` and a Nơi nhận from ``Như trên`` to ``Lưu: VT, ...``, the body is
  numbered 1., 2., 3. / Điều 1, 2 / a), b), c), d), đ), e), g) ...;
* :func:`document_texts` — pairs ``(text, document)``: the document as
  :func:`vanban.render` writes it, passed through the layouts real text comes in (PDF columns,
  a web page's flattened header, Markdown, NFD, the other tone-mark placement ...);
* :func:`invalid_document_numbers`, :func:`invalid_dates` — pairs ``(text, rule)`` where the
  text breaks exactly one named rule of :func:`vanban.numbers.validate` /
  :func:`vanban.dates.validate`.

Installing vanban also registers these strategies with hypothesis (entry point ``hypothesis``),
so ``st.from_type(vanban.Document)`` works without importing this module; under
``HYPOTHESIS_NO_PLUGINS`` call :func:`register_type_strategies`.

>>> from hypothesis import given, settings
>>> from vanban import numbers
>>> @settings(max_examples=20)
... @given(document_numbers())
... def test_round_trip(n):
...     assert numbers.parse(numbers.format(n)) == n
>>> test_round_trip()
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Final

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - the extra is not installed
    raise ImportError("vanban.strategies needs hypothesis: pip install 'vanban[strategies]'") \
        from exc

from vanban import _strategies_build as build
from vanban import _strategies_docs as docs
from vanban import _strategies_invalid as invalid
from vanban import _strategies_text as text
from vanban.authority import Authority
from vanban.dates import DocumentDate
from vanban.enums import Family, Severity
from vanban.model import (
    Agency,
    Attachment,
    Citation,
    Deadline,
    Document,
    Finding,
    Provision,
    Recipient,
    Signature,
    Span,
    Task,
    TextBlock,
)
from vanban.numbers import DocumentNumber

__all__ = [
    "DATE_RULES",
    "LAYOUTS",
    "NUMBER_RULES",
    "VARIANTS",
    "agencies",
    "attachments",
    "authorities",
    "citations",
    "dates",
    "deadlines",
    "document_numbers",
    "document_texts",
    "documents",
    "findings",
    "invalid_dates",
    "invalid_document_numbers",
    "provisions",
    "recipients",
    "register_type_strategies",
    "signatures",
    "spans",
    "tasks",
    "text_blocks",
]

LAYOUTS: Final = text.LAYOUTS
"""The layouts of :func:`document_texts`: ``plain`` (one cell a line, as a DOCX gives it),
``columns`` (``pdftotext -layout``), ``flat`` (a web page), ``markdown``."""
VARIANTS: Final = text.VARIANTS
"""The character-level variants of :func:`document_texts`: ``nfd``, ``tone``, ``eth``,
``spacing``."""
NUMBER_RULES: Final = invalid.NUMBER_RULES
"""The rules :func:`invalid_document_numbers` breaks (``rule`` of the exceptions raised by
:func:`vanban.numbers.validate`)."""
DATE_RULES: Final = invalid.DATE_RULES
"""The rules :func:`invalid_dates` breaks (``rule`` of the exceptions raised by
:func:`vanban.dates.validate`)."""


def document_numbers(
    family: Family | str | None = None, *, type_name: str | None = None, blank: bool = False
) -> st.SearchStrategy[DocumentNumber]:
    """Valid document numbers (số, ký hiệu) of ``family``, optionally of one ``type_name``.

    The type code matches the type (NĐ 30/2020 Phụ lục III; a công văn has none, its symbol is
    ``<issuer>-<unit>``); normative numbers carry the year (Luật 64/2025 Điều 7.3); Party
    numbers are written ``<số>-<loại>/<cơ quan>``. Real numbers from the type table
    (``examples``) are mixed in. ``blank=True`` leaves the sequence number blank sometimes,
    as a draft does (``/QĐ-UBND``).

    >>> from vanban import numbers
    >>> n = document_numbers("party", type_name="Chỉ thị").example()
    >>> n.family.value, n.type_code, numbers.is_valid(str(n))
    ('party', 'CT', True)
    """
    return docs.numbers_strategy(_family(family), type_name, blank)


def dates(
    partial: bool = False,
    *,
    min_value: datetime.date = datetime.date(1945, 9, 2),
    max_value: datetime.date = datetime.date(2100, 12, 31),
) -> st.SearchStrategy[DocumentDate]:
    """Dates between ``min_value`` and ``max_value``; with ``partial=True`` the day, or the
    day and the month, are sometimes blank, as in a draft (``ngày   tháng 9 năm 2024``).

    Formatted with :func:`vanban.dates.format`, a complete date is padded as NĐ 30/2020
    Phụ lục I, I.4.b prescribes (``ngày 05 tháng 01 năm 2020``, ``ngày 29 tháng 6 năm 2019``).

    >>> from vanban import dates as vdates
    >>> d = dates().example()
    >>> vdates.validate(vdates.format(d)) == d
    True
    """
    return docs.dates_strategy(partial, min_value, max_value)


def agencies(family: Family | str | None = None) -> st.SearchStrategy[Agency]:
    """Issuing bodies as their header prints them (``ỦY BAN NHÂN DÂN TỈNH LÀO CAI``; ``SỞ NỘI
    VỤ`` under ``UBND TỈNH LÂM ĐỒNG``), with the issuer ``code`` of their ký hiệu.

    >>> a = agencies("party").example()
    >>> a.name == a.name.upper(), a.code is not None
    (True, True)
    """
    return docs.agencies_strategy(_family(family))


def authorities(family: Family | str | None = None) -> st.SearchStrategy[Authority]:
    """Authority lines of signature blocks: ``TM. ỦY BAN NHÂN DÂN``, ``KT. BỘ TRƯỞNG``,
    ``TL. CHỦ TỊCH``, ``T/M BAN THƯỜNG VỤ`` ... (prefixes of ``data/authorities.json``).

    >>> a = authorities("party").example()
    >>> a.prefix in ("T/M", "K/T", "T/L")
    True
    """
    return docs.authorities_strategy(_family(family))


def signatures(family: Family | str | None = None) -> st.SearchStrategy[Signature]:
    """Signature blocks (ô 7a–7c) as real bodies sign: ``TM. CHÍNH PHỦ`` / ``THỦ TƯỚNG``,
    ``TM. ỦY BAN NHÂN DÂN`` / ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``, ``KT. BỘ TRƯỞNG`` /
    ``THỨ TRƯỞNG``, ``T/M BAN THƯỜNG VỤ`` / ``BÍ THƯ``; a name in title case.

    >>> s = signatures("administrative").example()
    >>> all(a.family.value == "administrative" for a in s.authority), s.name.istitle()
    (True, True)
    """
    return docs.signatures_strategy(_family(family))


def recipients() -> st.SearchStrategy[Recipient]:
    """Entries of Kính gửi or Nơi nhận (``Bộ Nội vụ``, ``Như trên``, ``Lưu: VT, VP``).

    >>> isinstance(recipients().example(), Recipient)
    True
    """
    return docs.recipients_strategy()


def citations() -> st.SearchStrategy[Citation]:
    """Citations as a first mention writes them (NĐ 30/2020 Phụ lục I, II.6): type, number,
    date, issuer and subject (``Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính
    phủ về công tác văn thư``), or a law by name and date. ``text`` is the citation as
    :func:`vanban.citations.cite` would give it.

    >>> c = citations().example()
    >>> c.text.startswith(c.type_name)
    True
    """
    return docs.citations_strategy()


def provisions(family: Family | str | None = None) -> st.SearchStrategy[Provision]:
    """One numbered unit of a body with its children, numbered without gaps: an ``Điều`` with
    khoản ``1.``, ``2.`` and điểm ``a)``, ``b)`` ... (normative), or an item ``1.`` with points
    and bullets, or a Roman section ``I.`` (administrative and Party). Point letters follow the
    Vietnamese alphabet: a, b, c, d, đ, e, g, h ... (no f, j, w, z).

    >>> p = provisions("normative").example()
    >>> p.kind.value
    'article'
    """
    return docs.provisions_strategy(_family(family))


def attachments() -> st.SearchStrategy[Attachment]:
    """Attachments and appendices (``Phụ lục I``, ``Gửi kèm Quyết định số 927/QĐ-TTg``).

    >>> isinstance(attachments().example(), Attachment)
    True
    """
    return docs.attachments_strategy()


def text_blocks() -> st.SearchStrategy[TextBlock]:
    """Paragraphs kept as text (a preamble's ``Căn cứ ...;`` lines).

    >>> isinstance(text_blocks().example(), TextBlock)
    True
    """
    return st.builds(TextBlock, docs.sentences())


def spans() -> st.SearchStrategy[Span]:
    """Half-open ranges ``[start, end)`` of offsets.

    >>> s = spans().example()
    >>> 0 <= s.start <= s.end
    True
    """
    return st.integers(0, 100_000).flatmap(
        lambda start: st.integers(start, start + 2_000).map(lambda end: Span(start, end)))


def findings() -> st.SearchStrategy[Finding]:
    """Findings as :func:`vanban.parse` and :func:`vanban.checks.check` report them.

    >>> isinstance(findings().example(), Finding)
    True
    """
    codes = st.sampled_from(("parse.no-number", "parse.no-date", "parse.number", "VB101",
                             "VB104", "VB203", "VB404", "VB504"))
    return st.builds(Finding, codes, docs.sentences(), st.sampled_from(Severity),
                     st.none() | spans(), st.none() | st.sampled_from(("number", "date")))


def deadlines() -> st.SearchStrategy[Deadline]:
    """Deadlines of tasks as directives print them: ``trước ngày 15/10/2024``, ``trong quý IV
    năm 2024`` (with the day they resolve to), ``hằng tháng`` (``recurrence`` ``P1M``),
    ``trong thời hạn 15 ngày kể từ ngày ký`` (``relative``), ``kịp thời`` (vague).

    >>> d = deadlines().example()
    >>> d.date is None or d.date.is_complete
    True
    """
    return docs.deadlines_strategy()


def tasks() -> st.SearchStrategy[Task]:
    """Tasks of a directive: ``<lead> chủ trì, phối hợp với <support> <action> ..., hoàn thành
    <deadline>.``, with ``lead``, ``support``, ``action`` and ``deadline`` filled in.

    >>> t = tasks().example()
    >>> t.text.startswith(t.lead[0])
    True
    """
    return docs.tasks_strategy()


def documents(
    type_name: str | None = None, family: Family | str | None = None, draft: bool = False
) -> st.SearchStrategy[Document]:
    """Whole documents, valid under NĐ 30/2020 (administrative), the law on normative
    documents (normative) or Hướng dẫn 36-HD/VPTW (Party), optionally of one type or family.

    A drawn document is consistent: the number's issuer code is the issuer's and its type
    code the type's; the date falls in the issuer's lifetime (ministries merged in 2025 are
    not drawn after, Quốc hội khóa XV not before 2021) and in the number's year; the signature
    is the issuer's (``TM.`` for collective bodies, ``KT.`` + ``PHÓ ...``/``THỨ TRƯỞNG``);
    a công văn, tờ trình has ``Kính gửi`` and a Nơi nhận starting ``Như trên``; Nơi nhận ends
    ``Lưu: VT, <unit>`` (Party: ``Lưu <body>``); citations in the preamble are dated before
    the document and listed in ``citations``. ``draft=True`` leaves the number, the day (and
    month) or the signer's name blank sometimes, as a draft does.

    Raises :class:`hypothesis.errors.InvalidArgument` for a type no family lists, or one drawn
    documents do not cover (Hiến pháp, Lệnh, joint and consolidated texts, copies).

    >>> doc = documents("Công văn", family="administrative").example()
    >>> doc.subject is not None, doc.recipients[0].name, doc.recipients[-1].name[:8]
    (True, 'Như trên', 'Lưu: VT,')
    >>> party = documents("Công văn", family="party").example()
    >>> party.recipients[-1].name.startswith("Lưu "), party.family.value
    (True, 'party')
    """
    return build.documents(type_name, _family(family), draft)


def document_texts(
    type_name: str | None = None,
    family: Family | str | None = None,
    draft: bool = False,
    *,
    layouts: Iterable[str] | None = None,
    variants: Iterable[str] | None = None,
) -> st.SearchStrategy[tuple[str, Document]]:
    """Pairs ``(text, document)``: :func:`documents` written by :func:`vanban.render` in one of
    ``layouts`` (default: all of :data:`LAYOUTS`), with any of ``variants`` applied (default:
    all of :data:`VARIANTS`), as real text comes:

    * ``plain`` — each cell on its own line, as a DOCX extraction gives it;
    * ``columns`` — header and footer cells side by side, separated by runs of spaces, as
      ``pdftotext -layout`` gives a PDF;
    * ``flat`` — a web page: ``ISSUER ------- CỘNG HÒA ... Hạnh phúc ---------------`` on one
      line, ``Số: ... V/v ...`` on one line, the date and ``Kính gửi: ...`` on one line, the
      signature on one line (``KT. BỘ TRƯỞNG THỨ TRƯỞNG Name``);
    * ``markdown`` — ``**...**`` around the header and signature, ``***Nơi nhận:***``;
    * ``nfd`` (decomposed Unicode), ``tone`` (the other tone-mark placement: ``hòa``/``hoà``,
      ``thủy``/``thuỷ``), ``eth`` (``Ð`` U+00D0 for ``Đ``), ``spacing`` (a space before the
      number's slash, ``125 /UBND-VX``, as e-signature stamping leaves it).

    :func:`vanban.parse` reads the number, date, place, issuer, subject, addressees, signature
    and recipients of every such text back.

    >>> import vanban
    >>> text, doc = document_texts(layouts=["flat"], variants=[]).example()
    >>> vanban.parse(text).number == doc.number
    True
    """
    return text.document_texts_strategy(
        documents(type_name, family, draft), _names(layouts, LAYOUTS, "layout"),
        _names(variants, VARIANTS, "variant"))


def invalid_document_numbers(
    rules: Iterable[str] | None = None,
) -> st.SearchStrategy[tuple[str, str]]:
    """Pairs ``(text, rule)``: a number that breaks exactly the rule ``rule`` of
    :func:`vanban.numbers.validate` (one of :data:`NUMBER_RULES`, or of ``rules``), and no
    other: ``5/QĐ-BNV`` (``number.padding``), ``15 /QĐ-BNV`` (``number.spacing``) ...

    >>> from vanban import numbers
    >>> text, rule = invalid_document_numbers(["number.padding"]).example()
    >>> try:
    ...     numbers.validate(text)
    ... except ValueError as exc:
    ...     print(exc.rule == rule)
    True
    """
    return invalid.numbers_strategy(_names(rules, NUMBER_RULES, "rule"),
                                    document_numbers())


def invalid_dates(rules: Iterable[str] | None = None) -> st.SearchStrategy[tuple[str, str]]:
    """Pairs ``(text, rule)``: a date that breaks exactly the rule ``rule`` of
    :func:`vanban.dates.validate` (one of :data:`DATE_RULES`, or of ``rules``), and no other:
    ``ngày 5 tháng 3 năm 2020`` (``date.padding``), ``ngày 15 tháng 03 năm 2024``
    (``date.padding.excess``), ``ngày 30 tháng 02 năm 2024`` (``date.impossible``) ...

    >>> from vanban import dates as vdates
    >>> text, rule = invalid_dates(["date.impossible"]).example()
    >>> vdates.is_valid(text), rule
    (False, 'date.impossible')
    """
    return invalid.dates_strategy(_names(rules, DATE_RULES, "rule"),
                                  dates(min_value=datetime.date(1945, 9, 2)))


def register_type_strategies() -> None:
    """Register a strategy for every public model class with :func:`hypothesis.strategies.
    register_type_strategy`, so that ``st.from_type(vanban.Document)`` draws valid documents.

    The hypothesis entry point does this when hypothesis is imported; call it yourself only
    when plugins are disabled (``HYPOTHESIS_NO_PLUGINS``).
    """
    from vanban._hypothesis import register  # noqa: PLC0415 - the hook module imports lazily

    register()


# -- argument checking -----------------------------------------------------------------------


def _family(family: Family | str | None) -> Family | None:
    if family is None:
        return None
    try:
        return Family(family)
    except ValueError:
        known = ", ".join(f.value for f in Family)
        raise docs.invalid_argument(f"unknown family {family!r} (expected {known})") from None


def _names(given: Iterable[str] | None, known: tuple[str, ...], what: str) -> tuple[str, ...]:
    if given is None:
        return known
    if isinstance(given, str):
        given = (given,)
    chosen = tuple(given)
    unknown = [name for name in chosen if name not in known]
    if unknown:
        raise docs.invalid_argument(
            f"unknown {what} {unknown[0]!r} (expected one of {', '.join(known)})")
    return chosen

