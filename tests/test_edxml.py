"""edXML (QCVN 102:2016) packages, status packages, organisation ids, and hostile input."""

from __future__ import annotations

import datetime
import re
import time

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import vanban
from _docstrategies import NAMES, parsed, prescribed_documents
from vanban import orgid
from vanban.edxml import (
    NAMESPACE,
    EdxmlError,
    EdxmlFile,
    Organization,
    ResponseFor,
    StaffInfo,
    StatusCode,
    StatusPackage,
    from_edxml,
    read_edxml,
    status_from_edxml,
    status_to_edxml,
    to_edxml,
)
from vanban.model import Agency, Attachment, Document, Recipient, Signature

_WHEN = datetime.datetime(2024, 11, 4, 8, 30)


def carried(doc: Document) -> Document:
    """What an edXML package carries of ``doc``: text is trimmed, and a governing body that
    repeats the issuer's name is no governing body (real packages repeat it)."""
    issuer = doc.issuer
    parent = issuer.parent if issuer is not None else None
    if parent is not None and issuer is not None and parent.name == issuer.name:
        parent = None
    return Document(
        type_name=doc.type_name, number=doc.number,
        date=doc.date if doc.date is not None and doc.date.is_complete else None,
        place=doc.place, subject=doc.subject,
        issuer=None if issuer is None else Agency(
            issuer.name, parent=Agency(parent.name) if parent is not None else None),
        addressees=[Recipient(r.name) for r in doc.addressees],
        signatures=doc.signatures[:1], recipients=[Recipient(r.name) for r in doc.recipients],
        urgency=doc.urgency, attachments=[Attachment(a.title.strip()) for a in doc.attachments])


def test_example_package() -> None:
    doc = vanban.parse(vanban.example_text())
    data = to_edxml(doc, sender="000.00.00.H42", timestamp=_WHEN)
    text = data.decode("utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n'
                           f'<edXML xmlns="{NAMESPACE}">\n'
                           f'  <edXML:edXMLEnvelope xmlns:edXML="{NAMESPACE}">\n')
    header = re.findall(r"^        <edXML:(\w+)", text, re.M)
    assert header == ["From", "To", "DocumentId", "Code", "PromulgationInfo", "DocumentType",
                      "Subject", "Content", "SignerInfo", "DueDate", "OtherInfo",
                      "SteeringType", "ToPlaces", "TraceHeader", "Bussiness"]
    for tag in ("<edXML:BussinessDocType>0<", "<edXML:TyperNotation/>",
                "<edXML:PromulgationDate>2024/11/04<", "<edXML:CodeNumber>706<",
                "<edXML:CodeNotation>UBND-VP7<", "<edXML:Timestamp>2024/11/04 08:30:00<",
                "<edXML:TypeDetail>18<", '<edXML:edXMLManifest version="1.0"/>',
                "<edXML:Competence>TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH<", "<AttachmentEncoded/>"):
        assert tag in text
    assert text.index("</edXML:edXMLEnvelope>") < text.index("<AttachmentEncoded")
    package = read_edxml(data)
    assert package.document == carried(doc)
    assert package.document_id == "000.00.00.H42,2024/11/04,706/UBND-VP7"
    assert package.sender is not None and package.sender.organ_id == "000.00.00.H42"
    assert package.traces == (("000.00.00.H42", _WHEN),)
    assert package.business_type == 0 and package.business_reason == "Văn bản điện tử mới"


@pytest.mark.parametrize("name", NAMES)
def test_corpus_round_trip(name: str) -> None:
    doc = parsed(name)
    assert from_edxml(to_edxml(doc, timestamp=_WHEN)) == carried(doc)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prescribed_documents())
def test_generated_round_trip(doc: Document) -> None:
    assert from_edxml(to_edxml(doc, timestamp=_WHEN)) == carried(doc)


def test_receivers_files_and_escaping() -> None:
    doc = Document(type_name="Công văn", subject="A & B <c> \"d\"\r\ne",
                   signatures=[Signature(name="Nguyễn Văn A")])
    pdf = EdxmlFile("706-UBND-VP7.pdf", b"%PDF-1.4 \x00\xff", description="Văn bản")
    data = to_edxml(doc, sender=Organization("000.00.00.H42", "UBND TỈNH NINH BÌNH"),
                    receivers=["000.00.00.G22", orgid.parse("000.00.18.G12")], files=[pdf],
                    business_type=2, timestamp=_WHEN)
    package = read_edxml(data)
    assert package.document.subject == doc.subject
    assert [r.organ_id for r in package.receivers] == ["000.00.00.G22", "000.00.18.G12"]
    assert package.files == (attrs.evolve(pdf, content_id=pdf.cid),)
    assert pdf.cid.startswith("cid:") and package.files[0].cid == pdf.cid
    assert package.business_type == 2
    assert package.document.issuer == Agency("UBND TỈNH NINH BÌNH")


_LENIENT = """<?xml version="1.0" encoding="UTF-8"?>
<ns1:edXML xmlns:ns1="urn:other">
 <ns1:edXMLEnvelope><ns1:edXMLHeader><ns1:MessageHeader>
  <ns1:From><ns1:OrganId>000.00.00.G22</ns1:OrganId>
   <ns1:OrganInCharge>CHÍNH PHỦ</ns1:OrganInCharge>
   <ns1:OrganName>VĂN PHÒNG CHÍNH PHỦ</ns1:OrganName></ns1:From>
  <ns1:To><ns1:OrganId>000.00.00.H41</ns1:OrganId>
   <ns1:OrganName>UBND tỉnh Nghệ An</ns1:OrganName></ns1:To>
  <ns1:Code><ns1:CodeNumber> 34 </ns1:CodeNumber>
   <ns1:CodeNotation>CT/TW</ns1:CodeNotation></ns1:Code>
  <ns1:PromulgationInfo><ns1:Place>Hà Nội</ns1:Place>
   <ns1:PromulgationDate>30/10/2020</ns1:PromulgationDate></ns1:PromulgationInfo>
  <ns1:DocumentType><ns1:Type>1</ns1:Type><ns1:TypeDetail>0</ns1:TypeDetail>
   <ns1:TypeName>Chỉ thị</ns1:TypeName></ns1:DocumentType>
  <ns1:Content>V/v thử nghiệm</ns1:Content>
  <ns1:SignerInfo><ns1:Competence>TL. BỘ TRƯỞNG</ns1:Competence>
   <ns1:FullName>Nguyễn Văn B</ns1:FullName></ns1:SignerInfo>
  <ns1:OtherInfo><ns1:Priority>4</ns1:Priority></ns1:OtherInfo>
 </ns1:MessageHeader>
 <ns1:TraceHeaderList><ns1:TraceHeader><ns1:OrganId>000.00.00.G22</ns1:OrganId>
  <ns1:Timestamp>30/10/2020 14:05:09</ns1:Timestamp></ns1:TraceHeader>
  <ns1:Business><ns1:DocumentId>uuid-1</ns1:DocumentId><ns1:BusinessDocType>3</ns1:BusinessDocType>
  </ns1:Business></ns1:TraceHeaderList>
 </ns1:edXMLHeader></ns1:edXMLEnvelope>
 <AttachmentEncoded><Attachment><ContentId>abc</ContentId><AttachmentName>a.zip</AttachmentName>
  <ContentType>application/zip</ContentType><ContentTransferEncoded>aGVs
  bG8=</ContentTransferEncoded></Attachment></AttachmentEncoded>
</ns1:edXML>"""


def test_lenient_reading() -> None:
    package = read_edxml(_LENIENT)
    doc = package.document
    assert str(doc.number) == "34-CT/TW" and doc.family is vanban.Family.PARTY
    assert doc.date == vanban.DocumentDate(2020, 10, 30)
    assert doc.issuer == Agency("VĂN PHÒNG CHÍNH PHỦ", parent=Agency("CHÍNH PHỦ"))
    assert doc.subject == "V/v thử nghiệm"
    assert doc.urgency is vanban.Urgency.FLASH
    assert doc.signature is not None and doc.signature.competence == "TL. BỘ TRƯỞNG"
    assert [r.name for r in doc.addressees] == ["UBND tỉnh Nghệ An"]
    assert package.document_id == "uuid-1" and package.business_type == 3
    assert package.traces == (("000.00.00.G22", datetime.datetime(2020, 10, 30, 14, 5, 9)),)
    assert package.files[0].data == b"hello" and package.files[0].content_id == "cid:abc"


def test_unreadable_values_become_findings() -> None:
    text = _LENIENT.replace("30/10/2020<", "31/02/2020<").replace(">4<", ">9<")
    doc = from_edxml(text.replace("<ns1:CodeNumber> 34 ", "<ns1:CodeNumber>x y"))
    assert {f.code for f in doc.findings} == {"edxml.date", "edxml.priority", "edxml.number"}
    assert doc.date is None and doc.number is None


@pytest.mark.parametrize("code", [c.value for c in StatusCode] + ["07"])
def test_status_round_trip(code: str) -> None:
    status = StatusPackage(
        code, description="Đang xử lý", timestamp=_WHEN,
        sender=Organization("000.00.00.H41", "UBND TỈNH NGHỆ AN"),
        response_for=ResponseFor("000.00.00.G22", "7816/VPCP-TTĐT",
                                 vanban.DocumentDate(2018, 9, 20),
                                 "000.00.00.G22,2018/09/20,7816/VPCP-TTĐT"),
        staff=StaffInfo("Văn thư", "Nguyễn Văn C", "0912345678", "vt@example.vn"))
    data = status_to_edxml(status)
    assert b"<edXML:StatusCode>" + code.encode() + b"<" in data
    back = status_from_edxml(data)
    assert back == status
    assert back.status == (StatusCode(code) if code != "07" else None)
    with pytest.raises(EdxmlError, match="status package"):
        from_edxml(data)


def test_bkav_status_root() -> None:
    text = ("<edXML><edXMLEnvelope><edXMLHeader><Status><StatusCode>02</StatusCode>"
            "<Description>Sai thể thức</Description><Timestamp>2020/10/30 09:00:00</Timestamp>"
            "</Status></edXMLHeader></edXMLEnvelope></edXML>")
    status = status_from_edxml(text)
    assert status.status is StatusCode.REJECTED and status.description == "Sai thể thức"
    with pytest.raises(EdxmlError, match="not a status package"):
        status_from_edxml(to_edxml(Document(), timestamp=_WHEN))


# -- hostile and broken input ------------------------------------------------------------------

_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<edXML><edXMLEnvelope><edXMLHeader><MessageHeader><Subject>&xxe;</Subject>
</MessageHeader></edXMLHeader></edXMLEnvelope></edXML>"""

_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<edXML><Subject>&lol9;</Subject></edXML>"""


@pytest.mark.parametrize("data", [_XXE, _LAUGHS, b'<!DOCTYPE edXML SYSTEM "http://x/y.dtd"><edXML/>'])
def test_doctype_and_entities_are_refused(data: bytes) -> None:
    with pytest.raises(EdxmlError, match="DOCTYPE"):
        from_edxml(data)


def test_size_limit_is_checked_first() -> None:
    huge = b"<edXML>" + b" " * (100 * 1024 * 1024) + b"</edXML>"
    start = time.perf_counter()
    with pytest.raises(EdxmlError, match="over the limit"):
        from_edxml(huge)
    assert time.perf_counter() - start < 1.0
    with pytest.raises(EdxmlError, match="over the limit"):
        from_edxml(to_edxml(Document(), timestamp=_WHEN), max_bytes=100)


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02garbage\xff", b"%PDF-1.4", "<edXML>",
                                  b"<edXML><a></b></edXML>", "<edXML>\x00</edXML>"])
def test_garbage_is_a_clear_error(data: bytes | str) -> None:
    with pytest.raises(EdxmlError, match="not well-formed"):
        from_edxml(data)


def test_not_an_edxml_package() -> None:
    with pytest.raises(EdxmlError, match="root element is <html>"):
        from_edxml("<html><body/></html>")
    with pytest.raises(EdxmlError, match="no MessageHeader"):
        from_edxml("<edXML><edXMLEnvelope/></edXML>")
    with pytest.raises(EdxmlError, match="nested"):
        from_edxml("<edXML>" + "<a>" * 100 + "</a>" * 100 + "</edXML>")
    with pytest.raises(EdxmlError, match="base64"):
        from_edxml(_LENIENT.replace("aGVs", "!!!"))
    with pytest.raises(TypeError):
        from_edxml(5)  # type: ignore[arg-type]
    assert issubclass(EdxmlError, vanban.VanbanError) and issubclass(EdxmlError, ValueError)


def test_invalid_xml_characters_are_replaced_when_writing() -> None:
    data = to_edxml(Document(subject="a\x0cb\x00c"), timestamp=_WHEN)
    assert from_edxml(data).subject == "a\ufffdb\ufffdc"


# -- organisation ids --------------------------------------------------------------------------


def test_organ_id() -> None:
    org = orgid.parse("000.00.18.G12")
    assert (org.level4, org.level3, org.level2, org.level1) == ("000", "00", "18", "G12")
    assert org.depth == 2 and str(org.parent) == "000.00.00.G12"
    assert org.parent is not None and org.parent.parent is None
    assert org.group_name == "Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
    assert str(orgid.parse("001.02.18.G12").parent) == "000.02.18.G12"
    assert str(orgid.parse("000.02.18.G12").parent) == "000.00.18.G12"
    assert orgid.parse(" 000.00.00.h49 ").level1 == "H49"
    assert orgid.compact(" 000. 00.00.g22 ") == "000.00.00.G22"
    for good in ("000.00.00.G22", "777.77.04.D77", "000.00.01.A53"):
        assert orgid.is_valid(good) and orgid.validate(good) == orgid.parse(good)
    for bad in ("01.02.G22", "000.00.00.G2", "000.00.00.GG2", "", "000-00-00-G22", None, 5):
        assert not orgid.is_valid(bad)
    with pytest.raises(vanban.errors.InvalidFormat):
        orgid.parse("01.02.G22")
    with pytest.raises(vanban.errors.NotCanonical):
        orgid.validate("000.00.00.g22")
    assert Organization("000.00.00.G22").organ == orgid.parse("000.00.00.G22")
    assert Organization("01.02.G22").organ is None


@pytest.mark.parametrize("value", ["²", "9" * 5_000], ids=["superscript", "digits"])
def test_odd_business_type_reads_as_none(value: str) -> None:
    """Once a bare ValueError from int(): '²' passes isdigit(), and int() refuses 4,300 digits."""
    doc = vanban.parse(vanban.example_text("cong-van-706-UBND-VP7"))
    data = vanban.to_edxml(doc).decode()
    assert "<edXML:BussinessDocType>0<" in data
    data = data.replace("<edXML:BussinessDocType>0<", f"<edXML:BussinessDocType>{value}<")
    assert read_edxml(data).business_type is None
