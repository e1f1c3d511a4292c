"""Tests of vanban.dates: NĐ 30/2020 Phụ lục I, I.4.b dates, lenient parsing and search."""

from __future__ import annotations

import datetime
import pickle
import time
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanban import dates
from vanban.dates import DateMatch, DocumentDate
from vanban.errors import (
    ExcessPadding,
    Incomplete,
    InvalidComponent,
    InvalidDate,
    InvalidFormat,
    MissingPadding,
    NotCanonical,
    ValidationError,
)

D = DocumentDate

# --- parse ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 05 tháng 3 năm 2020", D(2020, 3, 5)),
        ("ngày 5 tháng 03 năm 2020", D(2020, 3, 5)),
        ("05 tháng 3 năm 2020", D(2020, 3, 5)),
        ("Ngày 05 tháng 3 năm 2020", D(2020, 3, 5)),
        ("NGÀY 15 THÁNG 11 NĂM 2024", D(2024, 11, 15)),
        ("ngày  05\u00a0tháng\n3   năm\t2020", D(2020, 3, 5)),
        ("  ngày 05 tháng 01 năm 2020  ", D(2020, 1, 5)),
        ("ngày 05 tháng 01 năm 2020.", D(2020, 1, 5)),
        ("ngay 05 thang 3 nam 2020", D(2020, 3, 5)),
        ("Ngay 5 Thang 3 Nam 2020", D(2020, 3, 5)),
        (unicodedata.normalize("NFD", "ngày 29 tháng 6 năm 2019"), D(2019, 6, 29)),
        ("ngày 02 tháng* *5 năm 2024", D(2024, 5, 2)),
        # blank parts of drafts (dự thảo)
        ("ngày   tháng 9 năm 2024", D(2024, 9, None)),
        ("ngày tháng 9 năm 2024", D(2024, 9, None)),
        ("ngày … tháng … năm 2026", D(2026, None, None)),
        ("ngày ... tháng ... năm 2026", D(2026, None, None)),
        ("ngày tháng năm 2025", D(2025, None, None)),
        ("ngày 05 tháng   năm 2024", D(2024, None, 5)),
        ("ngày 05 tháng 3 năm", D(None, 3, 5)),
        ("ngày   tháng   năm", D(None, None, None)),
        ("tháng 9 năm 2024", D(2024, 9, None)),
        # numeric
        ("05/3/2020", D(2020, 3, 5)),
        ("5-3-2020", D(2020, 3, 5)),
        ("01-10-1997", D(1997, 10, 1)),
        ("30.1.2005", D(2005, 1, 30)),
        ("30/12/2021", D(2021, 12, 30)),
        ("ngày 30/8/2024", D(2024, 8, 30)),
        ("ngày 16/6/2025", D(2025, 6, 16)),
        ("ngày …/8/2025", D(2025, 8, None)),
        ("  /09/2024", D(2024, 9, None)),
        ("9/2024", D(2024, 9, None)),
        # ISO 8601
        ("2020-03-05", D(2020, 3, 5)),
        ("2024-09", D(2024, 9, None)),
        ("2024", D(2024, None, None)),
        # the range limits
        ("ngày 01 tháng 01 năm 1900", D(1900, 1, 1)),
        ("ngày 31 tháng 12 năm 2100", D(2100, 12, 31)),
        ("29/02/2024", D(2024, 2, 29)),
        ("ngày 29 tháng 02 năm", D(None, 2, 29)),
    ],
)
def test_parse(text: str, expected: DocumentDate) -> None:
    assert dates.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "cls", "rule", "position"),
    [
        ("", InvalidFormat, "date.format", None),
        ("   ", InvalidFormat, "date.format", None),
        ("hôm qua", InvalidFormat, "date.format", 0),
        ("Hà Nội, ngày 05 tháng 01 năm 2020", InvalidFormat, "date.format", 0),
        ("ngày 12 háng 01 năm 2026", InvalidFormat, "date.format", 8),  # a real typo
        ("ngày 05 tháng 3", InvalidFormat, "date.format", 15),
        ("ngày 05 tháng 3 năm 2020 của", InvalidFormat, "date.format", 25),
        ("năm 2024", InvalidFormat, "date.format", 0),
        ("05/3/20", InvalidFormat, "date.format", 5),  # two-digit year
        ("ngày 05 tháng 3 năm 20", InvalidFormat, "date.format", 20),
        ("ngày 005 tháng 3 năm 2020", InvalidFormat, "date.format", 5),
        ("5/3-2020", InvalidFormat, "date.format", 3),
        ("1/500", InvalidFormat, "date.format", 2),
        ("10/2020/NĐ-CP", InvalidFormat, "date.format", 8),
        ("ngày ٠٥ tháng 3 năm 2020", InvalidFormat, "date.format", 5),  # not Arabic numerals
        ("30/02/2024", InvalidDate, "date.impossible", 0),
        ("29/02/2023", InvalidDate, "date.impossible", 0),
        ("31/4/2024", InvalidDate, "date.impossible", 0),
        ("ngày 30 tháng 02 năm 2024", InvalidDate, "date.impossible", 5),
        ("ngày 30 tháng 02 năm", InvalidDate, "date.impossible", 5),
        ("ngày 05 tháng 13 năm 2020", InvalidDate, "date.impossible", 14),
        ("ngày 05 tháng 0 năm 2020", InvalidDate, "date.impossible", 14),
        ("ngày 00 tháng 3 năm 2020", InvalidDate, "date.impossible", 5),
        ("ngày 32 tháng   năm 2020", InvalidDate, "date.impossible", 5),
        ("2024-13-01", InvalidDate, "date.impossible", 5),
        ("ngày 05 tháng 3 năm 1899", InvalidComponent, "date.year", 20),
        ("05/3/2101", InvalidComponent, "date.year", 5),
    ],
)
def test_parse_errors(
    text: str, cls: type[ValidationError], rule: str, position: int | None
) -> None:
    with pytest.raises(ValidationError) as info:
        dates.parse(text)
    assert type(info.value) is cls
    assert (info.value.rule, info.value.position, info.value.value) == (rule, position, text)


def test_error_position_is_in_the_original_nfd_text() -> None:
    text = unicodedata.normalize("NFD", "ngày 05 tháng 13 năm 2020")
    with pytest.raises(InvalidDate) as info:
        dates.parse(text)
    assert info.value.position is not None
    assert text[info.value.position :].startswith("13")


# --- format -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (D(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
        (D(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (D(2017, 2, 6), "ngày 06 tháng 02 năm 2017"),
        (D(2024, 3, 9), "ngày 09 tháng 3 năm 2024"),
        (D(2024, 12, 10), "ngày 10 tháng 12 năm 2024"),
        (D(2024, 9, None), "ngày   tháng 9 năm 2024"),
        (D(2024, None, None), "ngày   tháng   năm 2024"),
        (D(2024, None, 5), "ngày 05 tháng   năm 2024"),
        (D(None, 3, 5), "ngày 05 tháng 3 năm"),
        (datetime.date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
    ],
)
def test_format_long(date: DocumentDate | datetime.date, expected: str) -> None:
    assert dates.format(date) == expected


def test_format_other_styles() -> None:
    assert dates.format(D(2020, 1, 5), style="numeric") == "05/01/2020"
    assert dates.format(D(2019, 6, 29), style="numeric") == "29/06/2019"
    assert dates.format(D(2024, 9), style="numeric") == "  /09/2024"
    assert dates.format(datetime.date(2020, 3, 5), style="iso") == "2020-03-05"
    assert dates.format(D(2024, 9), style="iso") == "2024-09"
    with pytest.raises(ValueError, match="style"):
        dates.format(D(2020, 1, 5), style="short")


# --- DocumentDate -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "iso"),
    [
        (D(2024, 9, 13), "2024-09-13"),
        (D(2024, 9), "2024-09"),
        (D(2024), "2024"),
        (D(None), ""),
        (D(2024, None, 5), "2024-XX-05"),
        (D(None, 9, 13), "XXXX-09-13"),
        (D(None, 9), "XXXX-09"),
        (D(None, None, 5), "XXXX-XX-05"),
    ],
)
def test_isoformat(date: DocumentDate, iso: str) -> None:
    assert date.isoformat() == iso


def test_document_date() -> None:
    d = D(2020, 1, 5)
    assert d.is_complete and not D(2020, 1).is_complete and not D(None, 1, 5).is_complete
    assert d.to_date() == datetime.date(2020, 1, 5)
    assert str(d) == "ngày 05 tháng 01 năm 2020"
    assert D.from_date(datetime.date(2019, 6, 29)) == D(2019, 6, 29)
    assert D(2024) == D(2024, None, None)
    assert hash(d) == hash(D(2020, 1, 5))
    with pytest.raises(AttributeError):
        d.year = 2021  # type: ignore[misc]


def test_to_date_errors() -> None:
    with pytest.raises(Incomplete) as incomplete:
        D(2024, 9).to_date()
    assert (incomplete.value.rule, incomplete.value.value) == ("date.incomplete", "2024-09")
    with pytest.raises(InvalidDate) as impossible:
        D(2024, 2, 30).to_date()
    assert impossible.value.rule == "date.impossible"
    with pytest.raises(InvalidDate):
        D(2024, 13, 1).to_date()


# --- validate ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ngày 05 tháng 01 năm 2020",
        "ngày 29 tháng 6 năm 2019",
        "ngày 24 tháng 5 năm 2024",
        "ngày 06 tháng 02 năm 2017",
        "ngày 10 tháng 12 năm 2024",
        "Ngày 05 tháng 3 năm 2020",  # sentence start
        unicodedata.normalize("NFD", "ngày 05 tháng 3 năm 2020"),
    ],
)
def test_validate_accepts(text: str) -> None:
    assert dates.validate(text) == dates.parse(text)
    assert dates.is_valid(text)


@pytest.mark.parametrize(
    ("text", "cls", "rule", "position"),
    [
        ("ngày 5 tháng 3 năm 2020", MissingPadding, "date.padding", 5),
        ("ngày 05 tháng 1 năm 2020", MissingPadding, "date.padding", 14),
        ("ngày 05 tháng 2 năm 2020", MissingPadding, "date.padding", 14),
        ("ngày 15 tháng 03 năm 2024", ExcessPadding, "date.padding.excess", 14),
        ("ngày 05 tháng 012 năm 2024", InvalidFormat, "date.format", 14),
        ("ngày 30 tháng 02 năm 2024", InvalidDate, "date.impossible", 5),
        ("31/4/2024", InvalidDate, "date.impossible", 0),
        ("ngày 05 tháng 0 năm 2020", InvalidDate, "date.impossible", 14),
        ("ngày 05 tháng 13 năm 2020", InvalidDate, "date.impossible", 14),
        ("ngày 0 tháng 3 năm 2020", InvalidDate, "date.impossible", 5),
        ("ngày 05 tháng 3 năm 1800", InvalidComponent, "date.year", 20),
        ("ngày   tháng 9 năm 2024", Incomplete, "date.incomplete", 5),
        ("ngày … tháng … năm 2026", Incomplete, "date.incomplete", 5),
        ("ngày 05 tháng   năm 2024", Incomplete, "date.incomplete", 14),
        ("ngày 05 tháng 3 năm", Incomplete, "date.incomplete", 19),
        ("2024-09", Incomplete, "date.incomplete", 7),
        ("05/3/2020", NotCanonical, "date.form", 0),
        ("5-3-2020", NotCanonical, "date.form", 0),
        ("01-10-1997", NotCanonical, "date.form", 0),
        ("2020-03-05", NotCanonical, "date.form", 0),
        ("ngày 30/8/2024", NotCanonical, "date.form", 7),
        ("05 tháng 3 năm 2020", NotCanonical, "date.form", 0),
        ("ngay 05 thang 3 nam 2020", NotCanonical, "date.form", 2),
        ("ngày  05 tháng 3 năm 2020", NotCanonical, "date.form", 5),
        (" ngày 05 tháng 3 năm 2020", NotCanonical, "date.form", 0),
        ("ngày 05 tháng 3 năm 2020 ", NotCanonical, "date.form", 24),
        ("ngày\u00a005 tháng 3 năm 2020", NotCanonical, "date.form", 4),
        ("NGÀY 05 THÁNG 3 NĂM 2020", NotCanonical, "date.form", 1),
        ("", InvalidFormat, "date.format", None),
        ("ngày 12 háng 01 năm 2026", InvalidFormat, "date.format", 8),
    ],
)
def test_validate_errors(
    text: str, cls: type[ValidationError], rule: str, position: int | None
) -> None:
    with pytest.raises(ValidationError) as info:
        dates.validate(text)
    assert type(info.value) is cls
    assert (info.value.rule, info.value.position, info.value.value) == (rule, position, text)
    assert isinstance(info.value, ValueError)
    assert not dates.is_valid(text)


def test_validate_check_order() -> None:
    # impossible before incomplete before padding: every one of these has several faults
    with pytest.raises(InvalidDate):
        dates.validate("ngày 30 tháng 2 năm")
    with pytest.raises(Incomplete):
        dates.validate("ngày 5 tháng 03 năm")
    with pytest.raises(MissingPadding):
        dates.validate("ngày 5 tháng 03 năm 2020")  # day before month
    with pytest.raises(ExcessPadding):
        dates.validate("ngay 05 thang 03 nam 2020")  # padding before canonical form


def test_validate_position_in_nfd_text() -> None:
    text = unicodedata.normalize("NFD", "ngày 5 tháng 3 năm 2020")
    with pytest.raises(MissingPadding) as info:
        dates.validate(text)
    assert info.value.position == text.index("5")


def test_errors_pickle() -> None:
    with pytest.raises(MissingPadding) as info:
        dates.validate("ngày 5 tháng 3 năm 2020")
    copy = pickle.loads(pickle.dumps(info.value))
    assert (type(copy), copy.rule, copy.position) == (MissingPadding, "date.padding", 5)


def test_is_valid_never_raises() -> None:
    for text in ["", "ngày", "/", "…", "9" * 10000, "ngày " + "9" * 5000 + " tháng 1 năm 2020"]:
        assert dates.is_valid(text) is False
    assert dates.is_valid(None) is False  # type: ignore[arg-type]


# --- search and finditer ----------------------------------------------------------------------


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.date.isoformat()) for m in dates.finditer(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hà Nội, ngày 05 tháng 01 năm 2020", [("ngày 05 tháng 01 năm 2020", "2020-01-05")]),
        (
            "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019",
            [("ngày 29 tháng 6 năm 2019", "2019-06-29")],
        ),
        (
            "Chỉ thị số 34-CT/TW ngày 24 tháng 5 năm 2024 của Ban Bí thư",
            [("ngày 24 tháng 5 năm 2024", "2024-05-24")],
        ),
        (
            "Quyết định số 927/QĐ-TTg ngày 30/8/2024 của Thủ tướng Chính phủ",
            [("ngày 30/8/2024", "2024-08-30")],
        ),
        (
            "Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997 ban hành",
            [("ngày 01-10-1997", "1997-10-01")],
        ),
        ("ngày 06 tháng 02 năm 2017", [("ngày 06 tháng 02 năm 2017", "2017-02-06")]),
        (
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
            [("ngày 16/6/2025", "2025-06-16")],
        ),
        ("Nghị định 131/2021/NĐ-CP ngày 30/12/2021 của", [("ngày 30/12/2021", "2021-12-30")]),
        ("hết hạn 30/12/2021.", [("30/12/2021", "2021-12-30")]),
        (
            "ngày 9/4/2013, ngày 30.1.2005",
            [("ngày 9/4/2013", "2013-04-09"), ("ngày 30.1.2005", "2005-01-30")],
        ),
        (
            "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ",
            [("ngày 05 tháng 3 năm 2020", "2020-03-05")],
        ),
        ("TP. Bắc Kạn, ngày tháng 9 năm 2024", [("ngày tháng 9 năm 2024", "2024-09")]),
        ("Hà Nội, ngày … tháng … năm 2026", [("ngày … tháng … năm 2026", "2026")]),
        ("Hà Nội, ngày ... tháng ... năm 2026", [("ngày ... tháng ... năm 2026", "2026")]),
        ("Hà Nội, ngày tháng năm 2025", [("ngày tháng năm 2025", "2025")]),
        ("ngày 02 tháng* *5 năm 2024", [("ngày 02 tháng* *5 năm 2024", "2024-05-02")]),
        ("Ha Noi, ngay 05 thang 3 nam 2020", [("ngay 05 thang 3 nam 2020", "2020-03-05")]),
        (
            "THÔNG TƯ SỐ 79/2024/TT-BCA NGÀY 15 THÁNG 11 NĂM 2024 CỦA",
            [("NGÀY 15 THÁNG 11 NĂM 2024", "2024-11-15")],
        ),
        ("ngày 08\ntháng 10 năm 2025", [("ngày 08\ntháng 10 năm 2025", "2025-10-08")]),
        ("Hà Nội, 05 tháng 3 năm 2020", [("05 tháng 3 năm 2020", "2020-03-05")]),
        ("từ 01/01/2024-31/12/2024", [("01/01/2024", "2024-01-01"), ("31/12/2024", "2024-12-31")]),
        # not dates
        ("Nghị định số 10/2020/NĐ-CP", []),
        ("bản đồ tỷ lệ 1/500", []),
        ("Nghị quyết số 66.3/2025/NQ-CP", []),
        ("số 12/12/2020/QĐ-UBND", []),
        ("mã 15/10/12/2023", []),
        ("mục 2.15/3/2020", []),
        ("ghi rõ ngày tháng năm sinh", []),
        ("Báo cáo sơ kết 6 tháng năm 2024", []),
        ("trong tháng 9 năm 2024", []),
        ("mục 1.2.2005", []),
        ("ngày 5/3/20", []),
        ("ngày 5 tháng 3 năm 20245", []),
        ("ISO 2020-03-05", []),
        ("ngày 12 háng 01 năm 2026", []),
        # impossible dates and years outside 1900–2100 are skipped
        ("ngày 31/02/2024 và ngày 30/8/2024", [("ngày 30/8/2024", "2024-08-30")]),
        ("ngày 05 tháng 13 năm 2020", []),
        ("ngày 05/3/1800", []),
    ],
)
def test_finditer(text: str, found: list[tuple[str, str]]) -> None:
    assert spans(text) == found


def test_search_spans() -> None:
    text = "Hà Nội, ngày 05 tháng 01 năm 2020"
    assert dates.search(text) == DateMatch(D(2020, 1, 5), 8, 33, "ngày 05 tháng 01 năm 2020")
    assert dates.search("không có ngày") is None
    assert dates.search("") is None


def test_search_pos_endpos() -> None:
    text = "ngày 05/3/2020 và ngày 06/3/2020"
    inside = dates.search(text, 1)  # starting inside "ngày" leaves the bare numeric date
    assert inside is not None and (inside.start, inside.text) == (5, "05/3/2020")
    second = dates.search(text, 14)
    assert second is not None and (second.start, second.date) == (18, D(2020, 3, 6))
    assert dates.search(text, 24) is None
    assert dates.search(text, 0, 13) is None
    assert [m.start for m in dates.finditer(text, 0, 14)] == [0]


def test_search_nfd_spans_into_original() -> None:
    text = unicodedata.normalize("NFD", "Hà Nội, ngày 05 tháng 3 năm 2020 của Chính phủ")
    match = dates.search(text)
    assert match is not None
    assert match.text == text[match.start : match.end]
    assert unicodedata.normalize("NFC", match.text) == "ngày 05 tháng 3 năm 2020"
    assert match.date == D(2020, 3, 5)
    later = dates.search(text, match.end)
    assert later is None


def test_search_in_example_documents() -> None:
    header = "    Số:706 /UBND-VP7                     Ninh Bình, ngày 04 tháng 11 năm 2024"
    body = "Văn bản số 4705/HD-BQP ngày 31/10/2024 của Bộ Quốc phòng)./."
    assert spans(header) == [("ngày 04 tháng 11 năm 2024", "2024-11-04")]
    assert spans(body) == [("ngày 31/10/2024", "2024-10-31")]


@pytest.mark.parametrize(
    "text",
    [
        "ngày " * 40_000,
        "1/" * 100_000,
        "ngày" + " " * 200_000,
        "ngày" + "." * 200_000,
        "ngày 1 tháng " * 16_000,
        "1 " * 100_000,
        "1-1-" * 50_000,
        "ngày 1" * 35_000,
        ("1" + " " * 1000) * 200,
        unicodedata.normalize("NFD", "ngày 1 tháng ") * 15_000,
    ],
    ids=["ngay", "slash", "spaces", "dots", "ngay-thang", "digits", "dash", "ngay1", "runs", "nfd"],
)
def test_linear_time(text: str) -> None:
    assert len(text) >= 200_000
    start = time.perf_counter()
    assert list(dates.finditer(text)) == []
    assert dates.is_valid(text) is False
    assert time.perf_counter() - start < 2.0


# --- properties -------------------------------------------------------------------------------

complete_dates = st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31))
partial_dates = st.builds(
    DocumentDate,
    st.integers(1900, 2100),
    st.none() | st.integers(1, 12),
    st.none() | st.integers(1, 28),
)
words = st.sampled_from(
    ["ngày", "tháng", "năm", "ngay", "Ngày", "số", "của", "Quyết", "định", "Hà", "Nội", "và", "…"]
)
letters = st.text(st.sampled_from("abcdeghiklmnostuvxyàáạăâđêôơưNTHÁ \n"), max_size=30)
filler = st.lists(words | letters, max_size=6).map(" ".join)


@given(complete_dates)
def test_roundtrip_complete(d: datetime.date) -> None:
    doc = DocumentDate.from_date(d)
    text = dates.format(doc)
    assert dates.parse(text) == doc
    assert dates.validate(text) == doc
    assert dates.format(dates.parse(text)) == text
    assert dates.parse(dates.format(doc, style="numeric")) == doc
    assert dates.parse(dates.format(doc, style="iso")) == doc
    assert doc.to_date() == d


@given(partial_dates)
def test_roundtrip_partial(doc: DocumentDate) -> None:
    text = dates.format(doc)
    assert dates.parse(text) == doc
    assert dates.format(dates.parse(text)) == text
    if doc.day is None:
        assert dates.parse(doc.isoformat()) == doc
    if not doc.is_complete:
        with pytest.raises(Incomplete):
            dates.validate(text)


@given(st.text())
def test_is_valid_any_text(text: str) -> None:
    assert isinstance(dates.is_valid(text), bool)


@given(st.text() | st.text(st.sampled_from("0123456789/-. ngàyáthmăNGT…*\n\u0300")))
def test_parse_raises_only_validation_errors(text: str) -> None:
    try:
        result = dates.parse(text)
    except ValidationError as exc:
        assert exc.value == text
        assert exc.position is None or 0 <= exc.position <= len(text)
    else:
        assert isinstance(result, DocumentDate)


@given(st.text(st.sampled_from("0123456789/-. ngàyáthmăNGT…*\n\u0300"), max_size=60))
def test_finditer_matches_parse(text: str) -> None:
    last = 0
    for match in dates.finditer(text):
        assert match.start >= last and match.end > match.start
        assert match.text == text[match.start : match.end]
        assert dates.parse(match.text) == match.date
        last = match.end


@given(filler, complete_dates | partial_dates, filler)
def test_search_finds_formatted_date(
    prefix: str, d: datetime.date | DocumentDate, suffix: str
) -> None:
    doc = d if isinstance(d, DocumentDate) else DocumentDate.from_date(d)
    written = dates.format(doc)
    text = f"{prefix} {written} {suffix}"
    match = dates.search(text)
    assert match is not None
    start = len(prefix) + 1
    assert (match.date, match.start, match.end) == (doc, start, start + len(written))
    assert match.text == written
