"""The strategies behind :mod:`vanban.strategies`: numbers, dates, the parts of a document.

Whole documents are drawn in :mod:`vanban._strategies_build`; the vocabulary is in
:mod:`vanban._strategies_data`. Everything here draws valid values only.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import Final

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vanban import _strategies_data as data
from vanban import dates as vdates
from vanban import doctypes, issuers, numbers
from vanban.authority import Authority, parse_authority
from vanban.dates import DocumentDate
from vanban.doctypes import DocumentType
from vanban.enums import Family, ProvisionKind, Relation
from vanban.model import (
    Agency,
    Attachment,
    Citation,
    Deadline,
    Provision,
    Recipient,
    Signature,
    Task,
)
from vanban.numbers import DocumentNumber

__all__ = [
    "POINT_LETTERS",
    "agencies_strategy",
    "agency",
    "attachments_strategy",
    "authorities_strategy",
    "cap",
    "citation",
    "citation_text",
    "citations_strategy",
    "dates_strategy",
    "deadlines_strategy",
    "examples",
    "invalid_argument",
    "issuer_code",
    "number_for",
    "numbers_strategy",
    "person_names",
    "provisions_strategy",
    "recipients_strategy",
    "sentences",
    "signatures_strategy",
    "tasks_strategy",
    "text_name",
]

# Điểm follow the Vietnamese alphabet (NĐ 30/2020 Phụ lục I, II.6.đ): no f, j, w, z.
POINT_LETTERS: Final = "abcdđeghiklmnopqrstuvxy"
_KIND_WORD: Final = re.compile(r"^(?:TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG)\s+")
_VERBS: Final = ("Tăng cường", "Đẩy mạnh", "Nâng cao hiệu quả", "Tổ chức thực hiện",
                 "Rà soát, đánh giá", "Kiểm tra, đôn đốc", "Chỉ đạo, hướng dẫn", "Bảo đảm")
_SECTIONS: Final = ("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "NHIỆM VỤ VÀ GIẢI PHÁP",
                    "TỔ CHỨC THỰC HIỆN", "KINH PHÍ THỰC HIỆN", "KẾT QUẢ ĐẠT ĐƯỢC")
_CHAPTERS: Final = ("QUY ĐỊNH CHUNG", "QUY ĐỊNH CỤ THỂ", "TỔ CHỨC THỰC HIỆN",
                    "ĐIỀU KHOẢN THI HÀNH", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ")
_ARTICLES: Final = ("Phạm vi điều chỉnh", "Đối tượng áp dụng", "Giải thích từ ngữ",
                    "Nguyên tắc thực hiện", "Trách nhiệm của các cơ quan", "Kinh phí thực hiện",
                    "Chế độ báo cáo", "Điều khoản chuyển tiếp")


def invalid_argument(message: str) -> InvalidArgument:
    """The error hypothesis raises for a bad argument to a strategy."""
    return InvalidArgument(message)


def _roman(value: int) -> str:
    return issuers.roman(value)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- small pieces -----------------------------------------------------------------------------


def person_names() -> st.SearchStrategy[str]:
    """Vietnamese names: họ, one or two tên đệm, tên (``Nguyễn Văn An``)."""
    middle = st.lists(st.sampled_from(data.MIDDLE_NAMES), min_size=1, max_size=2, unique=True)
    return st.builds(lambda s, m, g: " ".join([s, *m, g]), st.sampled_from(data.SURNAMES),
                     middle, st.sampled_from(data.GIVEN_NAMES))


def _phrases() -> st.SearchStrategy[str]:
    pairs = [f"{verb} {topic}" for verb in _VERBS for topic in data.TOPICS
             if not topic.startswith(verb.lower())]
    return st.sampled_from(pairs)


def sentences() -> st.SearchStrategy[str]:
    """Sentences of a body: ``Tăng cường cải cách hành chính trên địa bàn.``"""
    tails = st.sampled_from(("", " trên địa bàn", " trong toàn ngành",
                             " theo đúng quy định của pháp luật",
                             ", báo cáo kết quả trước ngày 15/12"))
    return st.builds(lambda p, t: f"{p}{t}.", _phrases(), tails)


def dates_strategy(partial: bool, lo: datetime.date,
                   hi: datetime.date) -> st.SearchStrategy[DocumentDate]:
    lo = max(lo, datetime.date(vdates.MIN_YEAR, 1, 1))
    hi = min(hi, datetime.date(vdates.MAX_YEAR, 12, 31))
    if lo > hi:
        raise invalid_argument(f"min_value {lo} is after max_value {hi}")
    full = st.dates(lo, hi).map(DocumentDate.from_date)
    if not partial:
        return full
    return st.one_of(full, full.map(lambda d: DocumentDate(d.year, d.month, None)),
                     full.map(lambda d: DocumentDate(d.year, None, None)))


# -- issuers ------------------------------------------------------------------------------


def _place_word(unit: data.Unit) -> str:
    return _KIND_WORD.sub("", unit.header)


def _fill(template: str, unit: data.Unit) -> str:
    out = template.format(unit=unit.header, place=_place_word(unit))
    if unit.header.startswith("THÀNH PHỐ"):
        out = out.replace("TỈNH ỦY", "THÀNH ỦY")
    return out


def agency(profile: data.Profile, unit: data.Unit) -> Agency:
    """The header's issuing body of ``profile`` sitting in ``unit``."""
    parent = Agency(_fill(profile.parent, unit)) if profile.parent else None
    return Agency(_fill(profile.name, unit), parent=parent, code=profile.code)


def text_name(profile: data.Profile, unit: data.Unit) -> str:
    """The body's name in running text (``Ủy ban nhân dân tỉnh Lào Cai``, ``Bộ Nội vụ``)."""
    if profile.code in ("UBND", "HĐND"):
        head = "Ủy ban nhân dân" if profile.code == "UBND" else "Hội đồng nhân dân"
        return f"{head} {unit.text}"
    if profile.code == "TU":
        word = "Thành ủy" if unit.header.startswith("THÀNH PHỐ") else "Tỉnh ủy"
        return f"{word} {unit.place}"
    if profile.scope in ("district", "commune"):
        head = {"HU": "Huyện ủy", "ĐU": "Đảng ủy", "CB": "Chi bộ"}.get(profile.code, "")
        return f"{head} {unit.place}".strip()
    if profile.parent and "{unit}" in profile.parent:
        return f"{cap(profile.name.lower())} {unit.text}"
    issuer = issuers.by_code(profile.code)
    return issuer.name if issuer is not None else cap(profile.name.lower())


def _profiles(family: Family | None) -> tuple[data.Profile, ...]:
    if family is None:
        return data.PROFILES
    party = family is Family.PARTY
    return tuple(p for p in data.PROFILES if (p.family is Family.PARTY) == party)


@st.composite
def _profile_units(draw: st.DrawFn,
                   family: Family | None) -> tuple[data.Profile, data.Unit]:
    profile = draw(st.sampled_from(_profiles(family)))
    return profile, draw(st.sampled_from(profile.places))


def agencies_strategy(family: Family | None) -> st.SearchStrategy[Agency]:
    return _profile_units(family).map(lambda pu: agency(*pu))


# -- signatures ------------------------------------------------------------------------------


def signature(lines: tuple[str, ...], position: str, name: str) -> Signature:
    """A signature block from its authority lines, position and name."""
    return Signature(authority=[parse_authority(line) for line in lines], position=position,
                     name=name)


@st.composite
def _signature(draw: st.DrawFn, family: Family | None) -> Signature:
    profile = draw(st.sampled_from(_profiles(family)))
    types = profile.admin + profile.normative + profile.party
    chains = profile.chains(draw(st.sampled_from(types)))
    lines, position = draw(st.sampled_from(chains))
    return signature(lines, position, draw(person_names()))


def signatures_strategy(family: Family | None) -> st.SearchStrategy[Signature]:
    return _signature(family)


@functools.cache
def _authority_lines(party: bool) -> tuple[Authority, ...]:
    seen: dict[str, Authority] = {}
    for profile in data.PROFILES:
        if (profile.family is Family.PARTY) != party:
            continue
        for type_name in ("Công văn", *profile.admin, *profile.normative, *profile.party):
            for lines, _ in profile.chains(type_name):
                for line in lines:
                    seen.setdefault(line, parse_authority(line))
    if not party:  # thừa ủy quyền and quyền (NĐ 30/2020 Phụ lục I, II.7.b)
        for line in ("TUQ. CHỦ TỊCH", "TUQ. BỘ TRƯỞNG", "Q. GIÁM ĐỐC", "Q. CỤC TRƯỞNG"):
            seen[line] = parse_authority(line)
    return tuple(seen.values())


def authorities_strategy(family: Family | None) -> st.SearchStrategy[Authority]:
    if family is None:
        return st.sampled_from(_authority_lines(False) + _authority_lines(True))
    return st.sampled_from(_authority_lines(family is Family.PARTY))


def recipients_strategy() -> st.SearchStrategy[Recipient]:
    names = sorted({n for group in (*data.ADDRESSEES.values(), *data.RECIPIENTS.values())
                    for n in group} | {"Như trên", "Lưu: VT, VP", "Lưu: VT, TCCB (2)"})
    return st.builds(Recipient, st.sampled_from(names))


def attachments_strategy() -> st.SearchStrategy[Attachment]:
    appendix = st.integers(1, 12).map(lambda n: f"Phụ lục {_roman(n)}")
    sent = _real_numbers(None).map(lambda n: f"Gửi kèm văn bản số {numbers.format(n)}")
    return st.builds(Attachment, appendix | sent)


# -- numbers ---------------------------------------------------------------------------------


def _sequence() -> st.SearchStrategy[int]:
    """Sequence numbers, small ones often (below 10 they take a leading zero)."""
    return st.one_of(st.integers(1, 9), st.integers(10, 99), st.integers(100, 999),
                     st.integers(1000, 19999))


@functools.cache
def examples(row: DocumentType) -> tuple[DocumentNumber, ...]:
    return tuple(numbers.parse(text) for text in row.examples if numbers.is_valid(text))


def _real_numbers(family: Family | None) -> st.SearchStrategy[DocumentNumber]:
    rows = [row for row in doctypes.document_types(family) if examples(row)]
    return st.sampled_from([n for row in rows for n in examples(row)])


def issuer_code(number: DocumentNumber) -> str:
    """The issuer code a number names first (``UBND`` of ``12/UBND-VX``)."""
    return re.split(r"[-/]", number.issuer)[0]


def number_for(draw: st.DrawFn, row: DocumentType, profile: data.Profile,
               year: int) -> DocumentNumber:
    """A number for a document of type ``row`` issued by ``profile`` in ``year``."""
    seq = draw(_sequence())
    if row.family is Family.PARTY:
        return DocumentNumber(seq, issuer=profile.code, type_code=row.code, family=Family.PARTY)
    if row.family is Family.NORMATIVE:
        return DocumentNumber(seq, issuer=profile.code, type_code=row.code, year=year,
                              family=Family.NORMATIVE)
    issuer = profile.code
    if row.code is None:  # công văn: <issuer>-<drafting unit> (NĐ 30/2020 Phụ lục I, I.3.b)
        issuer = f"{issuer}-{draw(st.sampled_from(profile.units))}"
    return DocumentNumber(seq, issuer=issuer, type_code=row.code)


# Types no profile issues: the issuers their numbers are drawn with.
_OTHER_ISSUERS: Final = {
    "Lệnh": ("CTN",),
    "Văn bản hợp nhất": ("VPQH", "NHNN", "BCT", "TANDTC", "BTC"),
    "Thông tư liên tịch": ("BTC-BCA", "BNV-VPCP", "BTC-BTP", "BYT-BTC-BLĐTBXH"),
    "Nghị quyết liên tịch": ("UBTVQH15-CP-ĐCTUBTWMTTQVN", "CP-ĐCTUBTWMTTQVN"),
    "Bộ luật": ("QH13", "QH14", "QH15"),
}
_TERMS: Final = {"QH13": (2011, 2016), "QH14": (2016, 2021), "QH15": (2021, 2026)}


@st.composite
def _synthetic_number(draw: st.DrawFn, row: DocumentType) -> DocumentNumber:
    makers = [p for p in data.PROFILES if row.name in p.types(row.family)
              and (p.family is Family.PARTY) == (row.family is Family.PARTY)]
    if makers:
        profile = draw(st.sampled_from(makers))
        year = draw(st.integers(max(profile.since.year, 2000), profile.until.year))
        number = number_for(draw, row, profile, year)
    elif row.family is Family.NORMATIVE:
        code = draw(st.sampled_from(_OTHER_ISSUERS.get(row.name, ("CP",))))
        first, last = _TERMS.get(code, (2000, 2026))
        year = draw(st.integers(first, last))
        number = DocumentNumber(draw(_sequence()), issuer=code, type_code=row.code,
                                year=None if row.code == "VBHN" else year,
                                family=Family.NORMATIVE)
    else:
        same = [p for p in data.PROFILES if (p.family is Family.PARTY) == (
            row.family is Family.PARTY) and (p.admin or p.party)]
        profile = draw(st.sampled_from(same))
        number = number_for(draw, row, profile, 2024)
    if row.family is Family.NORMATIVE and number.type_code == "NQ" and draw(
            st.integers(0, 9)) == 0:
        number = attrs.evolve(number, subnumber=draw(st.integers(1, 9)))  # 66.3/2025/NQ-CP
    return number


def _rows(family: Family | None, type_name: str | None) -> list[DocumentType]:
    rows = [row for row in doctypes.document_types(family)
            if row.name != "Hiến pháp"]  # the Constitution has no number
    if type_name is not None:
        found = [row for row in rows if row is doctypes.by_name(type_name, row.family)]
        if not found:
            where = f" in the {family.value} family" if family is not None else ""
            raise invalid_argument(f"no document type {type_name!r}{where}")
        rows = found
    return rows


def numbers_strategy(family: Family | None, type_name: str | None,
                     blank: bool) -> st.SearchStrategy[DocumentNumber]:
    rows = _rows(family, type_name)
    real = [n for row in rows for n in examples(row)]
    made = st.sampled_from(rows).flatmap(_synthetic_number)
    out = st.one_of(st.sampled_from(real), made, made) if real else made
    if blank:
        out = st.one_of(out, out.map(lambda n: attrs.evolve(n, number=None, subnumber=None)))
    return out


# -- citations -------------------------------------------------------------------------------


def citation_issuer(number: DocumentNumber, unit: data.Unit) -> str:
    """The issuer a citation names (``của Chính phủ``; ``của Ủy ban nhân dân tỉnh Lào Cai``)."""
    code = issuer_code(number)
    try:
        return text_name(data.profile(code), unit)
    except KeyError:
        found = issuers.by_code(code)
        return found.name if found is not None else code


@st.composite
def citation(draw: st.DrawFn, before: datetime.date, relation: Relation,
             family: Family | None = None) -> Citation:
    """A first citation of a document or law dated before ``before``."""
    laws = [(name, day) for name, day in data.LAWS if day < before]
    if laws and family is not Family.PARTY and draw(st.integers(0, 2)) == 0:
        name, day = draw(st.sampled_from(laws))
        when = DocumentDate.from_date(day)
        return Citation(type_name="Luật", date=when, title=name, relation=relation,
                        text=f"Luật {name} {vdates.format(when)}")
    rows = [row for row in doctypes.document_types(family) if examples(row)
            and not row.copy and row.code != "VBHN" and row.name not in _OTHER_ISSUERS]
    choices = [(row, n) for row in rows for n in examples(row)
               if n.year is None or n.year < before.year]
    row, number = draw(st.sampled_from(choices))
    year = number.year or draw(st.integers(2015, before.year - 1))
    day = draw(st.dates(datetime.date(year, 1, 1), datetime.date(year, 12, 31)))
    when = DocumentDate.from_date(day)
    unit = draw(st.sampled_from(data.PROVINCES))
    return Citation(type_name=row.name, number=number, date=when,
                    issuer=citation_issuer(number, unit), title=draw(st.sampled_from(data.TOPICS)),
                    relation=relation,
                    text=f"{row.name} số {numbers.format(number)} {vdates.format(when)}")


def citation_text(c: Citation) -> str:
    """How a first citation is written in running text (NĐ 30/2020 Phụ lục I, II.6)."""
    if c.number is None:
        return c.text
    return f"{c.text} của {c.issuer} về {c.title}"


def citations_strategy() -> st.SearchStrategy[Citation]:
    relation = st.sampled_from((Relation.BASIS, Relation.IMPLEMENTS))
    return relation.flatmap(lambda r: citation(datetime.date(2026, 12, 31), r))


# -- bodies ----------------------------------------------------------------------------------


@st.composite
def points(draw: st.DrawFn, count: int) -> list[Provision]:
    """Điểm ``a)``, ``b)`` ... each a phrase ending ``;``, the last ``.``."""
    out = []
    for i in range(count):
        end = "." if i == count - 1 else ";"
        out.append(Provision(ProvisionKind.POINT, POINT_LETTERS[i],
                             title=draw(_phrases()) + end))
    return out


@st.composite
def clauses(draw: st.DrawFn, kind: ProvisionKind) -> list[Provision]:
    """Khoản or items ``1.``, ``2.`` ... with points."""
    count = draw(st.integers(1, 4))
    out = []
    for i in range(1, count + 1):
        children = draw(points(draw(st.sampled_from((0, 0, 2, 3, 7)))))
        title = draw(_phrases()) + (":" if children else ".")
        bare = bool(children) or draw(st.booleans())
        text = "" if bare else draw(sentences())
        out.append(Provision(kind, str(i), title=title, text=text, children=children))
    return out


@st.composite
def article(draw: st.DrawFn, number: int) -> Provision:
    """``Điều <number>``, with a title and text or khoản."""
    title = draw(st.sampled_from(_ARTICLES))
    if draw(st.booleans()):
        return Provision(ProvisionKind.ARTICLE, f"Điều {number}", title=title,
                         text=draw(sentences()))
    return Provision(ProvisionKind.ARTICLE, f"Điều {number}", title=title,
                     children=draw(clauses(ProvisionKind.CLAUSE)))


@st.composite
def item(draw: st.DrawFn, number: int) -> Provision:
    """An administrative item ``<number>.`` with a title, text or points."""
    title = draw(_phrases())
    children = draw(points(draw(st.sampled_from((0, 0, 2, 3)))))
    text = "" if children else draw(st.sampled_from(("", "Nội dung thực hiện theo kế hoạch.")))
    return Provision(ProvisionKind.ITEM, str(number), title=title + (":" if children else "."),
                     text=text, children=children)


@st.composite
def _provision(draw: st.DrawFn, family: Family | None) -> Provision:
    if family is None:
        family = draw(st.sampled_from(list(Family)))
    start = draw(st.integers(1, 20))
    if family is Family.NORMATIVE:
        return draw(article(start))
    if draw(st.booleans()):
        return draw(item(start))
    items = [draw(item(i)) for i in range(1, draw(st.integers(1, 3)) + 1)]
    return Provision(ProvisionKind.SECTION, _roman(start), title=draw(st.sampled_from(_SECTIONS)),
                     children=items)


def provisions_strategy(family: Family | None) -> st.SearchStrategy[Provision]:
    return _provision(family)


@st.composite
def articles_body(draw: st.DrawFn, count: int, chapters: bool,
                  closing: str) -> list[Provision]:
    """Điều 1 .. ``count`` (numbered through the chapters, if any), the last one closing."""
    arts = [draw(article(i)) for i in range(1, count)]
    title, _, text = closing.partition(":")
    arts.append(Provision(ProvisionKind.ARTICLE, f"Điều {count}", title=title, text=text.strip()))
    if not chapters or count < 3:
        return arts
    cut = draw(st.integers(1, count - 1))
    groups = [arts[:cut], arts[cut:]]
    names = draw(st.lists(st.sampled_from(_CHAPTERS), min_size=2, max_size=2, unique=True))
    return [Provision(ProvisionKind.CHAPTER, f"Chương {_roman(i + 1)}", title=names[i],
                      children=group) for i, group in enumerate(groups)]


@st.composite
def items_body(draw: st.DrawFn, sections: bool) -> list[Provision]:
    """Items 1., 2., 3. ..., grouped under I., II. when ``sections``."""
    if not sections:
        return [draw(item(i)) for i in range(1, draw(st.integers(1, 4)) + 1)]
    names = draw(st.lists(st.sampled_from(_SECTIONS), min_size=2, max_size=3, unique=True))
    out = []
    for i, name in enumerate(names, 1):
        children = [draw(item(j)) for j in range(1, draw(st.integers(1, 3)) + 1)]
        out.append(Provision(ProvisionKind.SECTION, _roman(i), title=name, children=children))
    return out


def close_body(body: list[Provision], ending: str) -> list[Provision]:
    """End the last unit's text with ``ending`` (``./.``, NĐ 30/2020 templates)."""
    if not body:
        return body
    last = body[-1]
    if last.children:
        return [*body[:-1], attrs.evolve(last, children=close_body(list(last.children), ending))]
    if last.text:
        return [*body[:-1], attrs.evolve(last, text=last.text.rstrip(".;:") + ending)]
    return [*body[:-1], attrs.evolve(last, title=last.title.rstrip(".;:") + ending)]



# -- tasks of a directive -------------------------------------------------------------------

_LEADS: Final = ("Bộ Công Thương", "Bộ Tài chính", "Bộ Nội vụ", "Bộ Xây dựng", "Sở Nội vụ",
                 "Sở Tài chính", "Công an tỉnh",
                 "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")
_SUPPORTS: Final = ("các cơ quan liên quan", "các bộ, ngành liên quan", "Ủy ban nhân dân các "
                    "xã, phường", "các sở, ban, ngành")
_ACTIONS: Final = ("rà soát", "kiểm tra", "hướng dẫn", "triển khai", "xây dựng", "đánh giá")
_RECURRING: Final = (("hằng tháng", "P1M"), ("hằng quý", "P3M"), ("định kỳ 6 tháng", "P6M"),
                     ("hằng năm", "P1Y"))


@st.composite
def _deadline(draw: st.DrawFn) -> Deadline:
    kind = draw(st.sampled_from(("before", "quarter", "recurring", "relative", "vague")))
    if kind == "before":
        day = draw(st.dates(datetime.date(2020, 1, 1), datetime.date(2030, 12, 31)))
        return Deadline(f"trước ngày {day.day}/{day.month}/{day.year}",
                        DocumentDate.from_date(day))
    if kind == "quarter":
        quarter, year = draw(st.integers(1, 4)), draw(st.integers(2020, 2030))
        month = 3 * quarter
        last = DocumentDate(year, month, 31 if month in (3, 12) else 30)
        return Deadline(f"trong quý {_roman(quarter)} năm {year}", last)
    if kind == "recurring":
        text, period = draw(st.sampled_from(_RECURRING))
        return Deadline(text, recurrence=period)
    if kind == "relative":
        days = draw(st.sampled_from((7, 10, 15, 30)))
        return Deadline(f"trong thời hạn {days} ngày kể từ ngày ký", relative=True)
    return Deadline(draw(st.sampled_from(("kịp thời", "sớm", "thường xuyên"))))


def deadlines_strategy() -> st.SearchStrategy[Deadline]:
    return _deadline()


@st.composite
def _task(draw: st.DrawFn) -> Task:
    lead = draw(st.sampled_from(_LEADS))
    support = draw(st.lists(st.sampled_from(_SUPPORTS), max_size=1))
    action = draw(st.sampled_from(_ACTIONS))
    deadline = draw(st.none() | _deadline())
    text = f"{lead} chủ trì"
    text += f", phối hợp với {support[0]}" if support else ""
    text += f" {action} {draw(st.sampled_from(data.TOPICS))}"
    text += f", hoàn thành {deadline.text}." if deadline is not None else "."
    item = draw(st.integers(1, 9))
    label = str(item) if draw(st.booleans()) else f"{item}.{draw(st.sampled_from('abcdđeg'))}"
    return Task(label, text, lead=[lead], support=support, action=action, deadline=deadline)


def tasks_strategy() -> st.SearchStrategy[Task]:
    return _task()
