"""Tests of the document-type table (NĐ 30/2020 Điều 7, Phụ lục III; Luật 64/2025; Party)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanban import doctypes
from vanban.doctypes import DocumentType, by_code, by_name, document_types, type_codes
from vanban.enums import Family
from vanban.errors import VanbanError

ADMIN, NORMATIVE, PARTY = Family.ADMINISTRATIVE, Family.NORMATIVE, Family.PARTY

# NĐ 30/2020 Điều 7, verbatim (conventions §1.2).
DIEU_7 = (
    "Nghị quyết (cá biệt), quyết định (cá biệt), chỉ thị, quy chế, quy định, thông cáo, thông báo, "
    "hướng dẫn, chương trình, kế hoạch, phương án, đề án, dự án, báo cáo, biên bản, tờ trình, "
    "hợp đồng, công văn, công điện, bản ghi nhớ, bản thỏa thuận, giấy uỷ quyền, giấy mời, "
    "giấy giới thiệu, giấy nghỉ phép, phiếu gửi, phiếu chuyển, phiếu báo, thư công"
)
# Phụ lục III, Mục I, in row order (conventions §1.3).
PHU_LUC_III = [
    "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB",
    "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB",
]


def type_segment(number: str) -> str:
    """The type segment of ``N/TYPE-ISSUER``, ``N/YYYY/TYPE-ISSUER`` or ``N-TYPE/ISSUER``."""
    head, _, rest = number.partition("/")
    if "-" in head:  # Party
        return head.split("-", 1)[1]
    parts = rest.split("/")
    symbol = parts[1] if len(parts) > 1 and re.fullmatch(r"\d{4}", parts[0]) else parts[0]
    return symbol.split("-")[0]


def all_rows() -> list[DocumentType]:
    return list(document_types())


def code_row(code: str, family: Family) -> DocumentType:
    row = by_code(code, family)
    assert row is not None, code
    return row


def name_row(name: str, family: Family | None = None) -> DocumentType:
    row = by_name(name, family)
    assert row is not None, name
    return row


# -- the table -----------------------------------------------------------------------------


def test_type_segment_helper() -> None:
    assert type_segment("729/QĐ-TTg") == "QĐ"
    assert type_segment("30/2020/NĐ-CP") == "NĐ"
    assert type_segment("5053-CV/VPTW/nb") == "CV"
    assert type_segment("64/2025/QH15") == "QH15"


def test_administrative_types_follow_dieu_7_in_order() -> None:
    rows = [row for row in document_types(ADMIN) if not row.copy]
    assert len(rows) == 29
    expected = [name.strip() for name in DIEU_7.split(",")]
    for row, name in zip(rows, expected, strict=True):
        assert by_name(name, ADMIN) is row, name


def test_administrative_codes_are_phu_luc_iii() -> None:
    rows = [row for row in document_types(ADMIN) if not row.copy]
    codes = [row.code for row in rows if row.code is not None]
    assert codes == PHU_LUC_III
    assert len(set(codes)) == 27
    assert {row.name for row in rows if row.code is None} == {"Công văn", "Thư công"}


def test_copies() -> None:
    copies = [row for row in document_types(ADMIN) if row.copy]
    assert [(row.name, row.code) for row in copies] == [
        ("Bản sao y", "SY"), ("Bản trích sao", "TrS"), ("Bản sao lục", "SL")]
    assert all(not row.copy for row in document_types(NORMATIVE) + document_types(PARTY))
    assert "TS" not in type_codes(ADMIN)  # the 2005 code, replaced by TrS
    assert "BSY" not in type_codes(ADMIN)


def test_family_counts() -> None:
    assert len(document_types(ADMIN)) == 32
    assert len(document_types(NORMATIVE)) == 12
    assert len(document_types(PARTY)) == 17
    assert len(document_types()) == 61
    assert document_types() == tuple(all_rows())


def test_normative_codes() -> None:
    codes = {row.name: row.code for row in document_types(NORMATIVE)}
    assert codes == {
        "Hiến pháp": None, "Bộ luật": None, "Luật": None, "Pháp lệnh": None, "Lệnh": "L",
        "Nghị quyết": "NQ", "Nghị quyết liên tịch": "NQLT", "Nghị định": "NĐ",
        "Quyết định": "QĐ", "Thông tư": "TT", "Thông tư liên tịch": "TTLT",
        "Văn bản hợp nhất": "VBHN",
    }
    assert "QH" in code_row("NQ", NORMATIVE).note


def test_party_codes() -> None:
    assert type_codes(PARTY) == {
        "NQ", "QĐ", "QĐi", "CT", "KL", "QC", "TT", "HD", "TB", "BC", "TTr", "KH", "CTr", "ĐA",
        "PA", "CV", "BB",
    }
    assert all(row.code is not None for row in document_types(PARTY))


def test_no_duplicate_names_or_codes() -> None:
    keys = [(doctypes._fold(row.name), row.family) for row in all_rows()]
    assert len(keys) == len(set(keys))
    for family in Family:
        codes = [row.code for row in document_types(family) if row.code]
        assert len(codes) == len(set(codes)), family


def test_mixed_case_codes_kept() -> None:
    assert {"QyĐ", "CTr", "TTr", "TrS"} <= type_codes(ADMIN)
    assert "QĐi" in type_codes(PARTY)


def test_strings_are_nfc_and_trimmed() -> None:
    for row in all_rows():
        for text in (row.name, row.source, row.note, *row.aliases, *row.examples):
            assert text == unicodedata.normalize("NFC", text) == text.strip()
        assert row.source
        assert "\u00d0" not in (row.code or "")


# -- examples are real numbers of the row's type ---------------------------------------------


@pytest.mark.parametrize("row", all_rows(), ids=lambda r: f"{r.family}:{r.name}")
def test_examples_carry_the_row_code(row: DocumentType) -> None:
    for number in row.examples:
        segment = type_segment(number)
        if row.code is None:
            assert segment not in type_codes(row.family), number
        else:
            assert segment == row.code, number


@pytest.mark.parametrize("row", all_rows(), ids=lambda r: f"{r.family}:{r.name}")
def test_examples_have_the_family_shape(row: DocumentType) -> None:
    for number in row.examples:
        if row.family is PARTY:
            assert re.fullmatch(r"\d+-[^/]+/\w+(/nb)?", number), number
        elif row.family is ADMIN:
            assert re.fullmatch(r"\d+/[^/\s]+", number), number
        elif row.code != "VBHN":
            assert re.fullmatch(r"\d+/\d{4}/[^/\s]+", number), number


def test_examples_present_where_the_spec_has_them() -> None:
    for family, code in [(ADMIN, "QĐ"), (ADMIN, "TTr"), (ADMIN, "CĐ"), (NORMATIVE, "NĐ"),
                         (NORMATIVE, "TTLT"), (PARTY, "CV"), (PARTY, "QĐi"), (PARTY, "KL")]:
        assert code_row(code, family).examples, (family, code)
    assert "729/QĐ-TTg" in code_row("QĐ", ADMIN).examples
    assert name_row("Công văn", ADMIN).examples


# -- lookups -------------------------------------------------------------------------------


def test_by_code() -> None:
    assert code_row("QyĐ", ADMIN).name == "Quy định"
    assert code_row("QĐ", ADMIN).family is ADMIN
    assert code_row("QĐ", NORMATIVE).family is NORMATIVE
    assert code_row("TT", NORMATIVE).name == "Thông tư"
    assert code_row("TT", PARTY).name == "Thông tri"
    assert code_row("CV", PARTY).name == "Công văn"
    assert code_row("QĐi", PARTY).name == "Quy định"
    assert code_row("SL", ADMIN).copy


def test_by_code_accepts_eth_for_dj() -> None:
    assert by_code("Q\u00d0", ADMIN) is by_code("QĐ", ADMIN)
    assert by_code("Qy\u00d0", ADMIN) is by_code("QyĐ", ADMIN)


@pytest.mark.parametrize(("code", "family"), [
    ("QYĐ", ADMIN), ("qđ", ADMIN), ("Qd", ADMIN), ("QD", ADMIN), ("CV", ADMIN), ("TCG", ADMIN),
    ("BSY", ADMIN), ("TS", ADMIN), ("TTR", ADMIN), ("NĐ", ADMIN), ("TT", ADMIN), ("KL", ADMIN),
    ("CT", NORMATIVE), ("QĐi", ADMIN), ("", PARTY), (" QĐ", ADMIN), ("TB", NORMATIVE),
])
def test_by_code_negatives(code: str, family: Family) -> None:
    assert by_code(code, family) is None


@pytest.mark.parametrize(("name", "code", "family"), [
    ("công văn", None, ADMIN),
    ("CÔNG VĂN", None, ADMIN),
    ("Quyết định", "QĐ", ADMIN),
    ("quyết định (cá biệt)", "QĐ", ADMIN),
    ("Giấy uỷ quyền", "GUQ", ADMIN),
    ("Giấy ủy quyền", "GUQ", ADMIN),
    ("GIẤY ỦY QUYỀN", "GUQ", ADMIN),
    ("Bản thoả thuận", "BTT", ADMIN),
    ("  Tờ   trình ", "TTr", ADMIN),
    ("Sao y bản chính", "SY", ADMIN),
    ("Thông tư", "TT", NORMATIVE),
    ("Nghị định", "NĐ", NORMATIVE),
    ("Hiến pháp", None, NORMATIVE),
    ("Thông tri", "TT", PARTY),
    ("Kết luận", "KL", PARTY),
    ("Chương trình hành động", "CTr", PARTY),
])
def test_by_name(name: str, code: str | None, family: Family) -> None:
    row = by_name(name)
    assert row is not None
    assert (row.code, row.family) == (code, family)


def test_by_name_nfd_and_eth() -> None:
    assert name_row(unicodedata.normalize("NFD", "Giấy giới thiệu")).code == "GGT"
    assert name_row("\u00d0ề án").code == "ĐA"


def test_by_name_with_family() -> None:
    assert name_row("Quyết định", PARTY).code == "QĐ"
    assert name_row("Quy định", PARTY).code == "QĐi"
    assert name_row("Quy định", ADMIN).code == "QyĐ"
    assert name_row("Công văn", PARTY).code == "CV"
    assert name_row("Nghị quyết", NORMATIVE).family is NORMATIVE
    assert by_name("Thông tư", ADMIN) is None
    assert by_name("Kết luận", ADMIN) is None


@pytest.mark.parametrize("name", [
    "", "   ", "Cong van", "Thông bao", "Quyết định cá biệt", "Công văn hỏa tốc", "Luat",
    "Giấy ủy", "Thông", "Văn bản",
])
def test_by_name_negatives(name: str) -> None:
    assert by_name(name) is None


def test_fold_distinguishes_tones_but_not_their_place() -> None:
    fold = doctypes._fold
    assert fold("hòa") == fold("hoà") == fold("HOÀ")
    assert fold("thỏa") == fold("thoả")
    assert fold("hòa") != fold("hoá")
    assert fold("ủy") == fold("uỷ") != fold("uy")


@given(st.text(max_size=40))
def test_by_name_never_raises(text: str) -> None:
    row = by_name(text)
    assert row is None or isinstance(row, DocumentType)


@given(st.sampled_from(all_rows()), st.data())
def test_by_name_finds_every_row_in_any_case(row: DocumentType, data: st.DataObject) -> None:
    name = "".join(
        ch.upper() if data.draw(st.booleans()) else ch.lower() for ch in row.name)
    assert by_name(name, row.family) is row


@given(st.text(max_size=8), st.sampled_from(list(Family)))
def test_by_code_never_raises(code: str, family: Family) -> None:
    row = by_code(code, family)
    assert row is None or row.code == code.replace("\u00d0", "Đ")


# -- loading -------------------------------------------------------------------------------


def _load_with(monkeypatch: pytest.MonkeyPatch, row: dict[str, object]) -> None:
    monkeypatch.setattr(doctypes, "_read_rows", lambda _name: [("doctypes.json row 7 ('X')", row)])
    doctypes._table.__wrapped__()


GOOD = {"name": "X", "code": "X", "family": "administrative", "aliases": [], "source": "s",
        "examples": []}


def test_loader_rejects_unknown_family(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(VanbanError, match=r"row 7 \('X'\): unknown family 'state'"):
        _load_with(monkeypatch, {**GOOD, "family": "state"})


@pytest.mark.parametrize("change", [
    {"name": ""}, {"code": 3}, {"aliases": "Y"}, {"examples": [1]}, {"copy": "yes"},
    {"extra": 1}, {"source": None},
])
def test_loader_rejects_bad_rows(
    monkeypatch: pytest.MonkeyPatch, change: dict[str, object]
) -> None:
    with pytest.raises(VanbanError, match="row 7"):
        _load_with(monkeypatch, {**GOOD, **change})


def test_loader_rejects_duplicates(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [("r1", GOOD), ("r2", {**GOOD, "name": "Y"})]
    monkeypatch.setattr(doctypes, "_read_rows", lambda _name: rows)
    with pytest.raises(VanbanError, match="code 'X' used twice"):
        doctypes._table.__wrapped__()
    rows[1] = ("r2", {**GOOD, "code": "Y", "name": "x"})
    with pytest.raises(VanbanError, match="used twice"):
        doctypes._table.__wrapped__()


def test_loader_accepts_a_good_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctypes, "_read_rows", lambda _name: [("r", GOOD)])
    assert doctypes._table.__wrapped__()[0].family is ADMIN
