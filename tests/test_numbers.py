"""vanban.numbers: every number shape of the spec, the strict errors, and round trips."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanban import doctypes, errors, numbers
from vanban.enums import Family
from vanban.numbers import DocumentNumber

A, N, P = Family.ADMINISTRATIVE, Family.NORMATIVE, Family.PARTY

# text -> (number, subnumber, year, type_code, issuer, family, qualifier, canonical)
SHAPES = {
    "15/QĐ-BNV": (15, None, None, "QĐ", "BNV", A, None, "15/QĐ-BNV"),
    "05/BNV-VP": (5, None, None, None, "BNV-VP", A, None, "05/BNV-VP"),
    "12/UBND-VX": (12, None, None, None, "UBND-VX", A, None, "12/UBND-VX"),
    "3722/VPCP-CN": (3722, None, None, None, "VPCP-CN", A, None, "3722/VPCP-CN"),
    "2339/TTg-KTTH": (2339, None, None, None, "TTg-KTTH", A, None, "2339/TTg-KTTH"),
    "41/CĐ-TTg": (41, None, None, "CĐ", "TTg", A, None, "41/CĐ-TTg"),
    "729/QĐ-TTg": (729, None, None, "QĐ", "TTg", A, None, "729/QĐ-TTg"),
    "115/NQ-CP": (115, None, None, "NQ", "CP", A, None, "115/NQ-CP"),
    "1656/NQ-UBTVQH15": (1656, None, None, "NQ", "UBTVQH15", A, None, "1656/NQ-UBTVQH15"),
    "191/TTr-SXD": (191, None, None, "TTr", "SXD", A, None, "191/TTr-SXD"),
    "295/SL-CAT-PX15": (295, None, None, "SL", "CAT-PX15", A, None, "295/SL-CAT-PX15"),
    "299/TTg": (299, None, None, None, "TTg", A, None, "299/TTg"),
    "30/2020/NĐ-CP": (30, None, 2020, "NĐ", "CP", N, None, "30/2020/NĐ-CP"),
    "64/2025/QH15": (64, None, 2025, None, "QH15", N, None, "64/2025/QH15"),
    "351/2017/UBTVQH14": (351, None, 2017, None, "UBTVQH14", N, None, "351/2017/UBTVQH14"),
    "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN": (
        102, None, 2025, "NQLT", "UBTVQH15-CP-ĐCTUBTWMTTQVN", N, None,
        "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN",
    ),
    "55/2005/TTLT-BNV-VPCP": (55, None, 2005, "TTLT", "BNV-VPCP", N, None, "55/2005/TTLT-BNV-VPCP"),
    "07/2025/L-CTN": (7, None, 2025, "L", "CTN", N, None, "07/2025/L-CTN"),
    "54/VBHN-VPQH": (54, None, None, "VBHN", "VPQH", N, None, "54/VBHN-VPQH"),
    "15/2026/QĐ-TTg": (15, None, 2026, "QĐ", "TTg", N, None, "15/2026/QĐ-TTg"),
    "01/2019/NQ-HĐTP": (1, None, 2019, "NQ", "HĐTP", N, None, "01/2019/NQ-HĐTP"),
    "21/2026/TT-BCT": (21, None, 2026, "TT", "BCT", N, None, "21/2026/TT-BCT"),
    "66.3/2025/NQ-CP": (66, 3, 2025, "NQ", "CP", N, None, "66.3/2025/NQ-CP"),
    "34-CT/TW": (34, None, None, "CT", "TW", P, None, "34-CT/TW"),
    "08-QĐi/TW": (8, None, None, "QĐi", "TW", P, None, "08-QĐi/TW"),
    "36-HD/VPTW": (36, None, None, "HD", "VPTW", P, None, "36-HD/VPTW"),
    "212-TB/TU": (212, None, None, "TB", "TU", P, None, "212-TB/TU"),
    "08-CTr/TU": (8, None, None, "CTr", "TU", P, None, "08-CTr/TU"),
    "26-HD/BTCTW": (26, None, None, "HD", "BTCTW", P, None, "26-HD/BTCTW"),
    "5053-CV/VPTW/nb": (5053, None, None, "CV", "VPTW", P, "nb", "5053-CV/VPTW/nb"),
    # drafts: a blank number
    "/UBND-VP": (None, None, None, None, "UBND-VP", A, None, "/UBND-VP"),
    "-QC/ĐU": (None, None, None, "QC", "ĐU", P, None, "-QC/ĐU"),
    "/2025/TT-BTC": (None, None, 2025, "TT", "BTC", N, None, "/2025/TT-BTC"),
    # what real text contains
    "3331 /SNV-TCBC": (3331, None, None, None, "SNV-TCBC", A, None, "3331/SNV-TCBC"),
    "Số: 2463 /QĐ - UBND": (2463, None, None, "QĐ", "UBND", A, None, "2463/QĐ-UBND"),
    "Số:706 /UBND-VP7": (706, None, None, None, "UBND-VP7", A, None, "706/UBND-VP7"),
    "Số: 2775 /SNV-CCHC&VTLT": (2775, None, None, None, "SNV-CCHC&VTLT", A, None,
                                "2775/SNV-CCHC&VTLT"),
    "Số: 409 /TTr-CAT(PC04)": (409, None, None, "TTr", "CAT(PC04)", A, None, "409/TTr-CAT(PC04)"),
    "Số 34-CT/TW": (34, None, None, "CT", "TW", P, None, "34-CT/TW"),
    "Số: 15/QÐ-BNV": (15, None, None, "QĐ", "BNV", A, None, "15/QĐ-BNV"),
    "15/QĐ–BNV": (15, None, None, "QĐ", "BNV", A, None, "15/QĐ-BNV"),
    "Luật số: … /2016/QH14": (None, None, 2016, None, "QH14", N, None, "/2016/QH14"),
    "So: /BTC-TCCB": (None, None, None, None, "BTC-TCCB", A, None, "/BTC-TCCB"),
    "Số -CTr/TU": (None, None, None, "CTr", "TU", P, None, "-CTr/TU"),
    "Số: 295 /SL-CAT-PX15": (295, None, None, "SL", "CAT-PX15", A, None, "295/SL-CAT-PX15"),
}


@pytest.mark.parametrize("text", sorted(SHAPES))
def test_every_shape_parses_to_its_parts(text: str) -> None:
    number, sub, year, code, issuer, family, qualifier, canonical = SHAPES[text]
    n = numbers.parse(text)
    assert (n.number, n.subnumber, n.year, n.type_code, n.issuer, n.family, n.qualifier) == (
        number, sub, year, code, issuer, family, qualifier,
    )
    assert str(n) == canonical
    assert numbers.parse(canonical) == n


def test_notation_and_code_number_are_the_record_fields() -> None:
    assert numbers.parse("30/2020/NĐ-CP").notation == "2020/NĐ-CP"
    assert numbers.parse("34-CT/TW").notation == "CT/TW"
    assert numbers.parse("927/QĐ-TTg").notation == "QĐ-TTg"
    assert numbers.parse("Số: /UBND-NC").notation == "UBND-NC"
    assert numbers.parse("Số: /UBND-NC").code_number == ""
    assert numbers.parse("66.3/2025/NQ-CP").code_number == "66.3"
    assert numbers.parse("05/BNV-VP").code_number == "5"


@pytest.mark.parametrize(
    ("text", "error", "rule", "position"),
    [
        ("3331 /SNV-TCBC", errors.NotCanonical, "number.spacing", 4),
        ("2463/QĐ - UBND", errors.NotCanonical, "number.spacing", 7),
        ("Số: 15/QĐ-BNV", errors.NotCanonical, "number.prefix", 0),
        ("15/QÐ-BNV", errors.NotCanonical, "number.character", 4),
        ("15/QĐ–BNV", errors.NotCanonical, "number.dash", 5),
        ("15/QĐ-BNV.", errors.NotCanonical, "number.punctuation", 9),
        (" 15/QĐ-BNV", errors.NotCanonical, "number.spacing", 0),
        ("/UBND-VP", errors.Incomplete, "number.blank", 0),
        ("-QC/ĐU", errors.Incomplete, "number.blank", 0),
        ("5/QĐ-BNV", errors.MissingPadding, "number.padding", 0),
        ("5-CT/TW", errors.MissingPadding, "number.padding", 0),
        ("015/QĐ-BNV", errors.ExcessPadding, "number.padding.excess", 0),
        ("00/QĐ-BNV", errors.InvalidComponent, "number.zero", 0),
        ("34-XX/TW", errors.InvalidComponent, "number.type", 3),
        ("12/1800/NĐ-CP", errors.InvalidComponent, "number.year", 3),
        ("hello", errors.InvalidFormat, "number.format", 0),
        ("", errors.InvalidFormat, "number.format", 0),
        ("15/QĐ-BNV!", errors.InvalidFormat, "number.format", 9),
    ],
)
def test_strict_validation_names_rule_and_position(
    text: str, error: type[errors.ValidationError], rule: str, position: int
) -> None:
    with pytest.raises(error) as info:
        numbers.validate(text)
    assert type(info.value) is error
    assert info.value.rule == rule
    assert info.value.position == position
    assert info.value.value == text
    assert isinstance(info.value, ValueError)
    assert rule in str(info.value)
    assert not numbers.is_valid(text)


def test_lenient_parse_accepts_what_strict_rejects() -> None:
    for text in ["3331 /SNV-TCBC", "Số: 15/QĐ-BNV", "15/QÐ-BNV", "15/QĐ–BNV", "5/QĐ-BNV"]:
        assert numbers.parse(text).issuer in {"SNV-TCBC", "BNV"}


def test_every_table_example_parses_with_its_type_code() -> None:
    checked = 0
    for row in doctypes.document_types():
        for example in row.examples:
            n = numbers.parse(example)
            if row.code is not None:
                assert n.type_code == row.code, (row.name, example)
            assert numbers.format(n) == numbers.compact(example), example
            checked += 1
    assert checked > 60


def test_compact() -> None:
    assert numbers.compact(" Số: 3331 /SNV – TCBC ") == "3331/SNV-TCBC"


def test_parse_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        numbers.parse(15)  # type: ignore[arg-type]


def test_is_valid_on_non_str_is_false() -> None:
    assert numbers.is_valid(None) is False
    assert numbers.is_valid(15) is False


@pytest.mark.parametrize(
    "text", ["1" * 200_000, "/" * 200_000, "a-" * 100_000, "Số " + " " * 200_000 + "x",
             "." * 200_000, "1/" + "A-" * 100_000 + "!", " /" * 100_000]
)
def test_adversarial_input_is_linear(text: str) -> None:
    start = time.perf_counter()
    assert numbers.is_valid(text) is False
    assert time.perf_counter() - start < 2.0


# --- properties -----------------------------------------------------------------------------

_issuer_part = st.from_regex(r"[A-ZĐ][A-ZĐa-z0-9]{0,7}", fullmatch=True)


@st.composite
def document_numbers(draw: st.DrawFn) -> DocumentNumber:
    family = draw(st.sampled_from(list(Family)))
    number = draw(st.none() | st.integers(1, 99_999))
    codes = sorted(doctypes.type_codes(family) - {"VBHN"})
    if family is Family.PARTY:
        return DocumentNumber(number=number, type_code=draw(st.sampled_from(codes)),
                              issuer=draw(st.sampled_from(["TW", "TU", "VPTW", "ĐU", "HU"])),
                              family=family)
    issuer = "-".join(draw(st.lists(_issuer_part, min_size=1, max_size=3)))
    if family is Family.NORMATIVE:
        return DocumentNumber(number=number, year=draw(st.integers(1990, 2030)),
                              type_code=draw(st.sampled_from(codes)), issuer=issuer,
                              family=family)
    admin_codes = sorted(doctypes.type_codes(Family.ADMINISTRATIVE))
    code = draw(st.none() | st.sampled_from(admin_codes))
    if code is None:  # a công văn: the issuer part must not look like a type code
        issuer = "UBND-" + issuer
    return DocumentNumber(number=number, type_code=code, issuer=issuer, family=family)


@given(document_numbers())
def test_parse_of_format_is_identity(n: DocumentNumber) -> None:
    assert numbers.parse(numbers.format(n)) == n


@given(document_numbers())
def test_format_of_parse_is_canonical_and_valid(n: DocumentNumber) -> None:
    text = numbers.format(n)
    assert numbers.format(numbers.parse(text)) == text
    if n.number is not None:
        assert numbers.validate(text) == n


@given(document_numbers(), st.sampled_from(["Số: ", "Số ", "số: ", ""]),
       st.sampled_from([" ", "", "  "]))
def test_lenient_variants_parse_to_the_same_number(n: DocumentNumber, label: str,
                                                     space: str) -> None:
    text = numbers.format(n)
    spaced = text.replace("/", f"{space}/{space}", 1).replace("Đ", "Ð")
    assert numbers.parse(label + spaced) == n


@given(st.text())
def test_is_valid_never_raises_and_agrees_with_validate(text: str) -> None:
    try:
        numbers.validate(text)
    except errors.ValidationError:
        valid = False
    else:
        valid = True
    assert numbers.is_valid(text) is valid


@given(st.text(alphabet="0123456789/-. ĐQTBUNDCVSaz&()…:", max_size=40))
def test_parse_raises_only_validation_errors(text: str) -> None:
    try:
        numbers.parse(text)
    except errors.ValidationError as exc:
        assert exc.position is not None and 0 <= exc.position <= len(text)


@pytest.mark.parametrize(
    "text",
    ["1" * 5_000 + "/QĐ-UBND", "Số: " + "9" * 30 + "/QĐ-UBND", "1." + "2" * 5_000 + "/QĐ",
     "1" * 5_000 + "-CV/TW", "1" * 5_000 + "-01/26/PT"],
    ids=["state", "label", "subnumber", "party", "irregular"],
)
def test_overlong_number_is_invalid_format(text: str) -> None:
    """A run of digits no number has: once a bare ValueError (int() refuses 4,300 digits)."""
    with pytest.raises(errors.InvalidFormat) as info:
        numbers.parse(text)
    assert info.value.rule == "number.format"
    assert text[info.value.position].isdigit()
    with pytest.raises(errors.InvalidFormat):
        numbers.validate(text)
    assert not numbers.is_valid(text)
    assert numbers.parse("1" * 18 + "/QĐ-UBND").number == int("1" * 18)


def test_the_legislatures_term_printed_apart() -> None:
    # thuvienphapluat: "Luật số: 75/2006/QH 11"; strict mode names the space
    assert str(numbers.parse("75/2006/QH 11")) == "75/2006/QH11"
    assert numbers.compact("Số: 75/2006/QH 11") == "75/2006/QH11"
    assert not numbers.is_valid("75/2006/QH 11")
    assert str(numbers.parse("12/2024/QH 15")) == "12/2024/QH15"
