"""Shared helpers of the serializer tests: the corpus fixtures, parsed once, and small local
hypothesis strategies for documents (the public ``vanban.strategies`` is another issue)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

import vanban
from vanban import Agency, Document, DocumentDate, DocumentNumber, Family, Recipient
from vanban.authority import Authority, parse_authority
from vanban.enums import AuthorityKind, Confidentiality, ProvisionKind, Relation, Severity, Urgency
from vanban.model import Attachment, Citation, Finding, Provision, Signature, Span, TextBlock

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
NAMES = sorted(p.stem for p in CORPUS.glob("*.txt"))


@functools.cache
def parsed(name: str) -> Document:
    """The corpus document ``name`` (``"010"``) parsed by :func:`vanban.parse`, once."""
    return vanban.parse((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))


# -- any document the model can hold (for JSON) ---------------------------------------------

_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
_opt_text = st.none() | _text
_small = st.integers(0, 10_000)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(_small)
    return Span(start, start + draw(st.integers(0, 500)))


_opt_span = st.none() | spans()

any_numbers = st.builds(
    DocumentNumber, number=st.none() | _small, issuer=_text, type_code=_opt_text,
    year=st.none() | st.integers(1900, 2100), family=st.sampled_from(Family),
    subnumber=st.none() | st.integers(0, 99), qualifier=_opt_text)
any_dates = st.builds(DocumentDate, st.none() | st.integers(1, 9999),
                      st.none() | st.integers(1, 12), st.none() | st.integers(1, 31))


@st.composite
def authorities(draw: st.DrawFn) -> Authority:
    family = draw(st.sampled_from([Family.ADMINISTRATIVE, Family.PARTY]))
    kinds = list(AuthorityKind) if family is Family.ADMINISTRATIVE else [
        AuthorityKind.ON_BEHALF, AuthorityKind.DEPUTY, AuthorityKind.BY_ORDER]
    return Authority.of(draw(st.sampled_from(kinds)), draw(_text), family)


any_agencies = st.recursive(
    st.builds(Agency, _text, code=_opt_text, span=_opt_span),
    lambda inner: st.builds(Agency, _text, parent=st.none() | inner, code=_opt_text,
                            span=_opt_span), max_leaves=3)
any_recipients = st.builds(Recipient, _text, group=_opt_text, span=_opt_span)
any_provisions = st.recursive(
    st.builds(Provision, st.sampled_from(ProvisionKind), _text, title=_text, text=_text,
              span=_opt_span),
    lambda inner: st.builds(Provision, st.sampled_from(ProvisionKind), _text, title=_text,
                            text=_text, children=st.lists(inner, max_size=3), span=_opt_span),
    max_leaves=6)
any_citations = st.builds(
    Citation, type_name=_opt_text, number=st.none() | any_numbers, date=st.none() | any_dates,
    issuer=_opt_text, title=_opt_text, pinpoint=_opt_text, relation=st.sampled_from(Relation),
    is_self=st.booleans(), text=_text, span=_opt_span, refers_to=st.none() | _small)
any_findings = st.builds(Finding, _text, _text, st.sampled_from(Severity), span=_opt_span,
                         field=_opt_text, message_vi=_text, fix=_text)
any_signatures = st.builds(Signature, st.lists(authorities(), max_size=3), _text, _text,
                           span=_opt_span)


def _lists(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(strategy, max_size=3)


any_documents = st.builds(
    Document, type_name=_opt_text, number=st.none() | any_numbers,
    family=st.none() | st.sampled_from(Family), date=st.none() | any_dates, place=_opt_text,
    issuer=st.none() | any_agencies, subject=_opt_text, addressees=_lists(any_recipients),
    preamble=_lists(st.builds(TextBlock, _text, _opt_span)), body=_lists(any_provisions),
    signatures=_lists(any_signatures), recipients=_lists(any_recipients),
    urgency=st.sampled_from(Urgency), confidentiality=st.sampled_from(Confidentiality),
    attachments=_lists(st.builds(Attachment, _text, _opt_span)),
    citations=_lists(any_citations), unrecognised=_lists(st.builds(TextBlock, _text, _opt_span)),
    findings=_lists(any_findings), spans=_lists(st.tuples(_text, spans())))


# -- documents written as the rules prescribe (for rendering and edXML) ---------------------

_PARENTS = ["UBND TỈNH LÂM ĐỒNG", "BỘ TÀI CHÍNH", "UBND TỈNH LÀO CAI"]
_ISSUERS = ["SỞ NỘI VỤ", "SỞ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "BỘ NỘI VỤ",
            "CỤC HÓA CHẤT", "VĂN PHÒNG CHÍNH PHỦ"]
_PARTY_ISSUERS = ["TỈNH ỦY LÀO CAI", "BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG ỦY XÃ LŨNG CÚ"]
_PLACES = ["Hà Nội", "Lâm Đồng", "Ninh Bình", "TP. Bắc Kạn", "Lào Cai"]
_WORDS = ["tăng cường", "công tác", "quản lý", "nhà ở xã hội", "cải cách hành chính",
          "chuyển đổi số", "trên địa bàn tỉnh", "năm 2025", "các cơ quan, đơn vị", "báo cáo",
          "kết quả", "tổ chức", "hướng dẫn", "phòng, chống thiên tai", "đầu tư công"]
_ADDRESSEES = ["Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường",
               "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Văn phòng Chính phủ"]
_POSITIONS = ["PHÓ CHỦ TỊCH", "CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "THỨ TRƯỞNG",
              "BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
_STATE_CHAINS = [[], ["KT. CHỦ TỊCH"], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                 ["KT. GIÁM ĐỐC"], ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"], ["KT. BỘ TRƯỞNG"]]
_PARTY_CHAINS = [["T/M TỈNH ỦY"], ["T/M BAN THƯỜNG VỤ"], ["T/M ĐẢNG ỦY"]]
_NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Minh Châu", "Phạm Đức Vũ", "Hồ Văn Mười"]
_RECIPIENTS = ["Như trên", "Thường trực Tỉnh ủy", "Chủ tịch, các PCT UBND tỉnh",
               "Các sở, ban, ngành", "Cổng thông tin điện tử tỉnh"]
# (type name, type code, family); None for a công văn's code.
_TYPES = [("Công văn", None, Family.ADMINISTRATIVE), ("Quyết định", "QĐ", Family.ADMINISTRATIVE),
          ("Kế hoạch", "KH", Family.ADMINISTRATIVE), ("Thông báo", "TB", Family.ADMINISTRATIVE),
          ("Tờ trình", "TTr", Family.ADMINISTRATIVE), ("Báo cáo", "BC", Family.ADMINISTRATIVE),
          ("Nghị định", "NĐ", Family.NORMATIVE), ("Thông tư", "TT", Family.NORMATIVE),
          ("Chỉ thị", "CT", Family.PARTY), ("Quy định", "QĐ", Family.PARTY)]

_phrase = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join)
_title = _phrase.map(lambda s: s[0].upper() + s[1:])


@st.composite
def _dates(draw: st.DrawFn) -> DocumentDate:
    year = draw(st.integers(1990, 2030))
    month = draw(st.none() | st.integers(1, 12))
    day = draw(st.none() | st.integers(1, 28))
    return DocumentDate(year, month, day)


@st.composite
def _body(draw: st.DrawFn, normative: bool) -> list[Provision]:
    def points(n: int) -> list[Provision]:
        letters = "abcdđeg"[:n]
        return [Provision(ProvisionKind.POINT, c, title=draw(_phrase)) for c in letters]

    def items(n: int, kind: ProvisionKind = ProvisionKind.ITEM) -> list[Provision]:
        return [Provision(kind, str(i), title=draw(_title),
                          text=draw(st.sampled_from(["", "Nội dung thực hiện năm 2025."])),
                          children=points(draw(st.integers(0, 2))))
                for i in range(1, n + 1)]

    count = draw(st.integers(1, 3))  # the parser needs a body to find where the header ends
    if normative:
        return [Provision(ProvisionKind.ARTICLE, f"Điều {i}", title=draw(_title),
                          children=items(draw(st.integers(0, 2)), ProvisionKind.CLAUSE))
                for i in range(1, count + 1)]
    return items(count)


@st.composite
def prescribed_documents(draw: st.DrawFn) -> Document:
    """Documents as NĐ 30/2020 prescribes them, within the vocabulary the parser knows."""
    type_name, code, family = draw(st.sampled_from(_TYPES))
    blank = draw(st.booleans()) and draw(st.booleans())
    seq = None if blank else draw(st.integers(1, 9999))
    if family is Family.PARTY:
        number = DocumentNumber(number=seq, type_code=code, issuer="TU", family=family)
        issuer = Agency(draw(st.sampled_from(_PARTY_ISSUERS)))
        chain = draw(st.sampled_from(_PARTY_CHAINS))
    else:
        year = draw(st.integers(2000, 2030)) if family is Family.NORMATIVE else None
        issuer_code = draw(st.sampled_from(["UBND", "SNV", "BTC", "CP"]))
        unit = "" if code else "-" + draw(st.sampled_from(["VP", "KT", "NC"]))
        number = DocumentNumber(number=seq, type_code=code, issuer=issuer_code + unit,
                                year=year, family=family)
        parent = draw(st.none() | st.sampled_from(_PARENTS))
        issuer = Agency(draw(st.sampled_from(_ISSUERS)),
                        parent=Agency(parent) if parent else None)
        chain = draw(st.sampled_from(_STATE_CHAINS))
    signature = Signature([parse_authority(a) for a in chain],
                          draw(st.sampled_from(_POSITIONS)), draw(st.sampled_from(_NAMES)))
    recipients = [Recipient(r) for r in draw(st.lists(st.sampled_from(_RECIPIENTS),
                                                      max_size=3, unique=True))]
    recipients.append(Recipient("Lưu: VT"))
    addressees = draw(st.lists(st.sampled_from(_ADDRESSEES), max_size=3, unique=True)) if (
        type_name in ("Công văn", "Tờ trình")) else []
    return Document(
        type_name=type_name, number=number, date=draw(_dates()),
        place=draw(st.sampled_from(_PLACES)), issuer=issuer,
        subject=draw(_phrase if type_name == "Công văn" else _title),
        addressees=[Recipient(a) for a in addressees],
        body=draw(_body(family is Family.NORMATIVE)), signatures=[signature],
        recipients=recipients, urgency=draw(st.sampled_from(Urgency)))


def headings(body: tuple[Provision, ...]) -> list[tuple[Any, ...]]:
    """The kind, label, title and children of each unit: what the body comparison looks at."""
    return [(p.kind, p.label, p.title, headings(p.children)) for p in body]


def parser_view(doc: Document) -> dict[str, Any]:
    """The fields :func:`vanban.parse` reads back from a rendering."""
    issuer = doc.issuer
    return {
        "type_name": doc.type_name, "number": doc.number, "date": doc.date, "place": doc.place,
        "issuer": None if issuer is None else (
            issuer.name, issuer.parent.name if issuer.parent else None),
        "subject": doc.subject, "addressees": [r.name for r in doc.addressees],
        "signatures": [(s.authority, s.position, s.name) for s in doc.signatures],
        "recipients": [(r.name, r.group) for r in doc.recipients], "urgency": doc.urgency,
        "body": headings(doc.body),
    }
