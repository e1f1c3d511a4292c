"""Whole documents for :func:`vanban.strategies.documents`.

A document is drawn as a whole so that its parts agree: the issuer's profile
(:mod:`vanban._strategies_data`) fixes the issuer code of the number, the place, the dates the
body existed, how it signs and who it writes to; the type fixes the type code, the subject, the
layout of the body (articles for decisions and normative documents, numbered items for the
others) and whether there is a ``Kính gửi``.
"""

from __future__ import annotations

import datetime
from typing import Final

import attrs
from hypothesis import strategies as st

from vanban import _strategies_data as data
from vanban import _strategies_docs as parts
from vanban import dates as vdates
from vanban import doctypes
from vanban.dates import DocumentDate
from vanban.doctypes import DocumentType
from vanban.enums import Confidentiality, Family, ProvisionKind, Relation, Urgency
from vanban.model import Citation, Document, Provision, Recipient, TextBlock
from vanban.numbers import DocumentNumber

__all__ = ["documents"]

# Types whose body is a series of articles (Điều 1, Điều 2 ...) after a preamble of Căn cứ.
_DECISIONS: Final = frozenset({"Quyết định", "Nghị quyết", "Nghị định", "Thông tư", "Pháp lệnh",
                               "Luật", "Bộ luật", "Quy chế", "Quy định"})
_LAWS: Final = frozenset({"Luật", "Bộ luật", "Pháp lệnh"})
_ENACTING: Final = {"Quyết định": "QUYẾT ĐỊNH:", "Nghị quyết": "QUYẾT NGHỊ:"}
# Types with a Kính gửi (NĐ 30/2020 Phụ lục I, I.9.a): công văn, tờ trình, báo cáo upwards.
_ADDRESSED: Final = frozenset({"Công văn", "Tờ trình"})
_SECTIONED: Final = frozenset({"Kế hoạch", "Báo cáo", "Đề án", "Phương án", "Chương trình",
                               "Hướng dẫn"})
_LEADS: Final = {
    "Kế hoạch": "ban hành Kế hoạch thực hiện như sau",
    "Báo cáo": "báo cáo kết quả thực hiện như sau",
    "Công văn": "đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau",
    "Thông báo": "thông báo như sau",
    "Chỉ thị": "yêu cầu các cơ quan, đơn vị thực hiện tốt các nhiệm vụ sau",
    "Hướng dẫn": "hướng dẫn thực hiện như sau",
    "Tờ trình": "kính trình xem xét, phê duyệt các nội dung sau",
    "Kết luận": "kết luận như sau",
    "Nghị quyết": "quyết nghị",
    "Giấy mời": "trân trọng kính mời đại diện lãnh đạo cơ quan dự hội nghị với nội dung sau",
}
# Types drawn documents do not cover: no number (Hiến pháp), a signature that is not a body's
# (Lệnh of the Chủ tịch nước, the authentication of a consolidated text), joint signatures.
_UNCOVERED: Final = frozenset({"Hiến pháp", "Lệnh", "Văn bản hợp nhất", "Thông tư liên tịch",
                               "Nghị quyết liên tịch"})
_ALSO_ISSUED: Final = {"Bộ luật": ("QH14", "QH15")}
_GENERAL_STATE: Final = ("UBND", "SNV", "SXD", "BNV", "BTC", "BYT")
_GENERAL_PARTY: Final = ("TU", "ĐU")


@attrs.frozen(repr=False)
class _Kind:
    profile: data.Profile
    row: DocumentType

    def __repr__(self) -> str:
        return f"<{self.row.family.value} {self.row.name} of {self.profile.code}>"


def _kinds(type_name: str | None, family: Family | None) -> dict[str, list[_Kind]]:
    """The (issuer, type) pairs documents are drawn from, by issuer code."""
    families = [family] if family is not None else list(Family)
    out: dict[str, list[_Kind]] = {}
    wanted: dict[Family, DocumentType | None] = {}
    for fam in families:
        wanted[fam] = doctypes.by_name(type_name, fam) if type_name is not None else None
    for profile in data.PROFILES:
        for fam in families:
            if (profile.family is Family.PARTY) != (fam is Family.PARTY):
                continue
            names = list(profile.types(fam))
            names += [n for n, codes in _ALSO_ISSUED.items()
                      if profile.code in codes and fam is Family.NORMATIVE]
            for name in names:
                row = doctypes.by_name(name, fam)
                if row is None or row.family is not fam:
                    raise AssertionError(f"profile {profile.code}: no {fam} type {name!r}")
                if type_name is None or wanted[fam] is row:
                    out.setdefault(profile.code, []).append(_Kind(profile, row))
    if out or type_name is None:
        return out
    found = [row for row in wanted.values() if row is not None]
    if not found:
        where = f" in the {family.value} family" if family is not None else ""
        raise parts.invalid_argument(f"no document type {type_name!r}{where}")
    for row in found:
        if row.copy or row.name in _UNCOVERED or row.family is Family.NORMATIVE:
            continue
        codes = _GENERAL_PARTY if row.family is Family.PARTY else _GENERAL_STATE
        for code in codes:
            out.setdefault(code, []).append(_Kind(data.profile(code), row))
    if not out:
        raise parts.invalid_argument(
            f"documents() does not draw {found[0].name!r} documents (a copy, or a type with "
            "joint signatures, no number or no issuing body); use document_numbers() for "
            "their numbers")
    return out


def documents(type_name: str | None, family: Family | None,
              draft: bool) -> st.SearchStrategy[Document]:
    kinds = _kinds(type_name, family)
    # Issuer first, then type: each kind of body is drawn as often as any other.
    groups = [kinds[code] for code in sorted(kinds)]
    return st.sampled_from(groups).flatmap(st.sampled_from).flatmap(
        lambda kind: _document(kind, draft))


# -- the parts ------------------------------------------------------------------------------


def _subject(draw: st.DrawFn, row: DocumentType, year: int) -> str:
    topic = draw(st.sampled_from(data.TOPICS))
    cap = parts.cap(topic)
    name = row.name
    forms: tuple[str, ...]
    if name == "Công văn":
        forms = (topic, f"{topic} năm {year}", f"triển khai thực hiện {topic}",
                 f"báo cáo kết quả {topic}")
    elif name in _LAWS:
        forms = (*(law for law, _ in data.LAWS), "Phòng, chống thiên tai", "Thủ đô")
    elif name == "Nghị định":
        forms = (f"Quy định chi tiết {topic}", f"Quy định về {topic}")
    elif name == "Thông tư":
        forms = (f"Hướng dẫn {topic}", f"Quy định về {topic}")
    elif name == "Quyết định" and row.family is Family.ADMINISTRATIVE:
        forms = (f"Về việc phê duyệt Kế hoạch {topic} năm {year}",
                 f"Về việc ban hành Quy chế {topic}", f"Phê duyệt Đề án {topic}")
    elif name in ("Quyết định", "Quy định", "Quy chế"):
        forms = (f"Ban hành Quy định về {topic}", f"Quy định về {topic}")
    elif name == "Chỉ thị":
        forms = (f"Về tăng cường {topic}", f"Về {topic}")
    elif name == "Báo cáo":
        forms = (f"Kết quả {topic} năm {year}", f"Tình hình {topic}")
    elif name == "Thông báo":
        forms = (f"Kết luận tại cuộc họp về {topic}", f"Về {topic}")
    elif name == "Tờ trình":
        forms = (f"Về việc đề nghị phê duyệt {topic}", f"Đề nghị ban hành Nghị quyết về {topic}")
    elif name == "Giấy mời":
        forms = (f"Dự hội nghị về {topic}",)
    else:
        forms = (cap, f"Về {topic}", f"{cap} năm {year}")
    return draw(st.sampled_from(forms))


def _unit_group(profile: data.Profile) -> str:
    if profile.family is Family.PARTY:
        return "party"
    return "central" if profile.scope == "central" else "province"


def _addressees(draw: st.DrawFn, kind: _Kind, unit: data.Unit) -> list[Recipient]:
    name = kind.row.name
    profile = kind.profile
    if name not in _ADDRESSED or (name == "Tờ trình" and kind.row.family is Family.PARTY):
        return []  # a Party tờ trình is addressed "Kính trình", which render() does not write
    if name == "Tờ trình":  # to the body above
        above = {"UBND": f"Hội đồng nhân dân {unit.text}", "HĐND": "Thủ tướng Chính phủ"}.get(
            profile.code, "Thủ tướng Chính phủ" if profile.scope == "central"
            else f"Ủy ban nhân dân {unit.text}")
        return [Recipient(above)]
    names = draw(st.lists(st.sampled_from(data.ADDRESSEES[_unit_group(profile)]), min_size=1,
                          max_size=3, unique=True))
    return [Recipient(n) for n in names]


def _recipients(draw: st.DrawFn, kind: _Kind, first: str | None) -> list[Recipient]:
    profile = kind.profile
    if kind.row.name in _LAWS:
        return []  # published without Nơi nhận
    others = draw(st.lists(st.sampled_from(data.RECIPIENTS[_unit_group(profile)]),
                           min_size=0 if first else 1, max_size=4, unique=True))
    if profile.family is Family.PARTY:
        archive = draw(st.sampled_from(profile.archive))
    else:
        archive = f"Lưu: VT, {draw(st.sampled_from(profile.units))}"
        copies = draw(st.sampled_from(("", "", " (2)", " (3)")))
        archive += copies
    head = [first] if first else []
    return [Recipient(n) for n in (*head, *others, archive)]


def _enactor(kind: _Kind, unit: data.Unit) -> str:
    profile = kind.profile
    if profile.code.startswith("QH"):
        return "Quốc hội"
    if profile.code.startswith("UBTVQH"):
        return "Ủy ban Thường vụ Quốc hội"
    name = parts.text_name(profile, unit)
    if profile.collective is not None:
        return name
    return f"{parts.cap(profile.head.lower())} {name}"


@st.composite
def _preamble(draw: st.DrawFn, kind: _Kind, unit: data.Unit, when: datetime.date,
              subject: str) -> tuple[list[str], list[Citation]]:
    """The lines before the first numbered unit and the citations they make."""
    name = kind.row.name
    family = kind.row.family
    if name in _LAWS:
        issuer = _enactor(kind, unit)
        return ["Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
                f"{issuer} ban hành {name} {subject}."], []
    cited: list[Citation] = []
    lines: list[str] = []
    if name in _DECISIONS and family is not Family.PARTY:
        count = draw(st.integers(1, 3))
        for _ in range(count):
            c = draw(parts.citation(when, Relation.BASIS, draw(st.sampled_from(
                (Family.ADMINISTRATIVE, Family.NORMATIVE)))))
            if c in cited:
                continue
            cited.append(c)
            lines.append(f"Căn cứ {parts.citation_text(c)};")
        lines.append(f"Theo đề nghị của {draw(st.sampled_from(_proposers(kind, unit)))}.")
        enacting = _ENACTING.get(name)
        if enacting is None:  # Nghị định, Thông tư: "<enactor> ban hành <type> <subject>."
            enacting = f"{_enactor(kind, unit)} ban hành {name} {subject[:1].lower()}{subject[1:]}."
        lines.append(enacting)
        return lines, cited
    if name in _DECISIONS:  # Party decisions, rules: a short Căn cứ
        return ["Căn cứ Điều lệ Đảng;", "Căn cứ Quy chế làm việc của cấp ủy,"], []
    if draw(st.booleans()):
        c = draw(parts.citation(when, Relation.IMPLEMENTS, Family.PARTY
                                if family is Family.PARTY else None))
        lead = _LEADS.get(name, "thông báo như sau")
        actor = parts.text_name(kind.profile, unit)
        if kind.profile.collective == "BAN THƯỜNG VỤ":
            actor = f"Ban Thường vụ {actor}"
        return [f"Thực hiện {parts.citation_text(c)}, {actor} {lead}:"], [c]
    return [], []


def _proposers(kind: _Kind, unit: data.Unit) -> tuple[str, ...]:
    profile = kind.profile
    if profile.scope == "province":
        return ("Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính", "Chánh Văn phòng")
    if profile.code in ("CP", "TTg"):
        return ("Bộ trưởng Bộ Nội vụ", "Bộ trưởng Bộ Tài chính", "Bộ trưởng Bộ Tư pháp")
    return ("Chánh Văn phòng", "Vụ trưởng Vụ Pháp chế", "Vụ trưởng Vụ Tổ chức cán bộ")


@st.composite
def _body(draw: st.DrawFn, kind: _Kind, unit: data.Unit, when: DocumentDate) -> list[Provision]:
    name = kind.row.name
    family = kind.row.family
    if name in _DECISIONS:
        if family is Family.ADMINISTRATIVE and name in ("Quyết định", "Nghị quyết"):
            return draw(_decision_body(kind, unit))
        count = draw(st.integers(2, 6))
        effect = ""
        if when.is_complete and family is not Family.PARTY:
            start = when.to_date() + datetime.timedelta(days=draw(st.integers(10, 90)))
            effect = f" kể từ {vdates.format(start)}"
        closing = f"Hiệu lực thi hành: {name} này có hiệu lực thi hành{effect or ' kể từ ngày ký'}."
        body = draw(parts.articles_body(count, draw(st.booleans()), closing))
        return parts.close_body(body, "./." if family is not Family.PARTY else ".")
    body = draw(parts.items_body(name in _SECTIONED and draw(st.booleans())))
    return parts.close_body(body, "./." if family is not Family.PARTY else ".")


@st.composite
def _decision_body(draw: st.DrawFn, kind: _Kind, unit: data.Unit) -> list[Provision]:
    """Điều 1 (what is decided), Điều 2 (effect), Điều 3 (who carries it out)."""
    name = kind.row.name
    first = draw(st.sampled_from((
        f"Phê duyệt Kế hoạch {draw(st.sampled_from(data.TOPICS))} với các nội dung sau:",
        f"Ban hành kèm theo {name} này Quy chế {draw(st.sampled_from(data.TOPICS))}.",
    )))
    children = draw(parts.clauses(ProvisionKind.CLAUSE)) if first.endswith(":") else []
    who = "Chánh Văn phòng" if kind.profile.scope != "central" else "Chánh Văn phòng Bộ"
    return [
        Provision(ProvisionKind.ARTICLE, "Điều 1", title=first, children=children),
        Provision(ProvisionKind.ARTICLE, "Điều 2",
                  title=f"{name} này có hiệu lực kể từ ngày ký."),
        Provision(ProvisionKind.ARTICLE, "Điều 3",
                  title=f"{who}, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm "
                        f"thi hành {name} này./."),
    ]


@st.composite
def _document(draw: st.DrawFn, kind: _Kind, draft: bool) -> Document:
    profile, row = kind.profile, kind.row
    unit = draw(st.sampled_from(profile.places))
    lo, hi = max(profile.since, data.ND30), min(profile.until, data.LAST)
    real = [n for n in parts.examples(row) if parts.issuer_code(n) == profile.code
            and (n.year is None or lo.year <= n.year <= hi.year)]
    number: DocumentNumber | None = None
    if real and draw(st.integers(0, 3)) == 0:
        number = draw(st.sampled_from(real))
        if number.year is not None:
            lo = max(lo, datetime.date(number.year, 1, 1))
            hi = min(hi, datetime.date(number.year, 12, 31))
    day = draw(st.dates(lo, hi))
    if number is None:
        number = parts.number_for(draw, row, profile, day.year)
    when = DocumentDate.from_date(day)
    if draft:
        if draw(st.booleans()):
            number = attrs.evolve(number, number=None, subnumber=None)
        when = draw(st.sampled_from((when, DocumentDate(day.year, day.month, None),
                                     DocumentDate(day.year, None, None))))
    subject = _subject(draw, row, day.year)
    addressees = _addressees(draw, kind, unit)
    preamble, cited = draw(_preamble(kind, unit, day, subject))
    body = draw(_body(kind, unit, when))
    lines, position = draw(st.sampled_from(profile.chains(row.name)))
    name = draw(parts.person_names())
    if draft and lines and draw(st.integers(0, 3)) == 0:
        name = ""  # a draft's unsigned block (the parser needs an authority line to find it)
    first = None
    if addressees:
        first = "Như trên"
    elif row.family is Family.ADMINISTRATIVE and row.name in ("Quyết định", "Nghị quyết"):
        first = f"Như {body[-1].label}"
    urgency = Urgency.NONE
    confidentiality = Confidentiality.NONE
    if row.name in ("Công văn", "Công điện"):
        urgency = draw(st.sampled_from((Urgency.NONE, Urgency.NONE, *Urgency)))
    return Document(
        type_name=row.name, number=number, date=when, place=unit.place,
        issuer=parts.agency(profile, unit), subject=subject, addressees=addressees,
        preamble=[TextBlock(line) for line in preamble], body=body,
        signatures=[parts.signature(lines, position, name)],
        recipients=_recipients(draw, kind, first), urgency=urgency,
        confidentiality=confidentiality, citations=cited,
    )
