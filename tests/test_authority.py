"""Tests of signing-authority prefixes (NĐ 30/2020 Phụ lục I, II.7.b; Party §3.6)."""

from __future__ import annotations

import time

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from vanban.authority import (
    Authority,
    AuthorityRow,
    canonical_prefix,
    match_prefix,
    parse_authority,
    prefixes,
)
from vanban.enums import AuthorityKind, Family
from vanban.errors import InvalidComponent, InvalidFormat

ADMIN, PARTY = Family.ADMINISTRATIVE, Family.PARTY
K = AuthorityKind
ROWS = list(prefixes())


# -- the table -----------------------------------------------------------------------------


def test_table() -> None:
    assert [(r.prefix, r.kind, r.family) for r in ROWS] == [
        ("TM.", K.ON_BEHALF, ADMIN), ("KT.", K.DEPUTY, ADMIN), ("TL.", K.BY_ORDER, ADMIN),
        ("TUQ.", K.AUTHORISED, ADMIN), ("Q.", K.ACTING, ADMIN),
        ("T/M", K.ON_BEHALF, PARTY), ("K/T", K.DEPUTY, PARTY), ("T/L", K.BY_ORDER, PARTY),
    ]
    meanings = {r.prefix: r.meaning for r in ROWS}
    assert meanings["TM."] == meanings["T/M"] == "thay mặt"
    assert meanings["KT."] == "ký thay" and meanings["TUQ."] == "thừa ủy quyền"
    assert meanings["TL."] == "thừa lệnh" and meanings["Q."] == "quyền"


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.prefix)
def test_row_is_consistent(row: AuthorityRow) -> None:
    assert row.prefix in row.variants
    assert row.source
    for variant in row.variants:
        found = match_prefix(f"{variant} CHỦ TỊCH")
        assert found is not None, variant
        assert found[:2] == (row.kind, row.family)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.prefix)
def test_variants_spell_the_prefix(row: AuthorityRow) -> None:
    """A variant only adds or drops spaces, dots and slashes, or changes case."""
    def letters(text: str) -> str:
        return "".join(ch for ch in text if ch.isalpha()).upper()

    for variant in row.variants:
        assert letters(variant) == letters(row.prefix), variant
    assert len(set(row.variants)) == len(row.variants)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.prefix)
def test_examples_start_with_their_prefix(row: AuthorityRow) -> None:
    for example in row.examples:
        assert any(example.startswith(variant) for variant in row.variants), example
        first, *rest = example.split(" / ")
        assert match_prefix(first) is not None
        authority = parse_authority(first)
        assert (authority.kind, authority.family) == (row.kind, row.family)
        for line in rest:  # a chained line parses, a bare position has no prefix
            if match_prefix(line) is not None:
                assert parse_authority(line).family is row.family


def test_real_examples_present() -> None:
    examples = {r.prefix: r.examples for r in ROWS}
    assert "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" in examples["TM."]
    assert "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG" in examples["KT."]
    assert "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG" in examples["TL."]
    assert "T/M BAN THƯỜNG VỤ / BÍ THƯ" in examples["T/M"]


# -- parsing -------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "expected", "family"), [
    ("KT.CHỦ TỊCH", "KT. CHỦ TỊCH", ADMIN),
    ("KT CHỦ TỊCH", "KT. CHỦ TỊCH", ADMIN),
    ("KT . CHỦ TỊCH", "KT. CHỦ TỊCH", ADMIN),
    ("Kt. Chủ tịch", "KT. Chủ tịch", ADMIN),
    ("k/t chủ tịch", "K/T chủ tịch", PARTY),
    ("K/T BỘ TRƯỞNG", "K/T BỘ TRƯỞNG", PARTY),
    ("TM. UỶ BAN NHÂN DÂN", "TM. UỶ BAN NHÂN DÂN", ADMIN),
    ("TM.ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN", ADMIN),
    ("T.M. CHÍNH PHỦ", "TM. CHÍNH PHỦ", ADMIN),
    ("  TM   CHÍNH  PHỦ  ", "TM. CHÍNH PHỦ", ADMIN),
    ("TM\u00a0CHÍNH PHỦ", "TM. CHÍNH PHỦ", ADMIN),
    ("T/M BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ", PARTY),
    ("T / M CHI BỘ", "T/M CHI BỘ", PARTY),
    ("T/M. ĐẢNG ỦY", "T/M ĐẢNG ỦY", PARTY),
    ("TL. CHỦ TỊCH", "TL. CHỦ TỊCH", ADMIN),
    ("TL CHÁNH VĂN PHÒNG", "TL. CHÁNH VĂN PHÒNG", ADMIN),
    ("t/l bí thư", "T/L bí thư", PARTY),
    ("TUQ. GIÁM ĐỐC", "TUQ. GIÁM ĐỐC", ADMIN),
    ("TUQ GIÁM ĐỐC", "TUQ. GIÁM ĐỐC", ADMIN),
    ("Q. GIÁM ĐỐC", "Q. GIÁM ĐỐC", ADMIN),
    ("Q.GIÁM ĐỐC SỞ", "Q. GIÁM ĐỐC SỞ", ADMIN),
    ("Q. CHÁNH ÁN", "Q. CHÁNH ÁN", ADMIN),
    ("Q. TỔNG GIÁM ĐỐC", "Q. TỔNG GIÁM ĐỐC", ADMIN),
    ("Q. Giám đốc", "Q. Giám đốc", ADMIN),
    ("Q. GIÁM ĐỐC,", "Q. GIÁM ĐỐC,", ADMIN),
    ("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", ADMIN),
    ("KT. BÔ\u0323 TRƯƠ\u0309NG", "KT. BỘ TRƯỞNG", ADMIN),  # NFD in, NFC out
    ("KT. \u00d0ẠI SỨ", "KT. ĐẠI SỨ", ADMIN),
])
def test_parse_authority(line: str, expected: str, family: Family) -> None:
    authority = parse_authority(line)
    assert str(authority) == expected
    assert authority.family is family
    assert parse_authority(str(authority)) == authority


def test_parse_authority_fields() -> None:
    authority = parse_authority("TM. ỦY BAN NHÂN DÂN")
    assert authority == Authority(K.ON_BEHALF, "TM.", "ỦY BAN NHÂN DÂN", ADMIN)
    assert parse_authority("Q. GIÁM ĐỐC").kind is K.ACTING
    assert parse_authority("TUQ. GIÁM ĐỐC").kind is K.AUTHORISED
    assert parse_authority("TL. CHỦ TỊCH").kind is K.BY_ORDER


@pytest.mark.parametrize("line", [
    "", "   ", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "KTXH", "KTXH tỉnh", "TMĐT", "TMĐT xuyên biên giới",
    "Q.1", "Q. 1", "Quận 1", "Q. Ba Đình", "Q. Thủ Đức", "Q.Bình Thạnh", "Q GIÁM ĐỐC",
    "TLX", "ATL. X", "XTL CHỦ TỊCH", "TLS CHỦ TỊCH", "kt chủ tịch", "tm chính phủ", "Tl chủ tịch",
    "KT.", "KT. ", "KT. 5", "KT. - BỘ TRƯỞNG", "TM", "T/MX", "T/M", "K/T1", "TU GIÁM ĐỐC",
    "TUQGIÁM ĐỐC", "Kính gửi: Bộ Nội vụ", "Nơi nhận:", "THỦ TƯỚNG", "TMA CHÍNH PHỦ",
    "K.T.1", "-KT. CHỦ TỊCH", "T CHỦ TỊCH", "K CHỦ TỊCH", "M. CHỦ TỊCH", "U. GIÁM ĐỐC",
])
def test_no_prefix(line: str) -> None:
    assert match_prefix(line) is None
    with pytest.raises(InvalidFormat) as caught:
        parse_authority(line)
    assert (caught.value.rule, caught.value.value, caught.value.position) == (
        "authority.prefix", line, 0)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(("line", "end"), [
    ("TM. ỦY BAN", 4), ("TM.ỦY BAN", 3), ("  KT.  BỘ TRƯỞNG", 7), ("T/M BAN", 4),
    ("T / M BAN", 6), ("KT . X", 5), ("Q. GIÁM ĐỐC", 3), ("TUQ X", 4), ("K/T\tX", 4),
])
def test_match_prefix_offsets(line: str, end: int) -> None:
    found = match_prefix(line)
    assert found is not None
    assert found[2] == end
    assert line[end:].lstrip() == line[end:]


def test_match_prefix_on_non_strings() -> None:
    assert match_prefix(None) is None  # type: ignore[arg-type]
    assert match_prefix(b"KT. X") is None  # type: ignore[arg-type]


def test_match_prefix_is_linear() -> None:
    lines = [" " * 200_000 + "KT", "KT" + " " * 200_000, "K" + " " * 200_000 + "/T",
             "TM" + " " * 200_000 + ".", "Q. " + "A" * 200_000, "T/M" + "\u00a0" * 200_000]
    start = time.perf_counter()
    for line in lines:
        match_prefix(line)
    assert time.perf_counter() - start < 2.0


# -- the Authority value -------------------------------------------------------------------


def test_authority_str_and_of() -> None:
    assert str(Authority.of(K.DEPUTY, "BỘ TRƯỞNG")) == "KT. BỘ TRƯỞNG"
    assert str(Authority.of(K.DEPUTY, "BỘ TRƯỞNG", PARTY)) == "K/T BỘ TRƯỞNG"
    assert str(Authority.of(K.ON_BEHALF, "CHÍNH PHỦ", Family.NORMATIVE)) == "TM. CHÍNH PHỦ"
    assert Authority.of(K.ACTING, "GIÁM ĐỐC", Family.NORMATIVE).family is ADMIN
    assert Authority.of(K.DEPUTY, "  BỘ   TRƯỞNG ").target == "BỘ TRƯỞNG"


def test_authority_rejects_a_foreign_prefix() -> None:
    with pytest.raises(InvalidComponent):
        Authority(K.DEPUTY, "K/T", "BỘ TRƯỞNG", ADMIN)
    with pytest.raises(InvalidComponent):
        Authority(K.DEPUTY, "KT", "BỘ TRƯỞNG", ADMIN)
    with pytest.raises(ValueError, match="no prefix"):
        Authority.of(K.ACTING, "GIÁM ĐỐC", PARTY)


def test_canonical_prefix() -> None:
    assert [canonical_prefix(kind) for kind in K] == ["TM.", "KT.", "TL.", "TUQ.", "Q."]
    assert canonical_prefix(K.ON_BEHALF, PARTY) == "T/M"
    for kind in (K.AUTHORISED, K.ACTING):
        with pytest.raises(InvalidComponent):
            canonical_prefix(kind, PARTY)


def test_authority_is_frozen_and_hashable() -> None:
    authority = parse_authority("KT. BỘ TRƯỞNG")
    assert hash(authority) == hash(parse_authority("KT BỘ TRƯỞNG"))
    with pytest.raises(AttributeError):
        authority.target = "X"  # type: ignore[misc]


# -- properties ----------------------------------------------------------------------------


@given(st.text())
def test_match_prefix_never_raises(line: str) -> None:
    found = match_prefix(line)
    if found is not None:
        kind, family, end = found
        assert isinstance(kind, AuthorityKind) and family in (ADMIN, PARTY)
        assert 0 < end < len(line) and line[end].isalpha()


@given(st.sampled_from(ROWS), st.text(max_size=30))
def test_prefix_followed_by_anything(row: AuthorityRow, tail: str) -> None:
    found = match_prefix(row.prefix + tail)
    if found is not None:
        assert found[2] <= len(row.prefix + tail)


WORDS = ["BỘ", "TRƯỞNG", "CHỦ", "TỊCH", "ỦY", "BAN", "NHÂN", "DÂN", "CHÍNH", "PHỦ", "SỞ",
         "VĂN", "PHÒNG", "THƯỜNG", "VỤ", "ĐẢNG", "HÀ", "NỘI", "Tỉnh", "xã", "5", "-", ","]
HEADS = ["GIÁM ĐỐC", "CHỦ TỊCH", "BỘ TRƯỞNG", "CHÁNH ÁN", "VIỆN TRƯỞNG", "TỔNG CỤC TRƯỞNG"]
LETTER_WORDS = st.text(st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=6)


@st.composite
def authorities(draw: st.DrawFn) -> Authority:
    row = draw(st.sampled_from(ROWS))
    first = draw(st.sampled_from(HEADS) if row.target_heads else LETTER_WORDS)
    rest = draw(st.lists(st.sampled_from(WORDS) | LETTER_WORDS, max_size=4))
    authority = Authority(row.kind, row.prefix, " ".join([first, *rest]), row.family)
    assume(authority.target[:1].isalpha())
    return authority


@given(authorities())
def test_parse_round_trip(authority: Authority) -> None:
    assert parse_authority(str(authority)) == authority
    assert match_prefix(str(authority)) == (
        authority.kind, authority.family, len(authority.prefix) + 1)
