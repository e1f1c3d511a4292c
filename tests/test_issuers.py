"""Tests of the issuer-code table (conventions §3.4, §5)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanban import doctypes, issuers
from vanban.enums import Family
from vanban.errors import InvalidComponent, VanbanError
from vanban.issuers import Issuer, IssuerKind, by_code, is_collective, roman

ROWS = list(issuers.issuers())


def segments(number: str) -> list[str]:
    return re.split(r"[-/]", number)


def issuer(code: str) -> Issuer:
    found = by_code(code)
    assert found is not None, code
    return found


def test_codes_are_unique_and_nfc() -> None:
    codes = [row.code for row in ROWS]
    assert len(codes) == len(set(codes))
    for row in ROWS:
        assert row.code == unicodedata.normalize("NFC", row.code) == row.code.strip()
        assert "\u00d0" not in row.code
        assert row.name


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.code)
def test_examples_contain_the_code(row: Issuer) -> None:
    for number in row.examples:
        assert row.code in segments(number), number


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.code)
def test_party_issuers_have_party_numbers(row: Issuer) -> None:
    for number in row.examples:
        party_shape = bool(re.fullmatch(r"\d+-[^/]+/.+", number))
        assert party_shape == (row.family is Family.PARTY), number
    assert (row.kind is IssuerKind.PARTY) == (row.family is Family.PARTY)


def test_expected_rows_present() -> None:
    codes = {row.code for row in ROWS}
    assert {"QH11", "QH13", "QH14", "QH15", "UBTVQH11", "UBTVQH14", "UBTVQH15"} <= codes
    assert {"CP", "TTg", "VPCP", "BNV", "UBND", "HĐND", "NHNN", "TANDTC", "VKSTC"} <= codes
    assert {"TW", "VPTW", "BTCTW", "TU", "HU", "ĐU", "CB"} <= codes
    assert "BCT" in codes and issuer("BCT").name == "Bộ Công Thương"  # not Bộ Chính trị
    assert "KTNN" not in codes  # no number seen


@pytest.mark.parametrize(("code", "name"), [
    ("QH11", "Quốc hội khóa XI"),
    ("QH12", "Quốc hội khóa XII"),
    ("QH15", "Quốc hội khóa XV"),
    ("QH1", "Quốc hội khóa I"),
    ("QH9", "Quốc hội khóa IX"),
    ("QH16", "Quốc hội khóa XVI"),
    ("QH99", "Quốc hội khóa XCIX"),
    ("UBTVQH13", "Ủy ban Thường vụ Quốc hội khóa XIII"),
    ("UBTVQH14", "Ủy ban Thường vụ Quốc hội khóa XIV"),
    ("UBTVQH4", "Ủy ban Thường vụ Quốc hội khóa IV"),
])
def test_legislature_codes(code: str, name: str) -> None:
    found = issuer(code)
    assert (found.code, found.name, found.kind) == (code, name, IssuerKind.CENTRAL)
    assert found.term == int(code.removeprefix("UBTV").removeprefix("QH"))
    assert found.collective
    assert found.pattern in {"QH<khóa>", "UBTVQH<khóa>"}


def test_stored_legislature_rows_keep_their_examples() -> None:
    assert "64/2025/QH15" in issuer("QH15").examples
    assert issuer("UBTVQH11").examples
    assert issuer("QH12").examples == ()  # understood, not stored
    assert issuer("QH15").family is Family.NORMATIVE
    assert issuer("UBTVQH15").family is None


@pytest.mark.parametrize("code", [
    "QH", "QH0", "QH012", "QH100", "qh15", "Qh15", "XQH15", "QH15 ", " QH15", "QH15a",
    "UBTVQH", "UBTVQH0", "UBTVQH150", "UBTV15", "QH１５", "BCHTW", "", "BNNN", "ttg", "TTG",
])
def test_unknown_codes(code: str) -> None:
    assert by_code(code) is None
    assert not is_collective(code)


@pytest.mark.parametrize(("code", "name"), [
    ("TTg", "Thủ tướng Chính phủ"),
    ("CP", "Chính phủ"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BGD\u00d0T", "Bộ Giáo dục và Đào tạo"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("TW", "Ban Chấp hành Trung ương Đảng"),
    ("ĐU", "Đảng ủy"),
])
def test_by_code(code: str, name: str) -> None:
    assert issuer(code).name == name


@pytest.mark.parametrize(("code", "expected"), [
    ("CP", True), ("UBND", True), ("HĐND", True), ("QH15", True), ("QH12", True),
    ("UBTVQH14", True), ("HĐTP", True), ("TW", True), ("TU", True), ("HU", True), ("ĐU", True),
    ("CB", True), ("TTg", False), ("CTN", False), ("BNV", False), ("VPCP", False),
    ("VPTW", False), ("BTCTW", False), ("CTUBND", False), ("SXD", False), ("nope", False),
])
def test_is_collective(code: str, expected: bool) -> None:
    assert is_collective(code) is expected


def test_doctype_examples_name_known_issuers() -> None:
    """The first issuer of every example number in the type table is in the issuer table."""
    for row in doctypes.document_types():
        for number in row.examples:
            parts = segments(number)
            if row.family is Family.PARTY:
                code = parts[2]
            elif row.code is None:  # Công văn N/ISSUER-UNIT, Luật N/YYYY/QH15
                code = parts[2] if re.fullmatch(r"\d{4}", parts[1]) else parts[1]
            else:
                code = parts[parts.index(row.code) + 1]
            assert by_code(code) is not None, number


def _from_roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for here, after in zip(text, [*text[1:], "I"], strict=True):
        total += -values[here] if values[here] < values[after] else values[here]
    return total


def test_roman() -> None:
    assert [roman(n) for n in (1, 4, 9, 11, 14, 15, 40, 90, 400, 3999)] == [
        "I", "IV", "IX", "XI", "XIV", "XV", "XL", "XC", "CD", "MMMCMXCIX"]
    for bad in (0, -1, 4000):
        with pytest.raises(InvalidComponent):
            roman(bad)


@given(st.integers(1, 3999))
def test_roman_round_trip(number: int) -> None:
    text = roman(number)
    assert re.fullmatch(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", text)
    assert _from_roman(text) == number


@given(st.text(max_size=12))
def test_by_code_never_raises(code: str) -> None:
    found = by_code(code)
    assert found is None or found.code == unicodedata.normalize("NFC", code).replace("Ð", "Đ")


# -- loading -------------------------------------------------------------------------------


def test_loader_rejects_unknown_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    row: dict[str, object] = {
        "code": "X", "name": "X", "family": None, "kind": "ngo", "examples": []}
    monkeypatch.setattr(issuers, "_read_rows", lambda _name: [("issuers.json row 3 ('X')", row)])
    with pytest.raises(VanbanError, match=r"row 3 \('X'\): unknown kind 'ngo'"):
        issuers._tables.__wrapped__()


def test_loader_rejects_a_name_that_breaks_its_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    row = {"code": "QH12", "name": "Quốc hội khóa 12", "family": "normative", "kind": "central",
           "pattern": "QH<khóa>", "examples": []}
    monkeypatch.setattr(issuers, "_read_rows", lambda _name: [("row", row)])
    with pytest.raises(VanbanError, match="Quốc hội khóa XII"):
        issuers._tables.__wrapped__()
