"""The document model: frozen, slotted attrs classes with tuples for collections.

A :class:`Document` holds what NĐ 30/2020 Phụ lục I calls the components (thành phần thể thức)
of a document: the issuing body (ô 2), số/ký hiệu (ô 3), place and date (ô 4), type and subject
(ô 5a/5b), the body (ô 6), the signature (ô 7), Nơi nhận (ô 9), the urgency and secrecy marks
(ô 10). Party documents (Hướng dẫn 36-HD/VPTW) have the same components, with a different header.

Spans (:class:`Span`) point into the original text a document was parsed from. They are kept out
of equality, so a document built by hand equals the same document parsed from text.

>>> from vanban import dates, numbers
>>> doc = Document(
...     type_name="Công văn",
...     number=numbers.parse("05/BNV-VP"),
...     date=dates.parse("ngày 05 tháng 3 năm 2020"),
...     place="Hà Nội",
...     issuer=Agency("BỘ NỘI VỤ"),
...     subject="nâng bậc lương năm 2019",
... )
>>> doc.family.value, str(doc.number), doc.date.isoformat()
('administrative', '05/BNV-VP', '2020-03-05')
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from vanban._pickling import by_fields
from vanban.authority import Authority
from vanban.dates import DocumentDate
from vanban.enums import (
    Confidentiality,
    Family,
    ProvisionKind,
    Relation,
    Severity,
    Urgency,
    members,
)
from vanban.numbers import DocumentNumber

__all__ = [
    "Agency",
    "Attachment",
    "Citation",
    "Deadline",
    "Document",
    "Finding",
    "Provision",
    "Recipient",
    "Signature",
    "Span",
    "Task",
    "TextBlock",
]


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


# The enum fields' converters: ``Enum(value)``, by the table it looks in first (a member or a
# value found there: one Python call, where the enum's call takes two; a parse builds ten
# thousand provisions). Spelled out one a field: attrs' mypy plugin accepts only named
# functions as converters, and a factory's closure or a wrapper would cost the call back.
_SEVERITIES: Final = members(Severity)


def _severity(value: Any) -> Severity:
    try:
        return _SEVERITIES[value]
    except (KeyError, TypeError):  # Severity raises
        return Severity(value)


_RELATIONS: Final = members(Relation)


def _relation(value: Any) -> Relation:
    try:
        return _RELATIONS[value]
    except (KeyError, TypeError):  # Relation raises
        return Relation(value)


_PROVISION_KINDS: Final = members(ProvisionKind)


def _provision_kind(value: Any) -> ProvisionKind:
    try:
        return _PROVISION_KINDS[value]
    except (KeyError, TypeError):  # ProvisionKind raises
        return ProvisionKind(value)


_URGENCIES: Final = members(Urgency)


def _urgency(value: Any) -> Urgency:
    try:
        return _URGENCIES[value]
    except (KeyError, TypeError):  # Urgency raises
        return Urgency(value)


_CONFIDENTIALITIES: Final = members(Confidentiality)


def _confidentiality(value: Any) -> Confidentiality:
    try:
        return _CONFIDENTIALITIES[value]
    except (KeyError, TypeError):  # Confidentiality raises
        return Confidentiality(value)


_FAMILIES: Final = members(Family)


def _optional_family(value: Any) -> Family | None:
    """``attrs.converters.optional(Family)``."""
    if value is None:
        return None
    try:
        return _FAMILIES[value]
    except (KeyError, TypeError):  # Family raises
        return Family(value)


def _span_field() -> Any:
    return attrs.field(default=None, eq=False, repr=False)


@by_fields
@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the original text.

    >>> text = "Số: 15/QĐ-BNV"
    >>> Span(4, 13).slice(text)
    '15/QĐ-BNV'
    """

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    def slice(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


_SET_START: Final = Span.__dict__["start"].__set__  # the slots' setters: the frozen class's
_SET_END: Final = Span.__dict__["end"].__set__      # __setattr__ refuses


def _trusted_span(start: int, end: int) -> Span:
    """``Span(start, end)`` for a caller that knows ``0 <= start <= end``: the same span,
    without the validators' two Python calls (the parser builds twenty thousand spans).

    >>> _trusted_span(4, 13) == Span(4, 13)
    True
    """
    span = object.__new__(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


@by_fields
@attrs.frozen
class Finding:
    """Something a parser or checker noticed: a rule ``code``, a message and where.

    >>> Finding("parse.no-date", "No place-and-date line was found.").severity.value
    'warning'
    """

    code: str
    message: str
    severity: Severity = attrs.field(default=Severity.WARNING, converter=_severity)
    span: Span | None = None
    field: str | None = None
    message_vi: str = ""
    fix: str = ""


@by_fields
@attrs.frozen
class Agency:
    """A body: the issuer (cơ quan ban hành) or its governing body (cơ quan chủ quản).

    ``name`` is the name as printed (``ỦY BAN NHÂN DÂN TỈNH LÀO CAI``), ``parent`` the governing
    body printed above it, ``code`` the abbreviation used in ký hiệu when known (``UBND``).

    >>> a = Agency("SỞ NỘI VỤ", parent=Agency("UBND TỈNH LÂM ĐỒNG"))
    >>> a.parent.name
    'UBND TỈNH LÂM ĐỒNG'
    """

    name: str
    parent: Agency | None = None
    code: str | None = None
    span: Span | None = _span_field()


@by_fields
@attrs.frozen
class Signature:
    """A signature block (ô 7a–7c): the authority chain, the position and the signer's name.

    >>> from vanban.authority import parse_authority
    >>> s = Signature(
    ...     authority=(parse_authority("TM. ỦY BAN NHÂN DÂN"), parse_authority("KT. CHỦ TỊCH")),
    ...     position="PHÓ CHỦ TỊCH",
    ...     name="Nguyễn Văn A",
    ... )
    >>> s.competence
    'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH'
    """

    authority: tuple[Authority, ...] = attrs.field(default=(), converter=_tuple)
    position: str = ""
    name: str = ""
    span: Span | None = _span_field()

    @property
    def competence(self) -> str:
        """The authority lines joined with `` / `` (the record's ``Competence``)."""
        return " / ".join(str(a) for a in self.authority)


@by_fields
@attrs.frozen
class Recipient:
    """An addressee (Kính gửi) or an entry of Nơi nhận.

    ``group`` is the sub-heading of Nơi nhận the entry sits under (``Gửi bản điện tử``), if any.

    >>> Recipient("Lưu: VT, TCBC").is_archive
    True
    """

    name: str
    group: str | None = None
    span: Span | None = _span_field()

    @property
    def is_archive(self) -> bool:
        """Whether this is the ``Lưu: VT, ...`` entry that closes Nơi nhận."""
        return self.name.casefold().lstrip("- ").startswith("lưu")


@by_fields
@attrs.frozen
class Citation:
    """A reference to another document (viện dẫn), as found in running text.

    ``type_name`` is the type as written (``Nghị định``; ``None`` for ``văn bản số ...``),
    ``title`` the name of a law cited by name or the abstract that follows the citation,
    ``pinpoint`` the structural unit cited (``điểm a khoản 2 Điều 5``), ``relation`` what the
    citing text does with it, ``text`` the citation as printed. ``is_self`` marks a reference
    to the citing document itself (``Quyết định này``, ``Điều 1``); ``refers_to`` is, for a
    later short mention (``Công văn nêu trên``), the index of the full citation it resolves to
    in the same list.

    >>> from vanban import numbers
    >>> c = Citation(type_name="Nghị định", number=numbers.parse("30/2020/NĐ-CP"))
    >>> c.number.family.value
    'normative'
    """

    type_name: str | None = None
    number: DocumentNumber | None = None
    date: DocumentDate | None = None
    issuer: str | None = None
    title: str | None = None
    pinpoint: str | None = None
    relation: Relation = attrs.field(default=Relation.REFERENCE, converter=_relation)
    is_self: bool = False
    text: str = attrs.field(default="", eq=False)
    span: Span | None = _span_field()
    refers_to: int | None = attrs.field(default=None, eq=False)


_CITATION_SETTERS: Final = tuple(Citation.__dict__[field.name].__set__
                                 for field in attrs.fields(Citation))


def _trusted_citation(type_name: str | None, number: DocumentNumber | None,
                      date: DocumentDate | None, issuer: str | None, title: str | None,
                      pinpoint: str | None, relation: Relation, is_self: bool, text: str,
                      span: Span | None, refers_to: int | None) -> Citation:
    """``Citation(...)`` of every field in order, for a caller that passes a member of
    Relation: the same citation, without the converter (:func:`vanban.citations.cite` builds
    one per citation).

    >>> _trusted_citation("Luật", None, None, None, "Đất đai", None, Relation.BASIS, False,
    ...                   "Luật Đất đai", None, None) == Citation("Luật", title="Đất đai",
    ...                                                          relation="basis")
    True
    """
    citation = object.__new__(Citation)
    type_, number_, date_, issuer_, title_, pin_, relation_, self_, text_, span_, ref_ = (
        _CITATION_SETTERS)
    type_(citation, type_name)
    number_(citation, number)
    date_(citation, date)
    issuer_(citation, issuer)
    title_(citation, title)
    pin_(citation, pinpoint)
    relation_(citation, relation)
    self_(citation, is_self)
    text_(citation, text)
    span_(citation, span)
    ref_(citation, refers_to)
    return citation


@by_fields
@attrs.frozen
class Provision:
    """A unit of the numbered body, with its children.

    ``label`` is the unit as numbered (``Điều 5``, ``Chương II``, ``1``, ``a``, ``-``),
    ``title`` its heading, ``text`` the text that follows the heading before any child. The
    numbered items of a directive (``1.``, ``2.``) are its tasks.

    >>> p = Provision(ProvisionKind.ARTICLE, "Điều 1", title="Phạm vi điều chỉnh")
    >>> p.kind.value, p.label
    ('article', 'Điều 1')
    """

    kind: ProvisionKind = attrs.field(converter=_provision_kind)
    label: str
    title: str = ""
    text: str = ""
    children: tuple[Provision, ...] = attrs.field(default=(), converter=_tuple)
    span: Span | None = _span_field()

    def walk(self) -> tuple[Provision, ...]:
        """This provision and all its descendants, in document order."""
        out: list[Provision] = [self]
        for child in self.children:
            out.extend(child.walk())
        return tuple(out)


_PROVISION_SETTERS: Final = tuple(Provision.__dict__[field.name].__set__
                                  for field in attrs.fields(Provision))


def _trusted_provision(kind: ProvisionKind, label: str, title: str, text: str,
                       children: tuple[Provision, ...], span: Span | None) -> Provision:
    """``Provision(kind, label, title, text, children, span)`` for a caller that passes a
    member of ProvisionKind and a tuple: the same provision, without the converters (the
    parser builds one per unit of a body).

    >>> _trusted_provision(ProvisionKind.ITEM, "1", "", "", (), None) == Provision("item", "1")
    True
    """
    provision = object.__new__(Provision)
    kind_, label_, title_, text_, children_, span_ = _PROVISION_SETTERS
    kind_(provision, kind)
    label_(provision, label)
    title_(provision, title)
    text_(provision, text)
    children_(provision, children)
    span_(provision, span)
    return provision


@by_fields
@attrs.frozen
class Attachment:
    """An attachment or appendix: ``Gửi kèm ...``, ``Phụ lục I``, ``(Kèm theo ...)``."""

    title: str
    span: Span | None = _span_field()


@by_fields
@attrs.frozen
class TextBlock:
    """A run of lines kept as text: unnumbered body paragraphs, unrecognised lines."""

    text: str
    span: Span | None = _span_field()


@by_fields
@attrs.frozen
class Deadline:
    """When a task is due, as printed: ``text``, and what it resolves to.

    ``date`` is the last day the task may be done on, when the text allows it to be computed
    (``trước ngày 15/10/2024``; ``trong quý IV năm 2024`` is the quarter's last day; a period
    counted from the document's date, ``trong thời hạn 15 ngày kể từ ngày ký``, is added to it
    with :class:`dateutil.relativedelta.relativedelta`); ``None`` for vague ones (``kịp thời``,
    ``sớm``), recurring ones and periods counted from an unknown day. ``recurrence`` is an
    ISO 8601 duration (``P1M`` for ``hằng tháng``, ``P6M`` for ``định kỳ 6 tháng``).
    ``relative`` marks a period counted from an event (``kể từ ngày ký``, ``kể từ ngày nhận
    được văn bản``).

    >>> from vanban.dates import DocumentDate
    >>> d = Deadline("trước ngày 15/10/2024", DocumentDate(2024, 10, 15))
    >>> d.date.isoformat(), d.recurrence, d.relative
    ('2024-10-15', None, False)
    >>> Deadline("hằng tháng", recurrence="P1M").date is None
    True
    """

    text: str
    date: DocumentDate | None = None
    recurrence: str | None = None
    relative: bool = False
    span: Span | None = _span_field()


@by_fields
@attrs.frozen
class Task:
    """A task of a directive: a numbered item (or a dash under an item that names a body)
    saying who must do what, by when.

    ``label`` is the path of the item (``2.b``, ``II.3``; ``2.-1`` is the first dash of item 2;
    ``#3`` an item printed without a label, by its place);
    ``lead`` the bodies that lead it (chủ trì), ``support`` those that take part (phối hợp);
    ``inherited`` is true when the item names no lead itself and ``lead`` comes from the item
    above it, the sentence that introduces the items or the addressees (Kính gửi). ``action``
    is the verb phrase of the task (``rà soát``), ``deadline`` when it is due, ``report_to``
    and ``report_deadline`` the body a report of it goes to and when (``báo cáo Thủ tướng
    Chính phủ trước ngày 30/9/2024``), ``targets`` the figures it aims at (``100% ...``,
    ``ít nhất 01 triệu căn nhà ở xã hội``, ``đến năm 2030``).

    >>> t = Task("4", "Bộ Công Thương chủ trì, phối hợp với các cơ quan liên quan rà soát ...",
    ...          lead=["Bộ Công Thương"], support=["các cơ quan liên quan"], action="rà soát")
    >>> t.lead, t.assignees
    (('Bộ Công Thương',), ('Bộ Công Thương', 'các cơ quan liên quan'))
    """

    label: str
    text: str = ""
    lead: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    support: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    inherited: bool = False
    action: str | None = None
    deadline: Deadline | None = None
    report_to: str | None = None
    report_deadline: Deadline | None = None
    targets: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    span: Span | None = _span_field()

    @property
    def assignees(self) -> tuple[str, ...]:
        """The lead bodies, then the supporting ones."""
        return self.lead + self.support


def _family_of(doc: Document) -> Family | None:
    return doc.number.family if doc.number is not None else None


@by_fields
@attrs.frozen
class Document:
    """A Vietnamese official document (văn bản).

    Every field is optional, so partial documents (drafts, documents whose header was lost)
    can be represented; :mod:`vanban` records what it had to guess as ``findings``.
    ``family`` defaults to the number's family. ``spans`` maps the header's fields to where
    the parsed text printed them (see :meth:`span_of`); ``unrecognised`` keeps the text the
    parser could place nowhere else.
    """

    type_name: str | None = None
    number: DocumentNumber | None = None
    family: Family | None = attrs.field(
        default=attrs.Factory(_family_of, takes_self=True),
        converter=_optional_family,
    )
    date: DocumentDate | None = None
    place: str | None = None
    issuer: Agency | None = None
    subject: str | None = None
    addressees: tuple[Recipient, ...] = attrs.field(default=(), converter=_tuple)
    preamble: tuple[TextBlock, ...] = attrs.field(default=(), converter=_tuple)
    body: tuple[Provision, ...] = attrs.field(default=(), converter=_tuple)
    signatures: tuple[Signature, ...] = attrs.field(default=(), converter=_tuple)
    recipients: tuple[Recipient, ...] = attrs.field(default=(), converter=_tuple)
    urgency: Urgency = attrs.field(default=Urgency.NONE, converter=_urgency)
    confidentiality: Confidentiality = attrs.field(
        default=Confidentiality.NONE, converter=_confidentiality
    )
    attachments: tuple[Attachment, ...] = attrs.field(default=(), converter=_tuple)
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    tasks: tuple[Task, ...] = attrs.field(default=(), converter=_tuple)
    unrecognised: tuple[TextBlock, ...] = attrs.field(default=(), converter=_tuple, eq=False)
    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_tuple, eq=False)
    spans: tuple[tuple[str, Span], ...] = attrs.field(
        default=(), converter=_tuple, eq=False, repr=False
    )

    def _repr_html_(self) -> str:
        """The document as HTML for notebooks: header, signature, a collapsible body."""
        from vanban._html import document_html  # noqa: PLC0415 - loaded when displayed

        return document_html(self)

    @property
    def frbr_uri(self) -> str:
        """The Akoma Ntoso FRBR work URI (``/akn/vn/act/nghi-dinh/cp/2020-03-05/...``); see
        :func:`vanban.identifiers.frbr_uri`."""
        from vanban.identifiers import frbr_uri  # noqa: PLC0415 - identifiers imports the model

        return frbr_uri(self)

    def span_of(self, field: str) -> Span | None:
        """Where the parsed text printed ``field`` (``number``, ``date``, ``place``,
        ``type_name``, ``subject``, ``urgency``, ``national_title``), if it was parsed.

        >>> Document().span_of("number") is None
        True
        """
        for name, span in self.spans:
            if name == field:
                return span
        return None

    @property
    def implements(self) -> tuple[Citation, ...]:
        """The higher documents this one carries out, each once (by number), in order.

        These are the citations whose relation is ``implements`` (``Thực hiện ...``,
        ``Triển khai ...``) and, for administrative documents, ``basis`` (``Căn cứ ...``):
        following them walks a corpus from a commune's letter up to the Party directive.
        Short mentions (``Công văn nêu trên``) and the document itself are left out.

        >>> from vanban import numbers
        >>> c = Citation("Chỉ thị", numbers.parse("34-CT/TW"), relation="implements")
        >>> [str(x.number) for x in Document(citations=[c, c]).implements]
        ['34-CT/TW']
        """
        administrative = self.family in (Family.ADMINISTRATIVE, None)
        wanted = (Relation.IMPLEMENTS, Relation.BASIS) if administrative else (
            Relation.IMPLEMENTS,)
        seen: set[object] = set()
        out: list[Citation] = []
        for c in self.citations:
            if c.relation not in wanted or c.is_self or c.refers_to is not None:
                continue
            key: object = (str(c.number) if c.number is not None
                           else (c.type_name, (c.title or c.text).casefold()))
            if key not in seen:
                seen.add(key)
                out.append(c)
        return tuple(out)

    @property
    def signature(self) -> Signature | None:
        """The first signature block, if any."""
        return self.signatures[0] if self.signatures else None
