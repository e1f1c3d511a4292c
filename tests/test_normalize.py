"""vanban.normalize: the normalised copy and the offset map back to the original."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vanban.normalize import _is_nfc, fold, normalize


def test_nfd_composes_and_spans_map_back() -> None:
    original = unicodedata.normalize("NFD", "Số: 15/QĐ-UBND ngày 05 tháng 3")
    n = normalize(original)
    assert n.text == "Số: 15/QĐ-UBND ngày 05 tháng 3"
    start = n.text.index("ngày")
    a, b = n.span(start, start + len("ngày"))
    assert unicodedata.normalize("NFC", original[a:b]) == "ngày"


def test_one_to_one_replacements() -> None:
    n = normalize("QÐ-BNV Ƣu tiên\u00a0ƣu")
    assert n.text == "QĐ-BNV Ưu tiên ưu"
    assert n.span(0, 6) == (0, 6)


def test_tone_placement_moves_to_first_vowel_at_syllable_end() -> None:
    assert normalize("hoà thuỷ Uỷ ban khoẻ HOÀ").text == "hòa thủy Ủy ban khỏe HÒA"
    assert normalize("hoàn quý quỷ thuyền").text == "hoàn quý quỷ thuyền"


def test_zero_width_and_crlf() -> None:
    original = "a\u200bb\r\nc"
    n = normalize(original)
    assert n.text == "ab\nc"
    assert n.span(3, 4) == (5, 6)
    assert n.span(2, 3) == (3, 5)


def test_fold() -> None:
    assert fold("ỦY BAN  NHÂN DÂN") == fold("Uỷ ban nhân dân")


_alphabet = st.sampled_from(
    [*"aăâeêioôơuưyđ ĐQ/-\n\r\u00a0\u200b\u0300\u0301\u0303\u0309\u0323\u0302\u031b\u00d0"]
)


@given(st.lists(_alphabet, max_size=60).map("".join))
def test_spans_are_monotonic_and_inside(original: str) -> None:
    n = normalize(original)
    previous = 0
    for i in range(len(n.text)):
        start, end = n.span(i, i + 1)
        assert 0 <= start <= end <= len(original)
        assert start >= previous
        previous = start
    assert n.span(0, len(n.text))[1] <= len(original)


@given(st.text())
def test_normalised_text_is_nfc_and_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


_NFC_PIECES = st.sampled_from([
    "a", "o", "u", "y", "Đ", " ", "\n", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323",
    "\u0302", "\u0306", "\u031b", "\u0344", "\u0345", "\u05b0", "\u0591", "\u1dc0", "\u20d0",
    "\u1100", "\u1161", "\u11a8", "\uac00", "\u212b", "\u00c5", "\u0958", "\u0915", "\u093c",
    "\u0b47", "\u0b3e", "\u3099", "\u304b", "à", "ộ", "ừ", "hòa", "thủy",
])


@given(st.lists(_NFC_PIECES, max_size=40).map("".join))
def test_nfc_test_line_by_line_is_nfc(text: str) -> None:
    assert _is_nfc(text) == (unicodedata.normalize("NFC", text) == text)
    decomposed = unicodedata.normalize("NFD", text)
    assert _is_nfc(decomposed) == (unicodedata.normalize("NFC", decomposed) == decomposed)
