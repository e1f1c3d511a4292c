"""edXML packages (QCVN 102:2016/BTTTT): how electronic documents travel between the document
management systems of Vietnamese bodies, and the status notices sent back.

:func:`to_edxml` writes a document package with the element names, order and namespace of the
reference library that Văn phòng Chính phủ gives integrators (``EdXML102``): the root ``edXML``
with the default namespace ``http://www.mic.gov.vn/TBT/QCVN_102_2016``, ``edXML:edXMLEnvelope``
holding ``edXMLHeader`` (``MessageHeader``, ``TraceHeaderList``) and ``edXMLBody``, and
``AttachmentEncoded`` beside the envelope. Its spellings are part of the format and are kept:
``Bussiness``, ``BussinessDocType``, ``TyperNotation``. Dates are ``yyyy/MM/dd``, timestamps
``yyyy/MM/dd HH:mm:ss``. The fields are those of NĐ 30/2020 Phụ lục VI, which reuses the edXML
names (``CodeNumber``, ``CodeNotation``, ``PromulgationDate``, ``OrganName``, ``Subject``,
``SignerInfo``, ``ToPlaces``, ``Priority``).

:func:`from_edxml` and :func:`read_edxml` read what real systems send: elements by local name
under any prefix and in any order, ``Business*`` for ``Bussiness*``, ``OrganInCharge`` for
``OrganizationInCharge``, dates ``dd/MM/yyyy`` and ``yyyy-MM-dd``. Input is untrusted: a
DOCTYPE (so any entity) is refused, as is input over ``max_bytes`` (20 MB by default), and
anything that is not an edXML package raises :class:`EdxmlError`.

Status packages (mã trạng thái 01–06, 13, 15, 16) are :class:`StatusPackage`:
:func:`status_to_edxml`, :func:`status_from_edxml` (``MessageHeader`` or Bkav's ``Status``).

>>> from vanban import Agency, Document, Signature, dates, numbers
>>> doc = Document(type_name="Công văn", number=numbers.parse("7816/VPCP-TTĐT"),
...                date=dates.parse("20/9/2018"), place="Hà Nội",
...                issuer=Agency("VĂN PHÒNG CHÍNH PHỦ"), subject="triển khai hệ thống",
...                signatures=[Signature(name="Nguyễn Văn A")])
>>> data = to_edxml(doc, sender="000.00.00.G22", timestamp=datetime.datetime(2018, 9, 20, 8, 0))
>>> print(data.decode().splitlines()[1])
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">
>>> package = read_edxml(data)
>>> package.document_id, package.document == doc
('000.00.00.G22,2018/09/20,7816/VPCP-TTĐT', True)
"""

from __future__ import annotations

import base64
import binascii
import datetime
import enum
import hashlib
import re
from collections.abc import Iterable
from typing import Final

import attrs

from vanban import _xml, numbers
from vanban._edxml_codes import PRIORITY_OF, TYPE_DETAIL, URGENCY_OF
from vanban._xml import Element, Node
from vanban.authority import Authority, parse_authority
from vanban.dates import DocumentDate
from vanban.enums import Family, Severity, Urgency
from vanban.errors import ValidationError, VanbanError
from vanban.model import Agency, Attachment, Document, Finding, Recipient, Signature
from vanban.numbers import DocumentNumber
from vanban.orgid import OrganId

__all__ = [
    "NAMESPACE",
    "EdxmlError",
    "EdxmlFile",
    "EdxmlPackage",
    "Organization",
    "ResponseFor",
    "StaffInfo",
    "StatusCode",
    "StatusPackage",
    "from_edxml",
    "read_edxml",
    "status_from_edxml",
    "status_to_edxml",
    "to_edxml",
]

NAMESPACE: Final = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
_P: Final = "edXML:"
_STAMP: Final = "%Y/%m/%d %H:%M:%S"
_REASONS: Final = {0: "Văn bản điện tử mới", 1: "Thu hồi văn bản điện tử",
                   2: "Cập nhật văn bản điện tử", 3: "Thay thế văn bản điện tử"}
_VN: Final = datetime.timezone(datetime.timedelta(hours=7))


class EdxmlError(VanbanError, ValueError):
    """The input is not a readable edXML package, or is unsafe (DOCTYPE, too large)."""


@attrs.frozen
class Organization:
    """A body in a ``From`` or ``To`` block (QCVN 102:2016; NĐ 30/2020 Phụ lục VI ``OrganId``,
    ``OrganName``): ``organ_id`` is its mã định danh as written (see :mod:`vanban.orgid`),
    ``in_charge`` its cơ quan chủ quản."""

    organ_id: str = ""
    name: str = ""
    in_charge: str = ""
    address: str = ""
    email: str = ""
    telephone: str = ""
    fax: str = ""
    website: str = ""

    @property
    def organ(self) -> OrganId | None:
        """``organ_id`` parsed, or ``None`` when it is not a valid identifier."""
        from vanban import orgid  # noqa: PLC0415 - small module, imported when asked

        try:
            return orgid.parse(self.organ_id)
        except ValidationError:
            return None


@attrs.frozen
class EdxmlFile:
    """An attached file (``AttachmentEncoded/Attachment``): the document itself, an appendix."""

    name: str
    data: bytes = attrs.field(repr=False)
    content_type: str = "application/pdf"
    description: str = ""
    content_id: str = ""

    @property
    def cid(self) -> str:
        """The ``ContentId``: the given one, or ``cid:`` and a digest of the data."""
        return self.content_id or "cid:" + hashlib.sha256(self.data).hexdigest()[:32]


@attrs.frozen
class EdxmlPackage:
    """A document package read back: the document and what the envelope says around it."""

    document: Document
    sender: Organization | None = None
    receivers: tuple[Organization, ...] = ()
    document_id: str = ""
    business_type: int | None = None
    business_reason: str = ""
    traces: tuple[tuple[str, datetime.datetime | None], ...] = ()
    files: tuple[EdxmlFile, ...] = ()


class StatusCode(enum.StrEnum):
    """Mã trạng thái of a status package (VPCP SDK ``EdXmlStatus102``)."""

    INBOX = "01"  # Đã đến
    REJECTED = "02"  # Từ chối tiếp nhận
    ACCEPTED = "03"  # Đã tiếp nhận (vào sổ)
    ASSIGNED = "04"  # Phân công xử lý
    PROCESSING = "05"  # Đang xử lý
    FINISHED = "06"  # Hoàn thành
    CANCELLED = "13"  # Lấy lại (the sender withdraws)
    CHANGE_ACCEPTED = "15"  # Đồng ý cập nhật, thu hồi
    CHANGE_REJECTED = "16"  # Từ chối cập nhật, thu hồi


@attrs.frozen
class ResponseFor:
    """The document a status answers: its sender's id, số/ký hiệu, date and document id."""

    organ_id: str = ""
    code: str = ""
    promulgation_date: DocumentDate | None = None
    document_id: str = ""


@attrs.frozen
class StaffInfo:
    """The person who handled the document (``StaffInfo``)."""

    department: str = ""
    staff: str = ""
    mobile: str = ""
    email: str = ""


@attrs.frozen
class StatusPackage:
    """A status notice (gói tin trạng thái). ``status_code`` is kept as written (``"05"``);
    :attr:`status` is the known code, if it is one.

    >>> s = StatusPackage("05", description="Đang xử lý",
    ...                   timestamp=datetime.datetime(2024, 5, 6, 9, 15))
    >>> status_from_edxml(status_to_edxml(s)) == s, s.status
    (True, <StatusCode.PROCESSING: '05'>)
    """

    status_code: str
    description: str = ""
    sender: Organization | None = None
    response_for: ResponseFor | None = None
    timestamp: datetime.datetime | None = None
    staff: StaffInfo | None = None

    @property
    def status(self) -> StatusCode | None:
        """The code as a :class:`StatusCode`, or ``None`` for a code not in the list."""
        try:
            return StatusCode(self.status_code)
        except ValueError:
            return None


# -- writing ----------------------------------------------------------------------------------


def _e(name: str, text: str | None = None, *children: Element | None) -> Element:
    return Element(_P + name, text, *children)


def _organization(tag: str, org: Organization) -> Element:
    return _e(tag, None, _e("OrganId", org.organ_id), _e("OrganizationInCharge", org.in_charge),
              _e("OrganName", org.name), _e("OrganAdd", org.address), _e("Email", org.email),
              _e("Telephone", org.telephone), _e("Fax", org.fax), _e("Website", org.website))


def _in_charge(agency: Agency | None) -> str:
    names = []
    parent = agency.parent if agency is not None else None
    while parent is not None:
        names.append(parent.name)
        parent = parent.parent
    return " ".join(reversed(names))


def _as_org(value: Organization | OrganId | str, doc: Document | None) -> Organization:
    if isinstance(value, Organization):
        return value
    if doc is None or doc.issuer is None:
        return Organization(organ_id=str(value))
    return Organization(organ_id=str(value), name=doc.issuer.name, in_charge=_in_charge(doc.issuer))


def _date(d: DocumentDate | None) -> str:
    if d is None or not d.is_complete:
        return ""
    return f"{d.year:04d}/{d.month:02d}/{d.day:02d}"


def _document_id(sender: Organization, doc: Document) -> str:
    number = doc.number
    code = f"{number.code_number}/{number.notation}" if number is not None else ""
    return f"{sender.organ_id},{_date(doc.date)},{code}"


def to_edxml(
    doc: Document,
    *,
    sender: Organization | OrganId | str | None = None,
    receivers: Iterable[Organization | OrganId | str] = (),
    files: Iterable[EdxmlFile] = (),
    document_id: str | None = None,
    business_type: int = 0,
    timestamp: datetime.datetime | None = None,
) -> bytes:
    """Write ``doc`` as an edXML document package (UTF-8 bytes).

    ``sender`` is the sending body (an :class:`Organization`, or its mã định danh, the names
    then coming from ``doc.issuer``); ``receivers`` the bodies of the ``To`` blocks (by default
    one per addressee of ``Kính gửi``, without an identifier). ``document_id`` defaults to the
    convention ``{OrganId},{yyyy/MM/dd},{CodeNumber}/{CodeNotation}``; ``business_type`` is
    ``BussinessDocType`` (0 new, 1 revoke, 2 update, 3 replace); ``timestamp`` that of the
    ``TraceHeader`` (now, Vietnam time, by default). Only the first signature fits
    ``SignerInfo``; a date with a blank part is written empty.
    """
    source = _as_org(sender, doc) if sender is not None else Organization(
        name=doc.issuer.name if doc.issuer else "", in_charge=_in_charge(doc.issuer))
    targets = [_as_org(r, None) for r in receivers] or [
        Organization(name=r.name) for r in doc.addressees]
    number = doc.number
    signature = doc.signature
    stamp = timestamp or datetime.datetime.now(_VN).replace(tzinfo=None, microsecond=0)
    doc_id = document_id if document_id is not None else _document_id(source, doc)
    priority = PRIORITY_OF[doc.urgency]
    header = _e(
        "MessageHeader", None,
        _organization("From", source),
        *(_organization("To", t) for t in targets),
        _e("DocumentId", doc_id),
        _e("Code", None, _e("CodeNumber", number.code_number if number else ""),
           _e("CodeNotation", number.notation if number else "")),
        _e("PromulgationInfo", None, _e("Place", doc.place or ""),
           _e("PromulgationDate", _date(doc.date))),
        _e("DocumentType", None, _e("Type", "1" if doc.family is Family.NORMATIVE else "2"),
           _e("TypeDetail", str(TYPE_DETAIL.get((doc.type_name or "").casefold(), 0))),
           _e("TypeName", doc.type_name or "")),
        _e("Subject", doc.subject or ""),
        _e("Content", doc.subject or ""),
        _e("SignerInfo", None, _e("Competence", signature.competence if signature else ""),
           _e("Position", signature.position if signature else ""),
           _e("FullName", signature.name if signature else "")),
        _e("DueDate"),
        _e("OtherInfo", None, _e("Priority", str(priority)), _e("SphereOfPromulgation"),
           _e("TyperNotation"), _e("PromulgationAmount"), _e("PageAmount"),
           _e("Appendixes", None, *(_e("Appendix", a.title) for a in doc.attachments))),
        _e("SteeringType", "0"),
        _e("ToPlaces", None, *(_e("Place", r.name) for r in doc.recipients)),
    )
    trace = _e(
        "TraceHeaderList", None,
        _e("TraceHeader", None, _e("OrganId", source.organ_id),
           _e("Timestamp", stamp.strftime(_STAMP))),
        _e("Bussiness", None, _e("DocumentId", doc_id),
           _e("BussinessDocType", str(business_type)),
           _e("BussinessDocReason", _REASONS.get(business_type, "")), _e("Paper", "0"),
           _e("StaffInfo", None, _e("Department"), _e("Staff"), _e("Email"), _e("Mobile"))),
    )
    attached = list(files)
    manifest = _e("edXMLManifest", None, *(
        _e("Reference", None, _e("ContentId", f.cid), _e("ContentType", f.content_type),
           _e("Description", f.description), _e("AttachmentName", f.name)) for f in attached))
    manifest.attributes["version"] = "1.0"
    envelope = Element(_P + "edXMLEnvelope", None, _e("edXMLHeader", None, header, trace),
                       _e("edXMLBody", None, manifest), attributes={"xmlns:edXML": NAMESPACE})
    encoded = Element("AttachmentEncoded", None, *(
        Element("Attachment", None, Element("ContentId", f.cid), Element("AttachmentName", f.name),
                Element("Description", f.description), Element("ContentType", f.content_type),
                Element("ContentTransferEncoded", base64.b64encode(f.data).decode("ascii")))
        for f in attached))
    root = Element("edXML", None, envelope, encoded, attributes={"xmlns": NAMESPACE})
    return _xml.write(root)


def status_to_edxml(status: StatusPackage) -> bytes:
    """Write a status package (QCVN 102:2016; order of the reference ``MessageStatus``)."""
    r = status.response_for
    staff = status.staff or StaffInfo()
    header = _e(
        "MessageHeader", None,
        _e("ResponseFor", None, _e("OrganId", r.organ_id), _e("Code", r.code),
           _e("PromulgationDate", _date(r.promulgation_date)),
           _e("DocumentId", r.document_id)) if r is not None else None,
        _organization("From", status.sender or Organization()),
        _e("StatusCode", status.status_code),
        _e("Description", status.description),
        _e("Timestamp", status.timestamp.strftime(_STAMP) if status.timestamp else ""),
        _e("StaffInfo", None, _e("Department", staff.department), _e("Staff", staff.staff),
           _e("Mobile", staff.mobile), _e("Email", staff.email)),
    )
    envelope = Element(_P + "edXMLEnvelope", None, _e("edXMLHeader", None, header),
                       attributes={"xmlns:edXML": NAMESPACE})
    return _xml.write(Element("edXML", None, envelope, attributes={"xmlns": NAMESPACE}))


# -- reading ----------------------------------------------------------------------------------

_DATE_FORMS: Final = (
    (re.compile(r"(\d{4})[/-](\d{1,2})[/-](\d{1,2})"), (1, 2, 3)),
    (re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})"), (3, 2, 1)),
)
_TIME: Final = re.compile(r"[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")


def _read_date(text: str) -> DocumentDate | None:
    """``yyyy/MM/dd`` (QCVN 102), ``dd/MM/yyyy`` (Bkav), ``yyyy-MM-dd``; a time part is ignored."""
    text = text.strip()
    for regex, order in _DATE_FORMS:
        m = regex.match(text)
        if m is not None:
            year, month, day = (int(m[i]) for i in order)
            value = DocumentDate(year, month, day)
            value.to_date()  # raises InvalidDate for an impossible date
            return value
    raise EdxmlError(f"unreadable date {text!r}")


def _read_stamp(text: str) -> datetime.datetime | None:
    if not text.strip():
        return None
    day = _read_date(text)
    assert day is not None and day.year and day.month and day.day
    m = _TIME.search(text.strip())
    hour, minute, second = (int(m[1]), int(m[2]), int(m[3] or 0)) if m else (0, 0, 0)
    return datetime.datetime(day.year, day.month, day.day, hour, minute, second)


def _root(data: bytes | str, max_bytes: int) -> Node:
    try:
        root = _xml.parse(data, max_bytes=max_bytes)
    except _xml.XMLError as exc:
        raise EdxmlError(str(exc)) from None
    if root.name not in ("edXML", "Envelope"):
        raise EdxmlError(f"not an edXML package: the root element is <{root.qname}>")
    return root


def _message_header(root: Node) -> Node:
    header = root.find("MessageHeader", "Status")
    if header is None:
        raise EdxmlError("not an edXML package: no MessageHeader")
    return header


def _read_org(node: Node | None) -> Organization | None:
    if node is None:
        return None
    org = Organization(
        organ_id=node.value("OrganId"), name=node.value("OrganName"),
        in_charge=node.value("OrganizationInCharge", "OrganInCharge"),
        address=node.value("OrganAdd"), email=node.value("Email"),
        telephone=node.value("Telephone"), fax=node.value("Fax"), website=node.value("Website"))
    return None if org == Organization() else org


def _read_number(code: Node | None, findings: list[Finding]) -> DocumentNumber | None:
    if code is None:
        return None
    digits, notation = code.value("CodeNumber"), code.value("CodeNotation")
    if not digits and not notation:
        return None
    # A Party notation is "<type>/<issuer>" (34-CT/TW); a state one has no slash but a year's.
    party = "/" in notation and not re.match(r"\d{4}/", notation)
    text = f"{digits}{'-' if party else '/'}{notation}"
    try:
        return numbers.parse(text)
    except ValidationError as exc:
        findings.append(Finding("edxml.number", f"Unreadable number {text!r}: {exc.message}",
                                Severity.WARNING, field="number"))
        return None


def _read_signature(info: Node | None, findings: list[Finding]) -> tuple[Signature, ...]:
    if info is None:
        return ()
    competence, position, name = (info.value(k) for k in ("Competence", "Position", "FullName"))
    if not (competence or position or name):
        return ()
    chain: list[Authority] = []
    for line in filter(None, (p.strip() for p in competence.split(" / "))):
        try:
            chain.append(parse_authority(line))
        except ValidationError:
            findings.append(Finding("edxml.competence", f"Unreadable authority {line!r}.",
                                    field="signatures"))
    return (Signature(authority=chain, position=position, name=name),)


def _read_files(root: Node) -> tuple[EdxmlFile, ...]:
    encoded = root.first("AttachmentEncoded") or root.find("AttachmentEncoded")
    if encoded is None:
        return ()
    out = []
    for node in encoded.all("Attachment"):
        raw = "".join(node.value("ContentTransferEncoded").split())
        try:
            data = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            raise EdxmlError(f"attachment {node.value('AttachmentName')!r} is not base64") from None
        cid = node.value("ContentId")
        out.append(EdxmlFile(name=node.value("AttachmentName"), data=data,
                             content_type=node.value("ContentType"),
                             description=node.value("Description"),
                             content_id=cid if cid.startswith("cid:") or not cid else "cid:" + cid))
    return tuple(out)


def read_edxml(data: bytes | str, *, max_bytes: int = _xml.DEFAULT_MAX_BYTES) -> EdxmlPackage:
    """Read a document package: the document and its envelope (sender, receivers, files).

    Raise :class:`EdxmlError` for input that is not XML, is unsafe or too large, is not an
    edXML package, or is a status package (read those with :func:`status_from_edxml`).
    """
    root = _root(data, max_bytes)
    header = _message_header(root)
    if header.first("StatusCode") is not None:
        raise EdxmlError("this is a status package: read it with status_from_edxml()")
    findings: list[Finding] = []
    number = _read_number(header.first("Code"), findings)
    info = header.first("PromulgationInfo")
    date = None
    if info is not None and info.value("PromulgationDate"):
        try:
            date = _read_date(info.value("PromulgationDate"))
        except (EdxmlError, ValidationError) as exc:
            findings.append(Finding("edxml.date", str(exc), field="date"))
    sender = _read_org(header.first("From"))
    receivers = tuple(o for o in map(_read_org, header.all("To")) if o is not None)
    issuer = None
    if sender is not None and sender.name:
        parent = Agency(sender.in_charge) if sender.in_charge and (
            sender.in_charge != sender.name) else None
        issuer = Agency(sender.name, parent=parent)
    other = header.first("OtherInfo")
    priority = other.value("Priority") if other is not None else ""
    urgency = URGENCY_OF.get(priority, Urgency.NONE)
    if priority and priority not in URGENCY_OF:
        findings.append(Finding("edxml.priority", f"Unknown Priority {priority!r}.",
                                field="urgency"))
    appendixes = other.first("Appendixes") if other is not None else None
    places = header.first("ToPlaces")
    doc = Document(
        type_name=header.find("TypeName").text if header.find("TypeName") else None,  # type: ignore[union-attr]
        number=number, date=date,
        place=info.value("Place") or None if info is not None else None,
        issuer=issuer,
        subject=header.value("Subject") or header.value("Content") or None,
        addressees=tuple(Recipient(o.name) for o in receivers if o.name),
        signatures=_read_signature(header.first("SignerInfo"), findings),
        recipients=tuple(Recipient(p.text) for p in places.all("Place") if p.text)
        if places is not None else (),
        urgency=urgency,
        attachments=tuple(Attachment(a.text) for a in appendixes.all("Appendix") if a.text)
        if appendixes is not None else (),
        findings=tuple(findings),
    )
    if doc.type_name == "":
        doc = attrs.evolve(doc, type_name=None)
    business = root.find("Bussiness", "Business")
    kind = business.value("BussinessDocType", "BusinessDocType") if business else ""
    traces = tuple((t.value("OrganId"), _read_stamp(t.value("Timestamp")))
                   for t in (root.find("TraceHeaderList") or header).all("TraceHeader"))
    return EdxmlPackage(
        document=doc, sender=sender, receivers=receivers,
        document_id=header.value("DocumentId") or (business.value("DocumentId") if business
                                                   else ""),
        business_type=int(kind) if kind.isdecimal() and len(kind) < 19 else None,
        business_reason=business.value("BussinessDocReason", "BusinessDocReason")
        if business else "",
        traces=traces, files=_read_files(root))


def from_edxml(data: bytes | str, *, max_bytes: int = _xml.DEFAULT_MAX_BYTES) -> Document:
    """Read the document of an edXML package (see :func:`read_edxml`)."""
    return read_edxml(data, max_bytes=max_bytes).document


def status_from_edxml(data: bytes | str, *,
                      max_bytes: int = _xml.DEFAULT_MAX_BYTES) -> StatusPackage:
    """Read a status package (``MessageHeader`` or ``Status`` holding a ``StatusCode``)."""
    root = _root(data, max_bytes)
    header = _message_header(root)
    code = header.value("StatusCode")
    if not code:
        raise EdxmlError("not a status package: no StatusCode")
    r = header.first("ResponseFor")
    response = None
    if r is not None:
        when = r.value("PromulgationDate")
        response = ResponseFor(organ_id=r.value("OrganId"), code=r.value("Code"),
                               promulgation_date=_read_date(when) if when else None,
                               document_id=r.value("DocumentId"))
    staff_node = header.first("StaffInfo")
    staff = None
    if staff_node is not None:
        staff = StaffInfo(department=staff_node.value("Department"),
                          staff=staff_node.value("Staff"), mobile=staff_node.value("Mobile"),
                          email=staff_node.value("Email"))
    return StatusPackage(
        status_code=code, description=header.value("Description"),
        sender=_read_org(header.first("From")), response_for=response,
        timestamp=_read_stamp(header.value("Timestamp")),
        staff=None if staff == StaffInfo() else staff)
