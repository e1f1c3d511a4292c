"""Tests of vanban.citations: citations in running text (NĐ 30/2020 Phụ lục I, II.6 viện dẫn;
Phụ lục II, V.7 structural units), with spans, resolution, unique() and annotate()."""

from __future__ import annotations

import json
import re
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vanban import dates, doctypes, numbers
from vanban.citations import annotate, cite, number_text, unique
from vanban.dates import DocumentDate
from vanban.enums import Relation
from vanban.model import Citation
from vanban.numbers import DocumentNumber

FIXTURES = Path(__file__).parent / "fixtures" / "citations"


def parts(c: Citation) -> dict[str, Any]:
    return {
        "text": c.text,
        "type_name": c.type_name,
        "number": str(c.number) if c.number is not None else None,
        "date": c.date.isoformat() if c.date is not None else None,
        "issuer": c.issuer,
        "title": c.title,
        "pinpoint": c.pinpoint,
        "relation": c.relation.value,
        "is_self": c.is_self,
    }


def check_spans(text: str, cs: list[Citation]) -> None:
    last = 0
    for c in cs:
        assert c.span is not None
        assert last <= c.span.start < c.span.end <= len(text)
        assert text[c.span.start : c.span.end] == c.text
        last = c.span.end


# --- the real examples of the spec ---------------------------------------------------------

EXAMPLES = json.loads((FIXTURES / "spec_examples.json").read_text(encoding="utf-8"))["examples"]


def test_all_44_examples_are_there() -> None:
    assert [e["example"] for e in EXAMPLES] == list(range(1, 45))


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"ex{e['example']}" for e in EXAMPLES])
def test_spec_example(example: dict[str, Any]) -> None:
    text = example["text"]
    cs = cite(text, self_references=example["self_references"])
    check_spans(text, cs)
    assert [parts(c) for c in cs] == example["citations"]


def test_first_and_later_citation_resolve() -> None:
    # Example 16: first "văn bản số 92/TTr-UBND", later "Tờ trình số 92/TTr-UBND nêu trên".
    cs = cite(EXAMPLES[15]["text"])
    assert [c.refers_to for c in cs] == [None, 0]
    (u,) = unique(cs)
    assert (u.type_name, str(u.number)) == ("Tờ trình", "92/TTr-UBND")
    assert u.date == DocumentDate(2026, 4, 21)


def test_short_mention_by_type_and_by_bare_number() -> None:
    text = ("Thực hiện Công văn số 12/UBND-VX ngày 05/3/2025 của UBND tỉnh và Chỉ thị số 35-CT/TW "
            "ngày 14/6/2024. Theo Công văn nêu trên và Chỉ thị số 35, các sở báo cáo.")
    cs = cite(text)
    assert [(c.type_name, c.refers_to) for c in cs] == [
        ("Công văn", None), ("Chỉ thị", None), ("Công văn", 0), ("Chỉ thị", 1)]
    assert [str(u.number) for u in unique(cs)] == ["12/UBND-VX", "35-CT/TW"]


# --- neighbours never lend each other a date or an issuer (eyecite #321) ---------------------


def test_adjacent_citations_keep_their_own_dates_and_issuers() -> None:
    text = ("Quyết định số 1/QĐ-UBND của UBND tỉnh Lâm Đồng; Quyết định số 2/QĐ-UBND ngày "
            "05/3/2020 của Bộ Nội vụ về tuyển dụng, Quyết định số 3/QĐ-BNV và Thông tư số "
            "4/2021/TT-BNV ngày 30 tháng 6 năm 2021.")
    cs = cite(text)
    check_spans(text, cs)
    got = [(str(c.number), c.date.isoformat() if c.date else None, c.issuer) for c in cs]
    assert got == [
        ("01/QĐ-UBND", None, "UBND tỉnh Lâm Đồng"),
        ("02/QĐ-UBND", "2020-03-05", "Bộ Nội vụ"),
        ("03/QĐ-BNV", None, None),
        ("04/2021/TT-BNV", "2021-06-30", None),
    ]


def test_the_date_of_an_amending_law_is_not_its_last_inner_law_s() -> None:
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15 và Luật "
            "Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024;")
    outer, land, credit = cite(text)
    assert outer.date == DocumentDate(2024, 6, 29)
    assert outer.title == ("sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15 và "
                           "Luật Các tổ chức tín dụng số 32/2024/QH15")
    assert land.date is None and credit.date is None
    assert (land.title, credit.title) == ("Đất đai", "Các tổ chức tín dụng")


def test_the_sentence_date() -> None:
    text = ("Kính gửi: Hiệp hội\n\nNgày 09/01/2025, Hiệp hội Doanh nghiệp tỉnh có Công văn số "
            "282/HHDN-K4 đề nghị gia hạn. Công văn số 5/UBND-VX không có ngày.")
    first, second = cite(text)
    assert first.date == DocumentDate(2025, 1, 9)
    assert second.date is None


# --- forms -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("theo Công văn số 3331 /SNV-TCBC ngày 5/3/2025", ("Công văn", "3331/SNV-TCBC")),
        ("Căn cứ Nghị định 131/2021/NĐ-CP ngày 30/12/2021", ("Nghị định", "131/2021/NĐ-CP")),
        ("Số: 2463 /QĐ - UBND ở đầu; theo Quyết định số 2463 /QĐ - UBND", None),
        ("tại văn bản số 1189/SNV- LĐVL&TN ngày 29/8/2025", (None, "1189/SNV-LĐVL&TN")),
        ("theo Tờ trình số 409 /TTr-CAT(PC04) ngày 1/2/2025", ("Tờ trình", "409/TTr-CAT(PC04)")),
        ("Công văn số 1676/SNV-\nTCBC ngày 7/4/2026", ("Công văn", "1676/SNV-TCBC")),
        ("Quyết định số 169-CP ngày 24/6/1977", ("Quyết định", "169-CP")),
        ("theo Quy chuẩn QCVN 122:2024/BGTVT3, Thông tư", ("Quy chuẩn", "QCVN122:2024/BGTVT")),
        ("Sửa đổi 1:2024 QCVN 05A:2020/BCT Quy chuẩn", (None, "QCVN05A:2020/BCT")),
        ("của Luật số 42/2024/QH151 ngày 29/6/2024", ("Luật", "42/2024/QH15")),
        ("THỰC HIỆN CÔNG VĂN SỐ 12/UBND-VX NGÀY 05 THÁNG 3 NĂM 2025", ("Công văn", "12/UBND-VX")),
        ("Thuc hien cong van so 3797/BXD-KTQLXD ngay 11/3/2026", ("Công văn", "3797/BXD-KTQLXD")),
        ("Chương trình hành độ số 104-CTr/Tu ngày 30/8/2026", ("Chương trình", "104-CTr/Tu")),
        ("theo Giấy phép khai thác khoáng sản số\n2010/GP-BTNMT", ("Giấy phép", "2010/GP-BTNMT")),
    ],
)
def test_number_forms(text: str, expected: tuple[str | None, str] | None) -> None:
    cs = cite(text)
    check_spans(text, cs)
    if expected is None:  # the document's own number, and its mentions: self references
        assert cs == []
        assert all(c.is_self for c in cite(text, self_references=True))
        return
    (c,) = cs
    assert (c.type_name, number_text(c)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "theo mẫu số 01/TB-ĐKT ban hành kèm theo",
        "diện 2/IV ở phía Nam",
        "tỷ lệ 1/500, 2/3 thành viên, 24/7",
        "ngày 30/8/2024 và 01-10-1997",
        "theo Bản kê 21/BKTrC/GSQL",
        "Phụ lục số 3/PL-A",
        "số 12 đường Lê Lợi",
        "Luật sư Nguyễn Văn A và các luật gia",
    ],
)
def test_not_citations(text: str) -> None:
    assert cite(text) == []


def test_editorial_notes_in_brackets_are_skipped() -> None:
    text = ("Điều 8. Hỗ trợ vay vốn\n[Về cho vay được hướng dẫn bởi Công văn 4530/NHCS-TDNN năm "
            "2024 có hiệu lực từ ngày 01/08/2024]\n1. Theo Nghị định số 74/2019/NĐ-CP.")
    assert [number_text(c) for c in cite(text)] == ["74/2019/NĐ-CP"]


def test_laws_by_name() -> None:
    text = ("Căn cứ Luật Luật sư ngày 29 tháng 6 năm 2006; Luật sửa đổi, bổ sung một số điều của "
            "Luật Luật sư ngày 20 tháng 11 năm 2012; Bộ luật Hình sự; Luật Doanh nghiệp năm 2014; "
            "khoản 1 Điều 3 Luật Việc làm số 38/2013/QH13 ngày 16 tháng 11 năm 2013 của Quốc hội.")
    got = [(c.type_name, c.title, number_text(c), c.date.isoformat() if c.date else None,
            c.pinpoint) for c in cite(text)]
    assert got == [
        ("Luật", "Luật sư", None, "2006-06-29", None),
        ("Luật", "sửa đổi, bổ sung một số điều của Luật Luật sư", None, "2012-11-20", None),
        ("Luật", "Luật sư", None, None, None),
        ("Bộ luật", "Hình sự", None, None, None),
        ("Luật", "Doanh nghiệp", None, "2014", None),
        ("Luật", "Việc làm", "38/2013/QH13", "2013-11-16", "khoản 1 Điều 3"),
    ]
    assert cite(text)[-1].issuer == "Quốc hội"


def test_luat_su_is_a_lawyer_not_a_law() -> None:
    # "luật sư" is the word for a lawyer: "Đoàn Luật sư" (a bar association) names no law,
    # and the number after it is the Tờ trình's (a Quyết định of UBND tỉnh Bình Thuận, 2025)
    text = ("Theo đề nghị của Ban Chủ nhiệm Đoàn Luật sư tỉnh Bình Thuận tại Tờ trình số "
            "02-TTr/ĐLS ngày 29 tháng 4 năm 2025. 2. Phê chuẩn Nghị quyết Đại hội Đoàn Luật sư "
            "tỉnh Bình Thuận đã được thông qua ngày 27 tháng 4 năm 2025; Liên đoàn Luật sư Việt "
            "Nam năm 2026. Căn cứ Luật Luật sư ngày 29 tháng 6 năm 2006.")
    got = [(c.type_name, c.title, number_text(c), c.date.isoformat() if c.date else None)
           for c in cite(text)]
    assert got == [("Tờ trình", None, "02-TTr/ĐLS", "2025-04-29"),
                   ("Luật", "Luật sư", None, "2006-06-29")]
    assert cite(text)[0].issuer == "Ban Chủ nhiệm Đoàn Luật sư tỉnh Bình Thuận"
    # in capitals too ("Đoàn Luật Sư", "ĐOÀN LUẬT SƯ")
    for spelling in ("Luật Sư", "LUẬT SƯ"):
        capital = text.replace("Đoàn Luật sư", "Đoàn " + spelling)
        assert [c.type_name for c in cite(capital)] == ["Tờ trình", "Luật"]


def test_a_bare_law_takes_the_full_name_read_earlier() -> None:
    text = "Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015; theo Luật Phí và lệ phí và các"
    first, later = cite(text)
    assert later.title == first.title == "Phí và lệ phí"
    assert later.refers_to == 0


def test_self_references() -> None:
    text = ("Điều 1. Phạm vi\nQuyết định này quy định theo khoản 2 Điều này và Điều 5; quy định "
            "tại Điều 3 Nghị định số 10/2020/NĐ-CP và Điều 4 của Luật này.")
    assert [number_text(c) for c in cite(text)] == ["10/2020/NĐ-CP"]
    got = [(c.type_name, c.pinpoint, c.is_self) for c in cite(text, self_references=True)]
    assert got == [
        ("Quyết định", None, True),
        (None, "khoản 2 Điều này", True),
        (None, "Điều 5", True),
        ("Nghị định", "Điều 3", False),
        ("Luật", "Điều 4", True),
    ]


def test_nfd_text_spans_point_into_the_original() -> None:
    text = "Căn cứ Quyết định số 15/QĐ-BNV ngày 05/3/2020 của Bộ Nội vụ;"
    text = "Dòng đầu\n" + unicodedata.normalize("NFD", text) + "\r\nDòng cuối"
    (c,) = cite(text)
    check_spans(text, [c])
    assert (c.type_name, c.issuer, c.relation) == ("Quyết định", "Bộ Nội vụ", Relation.BASIS)


# --- relations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Căn cứ Nghị định số 30/2020/NĐ-CP;", Relation.BASIS),
        ("Thực hiện Kế hoạch số 5/KH-UBND;", Relation.IMPLEMENTS),
        ("Triển khai Chỉ thị số 5-CT/TW,", Relation.IMPLEMENTS),
        ("theo Công văn số 5/UBND-VX,", Relation.ACCORDING_TO),
        ("theo quy định tại khoản 1 Điều 5 của Thông tư số 5/2020/TT-BTC.", Relation.ACCORDING_TO),
        ("Xét đề nghị của Sở Nội vụ tại Tờ trình số 5/TTr-SNV.", Relation.PROPOSAL),
        ("Sửa đổi, bổ sung một số điều của Thông tư số 5/2020/TT-BTC.", Relation.AMENDS),
        ("Bãi bỏ Quyết định số 5/QĐ-UBND.", Relation.REPEALS),
        ("Quyết định số 5/QĐ-UBND ngày 1/2/2020 hết hiệu lực.", Relation.REPEALS),
        ("Quyết định này thay thế Quyết định số 5/QĐ-UBND.", Relation.REPLACES),
        ("ban hành kèm theo Quyết định số 5/QĐ-UBND.", Relation.ATTACHED_TO),
        ("Luật Đầu tư số 61/2020/QH14 được sửa đổi, bổ sung bởi Luật số 57/2024/QH15;",
         Relation.AMENDED_BY),
        ("Phúc đáp Công văn số 5/UBND-VX,", Relation.REFERENCE),
        ("Căn cứ Luật A ngày 1/1/2020. Công văn số 5/UBND-VX nêu rõ", Relation.REFERENCE),
    ],
)
def test_relation(text: str, relation: Relation) -> None:
    assert cite(text)[-1].relation is relation


# --- unique and annotate -------------------------------------------------------------------


def test_unique_merges_fields_in_first_mention_order() -> None:
    text = ("Văn bản số 01/BC-HHDN-K5 ngày 28/6/2025 của Hiệp hội; Nghị định số 126/2024/NĐ-CP "
            "ngày 08/10/2024; Văn bản số 01/BC-HHDN-K5 nêu trên; Nghị định số 126/NĐ-CP ngày "
            "08/10/2024 (in sai năm); Luật Đất đai ngày 18 tháng 01 năm 2024 và Luật Đất đai số "
            "31/2024/QH15.")
    got = [(c.type_name, number_text(c), c.title, c.date.isoformat() if c.date else None)
           for c in unique(cite(text))]
    assert got == [
        (None, "01/BC-HHDN-K5", None, "2025-06-28"),
        ("Nghị định", "126/2024/NĐ-CP", None, "2024-10-08"),
        ("Luật", "31/2024/QH15", "Đất đai", "2024-01-18"),
    ]


def test_unique_keeps_two_laws_of_the_same_name_and_different_dates() -> None:
    text = ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật Tổ chức Chính phủ ngày "
            "18 tháng 02 năm 2025;")
    assert [c.date for c in unique(cite(text))] == [DocumentDate(2015, 6, 19),
                                                     DocumentDate(2025, 2, 18)]


def test_annotate() -> None:
    text = "Căn cứ Luật Đất đai ngày 18/01/2024 và Nghị định số 102/2024/NĐ-CP của Chính phủ."
    marked = annotate(text, cite(text), lambda c, s: f"<mark>{s}</mark>")
    assert marked == ("Căn cứ <mark>Luật Đất đai ngày 18/01/2024</mark> và <mark>Nghị định số "
                      "102/2024/NĐ-CP</mark> của Chính phủ.")
    assert annotate(text, [], lambda c, s: "") == text


# --- real documents and their gold lists ---------------------------------------------------


def _keys(item: dict[str, str]) -> set[tuple[str, ...]]:
    """As score.py: by number (spaces removed), or by case-folded title and full date."""
    keys: set[tuple[str, ...]] = set()
    fold = lambda s: " ".join(unicodedata.normalize("NFC", s).split())  # noqa: E731
    if item.get("Number"):
        keys.add(("number", re.sub(r"\s+", "", fold(item["Number"]))))
    date = item.get("IssuedDate", "")
    if item.get("Title") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        keys.add(("title", fold(item["Title"]).casefold(), date))
    return keys


def _record(c: Citation) -> dict[str, str] | None:
    named = c.type_name in ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp")
    full = c.date is not None and c.date.is_complete
    number = number_text(c) or ""
    if not number and not (named and c.title and full):
        return None
    item = {"TypeName": c.type_name or "", "Number": number,
            "IssuedDate": c.date.isoformat() if c.date and full else ""}
    if named and c.title:
        item["Title"] = c.title
    return item


DOCUMENTS = sorted(p.stem for p in FIXTURES.glob("*.json") if p.stem.isdigit())


@pytest.mark.parametrize("doc", DOCUMENTS)
def test_gold_document(doc: str) -> None:
    text = (FIXTURES / f"{doc}.txt").read_text(encoding="utf-8")
    gold = json.loads((FIXTURES / f"{doc}.json").read_text(encoding="utf-8"))["Citations"]
    cs = cite(text)
    check_spans(text, cs)
    predicted = [r for r in (_record(c) for c in unique(cs)) if r is not None]
    matched: dict[int, dict[str, str]] = {}
    extra = []
    for item in predicted:
        hit = next((i for i, g in enumerate(gold) if _keys(g) & _keys(item)), None)
        if hit is None:
            extra.append(item)
        else:
            matched.setdefault(hit, item)
    assert extra == []
    assert sorted(matched) == list(range(len(gold)))
    for i, item in matched.items():
        assert (item["TypeName"], item["IssuedDate"]) == (gold[i]["TypeName"],
                                                           gold[i]["IssuedDate"]), gold[i]


# --- properties --------------------------------------------------------------------------------

_PIECES = ["số ", "Luật ", "ngày ", "Quyết định ", "1/", "12/QĐ-UBND", "-", "/", " ", "\n", "[",
           "]", "này ", "trên", "Điều 5", "của ", "về ", "Căn cứ ", "khoản 2 ", "2024", "tháng ",
           "năm ", "NĐ-CP", "Số: ", ",", ";", ".", "và ", "sửa đổi, bổ sung ", "Văn bản "]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=5)), max_size=60),
       st.booleans())
def test_never_raises_and_spans_are_exact(pieces: list[str], self_references: bool) -> None:
    text = "".join(pieces)
    cs = cite(text, self_references=self_references)
    check_spans(text, cs)
    for c in cs:
        assert c.refers_to is None or 0 <= c.refers_to < len(cs)
    unique(cs)
    assert annotate(text, cs, lambda c, s: s) == text


_TYPES = sorted({t.name for t in doctypes.document_types() if not t.copy})
_ISSUERS = ["Chính phủ", "Bộ Nội vụ", "Thủ tướng Chính phủ", "Ban Bí thư", "UBND tỉnh Lâm Đồng"]
_FILLER = [
    "Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện nghiêm túc.",
    "Các đơn vị báo cáo kết quả trước ngày 15 hằng tháng.",
    "Đây là nhiệm vụ trọng tâm của năm 2025, cần thực hiện đúng tiến độ.",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh kịp thời.",
    "Sở Nội vụ tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.",
]


@settings(max_examples=200)
@given(
    type_name=st.sampled_from(_TYPES),
    number=st.from_type(DocumentNumber),
    date=st.dates().map(DocumentDate.from_date).filter(lambda d: 1900 <= (d.year or 0) <= 2100),
    style=st.sampled_from(["long", "numeric"]),
    issuer=st.sampled_from(_ISSUERS),
    before=st.lists(st.sampled_from(_FILLER), max_size=3),
    after=st.lists(st.sampled_from(_FILLER), max_size=3),
)
def test_a_generated_citation_is_found_with_its_parts(
    type_name: str, number: DocumentNumber, date: DocumentDate, style: str, issuer: str,
    before: list[str], after: list[str],
) -> None:
    printed_date = dates.format(date, style=style)
    if style == "numeric":
        printed_date = "ngày " + printed_date
    citation = f"{type_name} số {numbers.format(number)} {printed_date}"
    text = " ".join([*before, f"Căn cứ {citation} của {issuer};", *after])
    cs = cite(text)
    check_spans(text, cs)
    (c,) = cs
    assert c.text == citation
    assert (c.type_name, c.number, c.date, c.issuer) == (type_name, number, date, issuer)
    assert c.relation is Relation.BASIS


# --- linear time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["số " * 100_000, "1/" * 100_000, "Luật " * 50_000, "ngày " * 50_000,
     "Quyết định số 1/QĐ-UBND của" + " " * 200_000, "[" * 100_000, "Điều 1, " * 25_000,
     "1-A-" * 50_000, "Công văn nêu trên, " * 10_000, "1 - " * 25_000, "/2024/" * 20_000,
     "1." * 50_000 + "/A", "Bộ " * 35_000, "Căn cứ số 1/QĐ-UB. v.v: x.y. " * 4_000,
     # a number ending in a digit makes every number's line be looked at for a footnote's mark
     "số 1/STC-HTDN1.\n" + ("x" * 50 + " số 12/UBND-VP\n") * 20_000],
    ids=["so", "slash", "luat", "ngay", "spaces", "brackets", "dieu", "dashes", "tren",
         "spaced-dashes", "years", "dots", "bo", "stops", "footnote-marks"],
)
def test_adversarial_input_is_fast(text: str) -> None:
    for self_references in (False, True):
        t0 = time.perf_counter()
        cite(text, self_references=self_references)
        assert time.perf_counter() - t0 < 2.0


def test_time_grows_linearly() -> None:
    unit = (EXAMPLES[22]["text"] + " " + EXAMPLES[10]["text"] + " Các đơn vị thực hiện.\n") * 50

    def timing(text: str) -> float:
        t0 = time.perf_counter()
        cite(text)
        return time.perf_counter() - t0

    small = min(timing(unit) for _ in range(3))
    large = min(timing(unit * 8) for _ in range(3))
    assert large / small < 8 * 2


def test_rejects_what_is_not_a_string() -> None:
    with pytest.raises(TypeError):
        cite("Quyết định số 1/QĐ-UBND".encode())  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["000.txt", "010.txt", "041.txt", "112.txt"])
@pytest.mark.parametrize("form", ["as-is", "NFD", "CRLF"])
def test_the_parsers_entry_point_reads_as_cite_does(name: str, form: str) -> None:
    """The parser hands its normalised copy to the citation reader; the result is ``cite``'s,
    spans included, whether or not normalising changed the text."""
    from vanban.citations import _cite_normalized
    from vanban.normalize import normalize

    text = (Path(__file__).parent / "fixtures" / "corpus" / name).read_text(encoding="utf-8")
    if form == "NFD":
        text = unicodedata.normalize("NFD", text)
    elif form == "CRLF":
        text = text.replace("\n", "\r\n")
    expected = cite(text)
    got = _cite_normalized(normalize(text))
    assert [(c, c.span, c.text) for c in got] == [(c, c.span, c.text) for c in expected]
    assert expected


def test_a_number_wrapped_after_its_dash_with_trailing_spaces() -> None:
    # PDF and DOCX extractions keep spaces at the end of a line: "1676/SNV-  " / "TCBC"
    for gap in ("-\n", "-  \n", "-\t\n  "):
        (c,) = cite(f"theo Công văn số 1676/SNV{gap}TCBC ngày 5/3/2025 của Sở Nội vụ")
        assert str(c.number) == "1676/SNV-TCBC", gap


def test_cite_and_annotate_are_exported_at_the_top() -> None:
    import vanban
    from vanban import citations

    assert vanban.cite is cite and vanban.annotate is annotate
    assert vanban.citations is citations
    assert {"cite", "annotate", "citations"} <= set(dir(vanban))


@pytest.mark.parametrize(("text", "numbers"), [
    # "số:" inside a sentence (a real decree of the Thủ tướng, 2581/QĐ-TTg): a citation
    ("Theo đề nghị của Bộ trưởng tại các văn bản số: 8004/BNNMT-ĐCKS ngày 17 tháng 10 năm 2025, "
     "8008/BNNMT-ĐCKS ngày 17 tháng 10 năm 2025.", ["8004/BNNMT-ĐCKS", "8008/BNNMT-ĐCKS"]),
    ("giải thể theo Quyết định số: 3236/QĐ-UBND, ngày 29 tháng 12 năm 2020 của UBND tỉnh",
     ["3236/QĐ-UBND"]),
    # a header's label, with or without its type, opening a line: the document's own number
    ("QUỐC HỘI\nNghị quyết số: 96/2023/QH15 Hà Nội, ngày 23 tháng 6 năm 2023\n", []),
    ("BỘ Y TẾ\nSố: 6087/BYT-KCB\nV/v khám bệnh\n", []),
])
def test_so_with_a_colon_in_a_sentence(text: str, numbers: list[str]) -> None:
    assert [str(c.number) for c in cite(text)] == numbers


@pytest.mark.parametrize(("text", "expected"), [
    # PDF text layers of justified lines: spaces around the dash, the issuer on the next line
    ("Căn cứ Quyết định số 241/QĐ     -TTg ngày 24 tháng 02 năm 2021 của Thủ tướng",
     [("241/QĐ-TTg", "2021-02-24")]),
    ("(Quyết định số 22/2020/QĐ -TTg ngày 10 tháng 8 năm 2020)",
     [("22/2020/QĐ-TTg", "2020-08-10")]),
    ("Quyết định số 416/QĐ- TTg; Kế hoạch số 119-KH/TU", [("416/QĐ-TTg", None),
                                                         ("119-KH/TU", None)]),
    ("Sở Nội vụ có Công văn số 2328/SNV            -\nTCCC ngày 30/8/2024 trả lời",
     [("2328/SNV-TCCC", "2024-08-30")]),
    # an en dash in a Party number; a dot inside the issuer's code
    ("Hướng dẫn này thay thế Hướng dẫn số 08 –HD/BTCTU ngày 16/8/2017", [("08-HD/BTCTU",
                                                                        "2017-08-16")]),
    ("Xét đề nghị tại Báo cáo số 04/BC-LĐVTCT.LĐ ngày 02/11/2025 của Liên đoàn",
     [("04/BC-LĐVTCT.LĐ", "2025-11-02")]),
    # a sentence's end after the symbol is not part of it; a period of years is not a number
    ("theo Công văn số 12/UBND. Trong đó", [("12/UBND", None)]),
    ("Kế hoạch giai đoạn 2021 – 2025 của tỉnh; Kế hoạch giai đoạn 2021 - 2025", []),
])
def test_numbers_as_pdf_layers_and_typists_print_them(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    found = cite(text)
    assert [(str(c.number), c.date and c.date.isoformat()) for c in found] == expected
    check_spans(text, found)


def test_a_footnote_mark_glued_to_a_number_its_note_cites() -> None:
    import vanban

    # a signed PDF (pdftotext): the superscript "1" glued to the symbol, the footnote below it
    text = ("Theo ý kiến thống nhất của Sở Tài chính tại Công văn số 1925/STC-HTDN1 và căn cứ "
            "Luật số 42/2024/QH15.\n\n1 Công văn số 1925/STC-HTDN ngày 19/5/2025 của Sở Tài chính "
            "về việc tổ chức đại hội; Nghị quyết số 190/2025/QH 15; Nghị quyết số "
            "190/2025/QH15.\n")
    numbers = [str(c.number) for c in cite(text)]
    # (the legislature's term printed apart elsewhere is not a mark: QH15 stays whole)
    assert numbers[:3] == ["1925/STC-HTDN", "42/2024/QH15", "1925/STC-HTDN"]
    assert numbers[-1] == "190/2025/QH15"
    listed = [c["Number"] for c in vanban.metadata(vanban.parse(text))["Citations"]]
    assert "1925/STC-HTDN" in listed and "1925/STC-HTDN1" not in listed


@pytest.mark.parametrize(("text", "number"), [
    # from the review: what follows a spaced dash at a line's end, or a dot, is not the
    # symbol's when it is an item's label, a date, a figure or a word of the next sentence
    ("1. Quyết định số 12/QĐ-UBND   -\n2. Kế hoạch", "12/QĐ-UBND"),
    ("Kế hoạch số 12/KH -\nII. NHIỆM VỤ", "12/KH"),
    ("Nghị quyết 19/NQ      -\n   2.1. Tổng số", "19/NQ"),
    ("Thông tư số 26/2026/TT-   1.014969 ha", "26/2026/TT"),
    ("Kế hoạch số 45/KH-UBND.UBND tỉnh giao", "45/KH-UBND"),
    ("theo Nghị định số 126/2024/NĐ-\nCP. Trong đó", "126/2024/NĐ-CP"),
])
def test_what_a_wrapped_or_dotted_symbol_does_not_take(text: str, number: str) -> None:
    assert [str(c.number) for c in cite(text)] == [number]



def test_the_third_reviews_counter_examples() -> None:
    import vanban
    from vanban import numbers

    # a legislature's term: one space, after the code QH itself
    assert [str(c.number) for c in cite("Nghị quyết số 30/NQ-UBTVQH      12 trang; Công văn số "
                                         "12/VPQH 5 đơn vị; Luật số 75/2006/QH 11")] == [
        "30/NQ-UBTVQH", "12/VPQH", "75/2006/QH11"]
    assert not numbers.is_valid("12/VPQH 5")
    # "ngày tháng năm sinh" in a title is not a blank date
    doc = vanban.parse("UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\nSố: 12/SNV-VP\nV/v xác định lại Họ Tên, "
                       "ngày tháng năm sinh\nLâm Đồng, ngày 05 tháng 3 năm 2025\n"
                       "Kính gửi: Sở Y tế\n1. Nội dung.\n")
    assert (doc.subject, doc.place) == ("xác định lại Họ Tên, ngày tháng năm sinh", "Lâm Đồng")
    # the last line of a quotation opened earlier: its label is the quoted text's
    doc = vanban.parse("BỘ TÀI CHÍNH\nSố: 62/2019/TT-BTC\nHà Nội, ngày 05 tháng 9 năm 2019\n"
                       "THÔNG TƯ\nSửa đổi Thông tư\nCăn cứ Luật Quản lý thuế;\nĐiều 1. Sửa đổi\n"
                       "1. Sửa đổi Điều 5 như sau:\n“Điều 5. Đối tượng\na) Tổ chức.”Điều 2. "
                       "Hiệu lực\nA.\n")
    assert [(p.label, [c.label for c in p.children]) for p in doc.body] == [
        ("Điều 1", ["1"]), ("Điều 2", [])]
