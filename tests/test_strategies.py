"""Tests of :mod:`vanban.strategies` (issue 7): what the strategies draw is valid, round-trips,
passes the checks and is read back by the parser in every layout; the hypothesis plugin
registers a strategy for every model class."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from importlib.metadata import entry_points

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import vanban
from vanban import dates, doctypes, numbers, strategies
from vanban.enums import AuthorityKind, Family, ProvisionKind
from vanban.errors import ValidationError
from vanban.model import Document, Provision

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
SLOW = settings(FAST, max_examples=120)

HAS_CHECKS = importlib.util.find_spec("vanban.checks") is not None
needs_checks = pytest.mark.skipif(not HAS_CHECKS, reason="vanban.checks (issue: the rule "
                                  "catalogue) is not installed in this tree")


# -- numbers and dates --------------------------------------------------------------------


@settings(FAST, max_examples=200)
@given(strategies.document_numbers(blank=True))
def test_numbers_round_trip(n: numbers.DocumentNumber) -> None:
    assert numbers.parse(numbers.format(n)) == n
    if not n.is_blank:
        assert numbers.validate(numbers.format(n)) == n


@pytest.mark.parametrize("family", list(Family))
@settings(FAST, max_examples=40)
@given(data=st.data())
def test_number_type_codes_match_the_type(family: Family, data: st.DataObject) -> None:
    rows = [r for r in doctypes.document_types(family) if r.name != "Hiến pháp"]
    row = data.draw(st.sampled_from(rows))
    n = data.draw(strategies.document_numbers(family, type_name=row.name))
    assert n.family is family
    if row.code is not None or family is not Family.ADMINISTRATIVE:
        assert n.type_code == row.code
    else:  # a công văn: <issuer>-<unit>, no type code
        assert n.type_code is None
        assert "-" in n.issuer


@settings(FAST, max_examples=200)
@given(strategies.dates(partial=True))
def test_dates_round_trip(d: dates.DocumentDate) -> None:
    assert dates.parse(dates.format(d)) == d
    if d.is_complete:
        assert dates.validate(dates.format(d)) == d  # padded as NĐ 30/2020 prescribes


@pytest.mark.parametrize("rule", strategies.NUMBER_RULES)
@settings(FAST, max_examples=25)
@given(data=st.data())
def test_invalid_numbers_break_exactly_their_rule(rule: str, data: st.DataObject) -> None:
    text, drawn = data.draw(strategies.invalid_document_numbers([rule]))
    assert drawn == rule
    with pytest.raises(ValidationError) as caught:
        numbers.validate(text)
    assert caught.value.rule == rule, text
    assert not numbers.is_valid(text)


@pytest.mark.parametrize("rule", strategies.DATE_RULES)
@settings(FAST, max_examples=25)
@given(data=st.data())
def test_invalid_dates_break_exactly_their_rule(rule: str, data: st.DataObject) -> None:
    text, drawn = data.draw(strategies.invalid_dates([rule]))
    assert drawn == rule
    with pytest.raises(ValidationError) as caught:
        dates.validate(text)
    assert caught.value.rule == rule, text


# -- documents ----------------------------------------------------------------------------


def _labels(units: tuple[Provision, ...], kind: ProvisionKind) -> list[str]:
    return [p.label for p in units if p.kind is kind]


def _numbering_is_continuous(body: tuple[Provision, ...]) -> None:
    articles = [p.label for top in body for p in top.walk() if p.kind is ProvisionKind.ARTICLE]
    assert articles == [f"Điều {i}" for i in range(1, len(articles) + 1)]
    for unit in (p for top in body for p in top.walk()):
        for kind in (ProvisionKind.ITEM, ProvisionKind.CLAUSE):
            labels = _labels(unit.children, kind)
            assert labels == [str(i) for i in range(1, len(labels) + 1)]
        points = _labels(unit.children, ProvisionKind.POINT)
        assert "".join(points) == "abcdđeghiklmnopqrstuvxy"[: len(points)]
    items = _labels(body, ProvisionKind.ITEM)
    assert items == [str(i) for i in range(1, len(items) + 1)]


@SLOW
@given(strategies.documents())
def test_documents_are_consistent(doc: Document) -> None:
    assert doc.number is not None and doc.issuer is not None and doc.date is not None
    row = doctypes.by_name(doc.type_name or "", doc.family)
    assert row is not None and row.family is doc.family
    assert doc.number.type_code == (row.code if row.name != "Công văn" or doc.family is
                                    Family.PARTY else None)
    assert doc.issuer.code is not None and doc.number.issuer.startswith(doc.issuer.code)
    sig = doc.signatures[0]
    assert sig.name.istitle() and sig.position == sig.position.upper()
    party = doc.family is Family.PARTY
    assert all(a.family is (Family.PARTY if party else Family.ADMINISTRATIVE)
               for a in sig.authority)
    kinds = [a.kind for a in sig.authority]
    if AuthorityKind.DEPUTY in kinds:  # KT. <head> / PHÓ ... or THỨ TRƯỞNG
        assert kinds[-1] is AuthorityKind.DEPUTY
        assert sig.position.startswith(("PHÓ ", "THỨ TRƯỞNG"))
    if doc.issuer.code in ("UBND", "CP", "HĐND", "TU", "ĐU"):  # collective bodies
        assert kinds[0] in (AuthorityKind.ON_BEHALF, AuthorityKind.BY_ORDER)
    if doc.type_name == "Công văn" and not party:
        assert doc.subject and doc.addressees
    if doc.addressees:
        assert doc.recipients[0].name == "Như trên"
    if doc.recipients:  # Nơi nhận ends with the archive entry
        archive = doc.recipients[-1].name
        assert archive.startswith("Lưu ") and ":" not in archive if party else \
            archive.startswith("Lưu: VT, ")
    _numbering_is_continuous(doc.body)
    for c in doc.citations:
        assert c.date is not None and c.date.year is not None and doc.date.year is not None
        assert c.date.year <= doc.date.year


@FAST
@given(strategies.documents() | strategies.documents(draft=True))
def test_json_round_trip(doc: Document) -> None:
    assert vanban.from_json(vanban.to_json(doc)) == doc


@needs_checks
@SLOW
@given(strategies.documents())
def test_documents_pass_the_checks(doc: Document) -> None:
    from vanban.checks import check

    text = vanban.render(doc)
    for findings in (check(doc), check(vanban.parse(text), text=text)):
        errors = [f for f in findings if f.severity.value == "error"]
        assert not errors, (errors, text)


@needs_checks
@FAST
@given(strategies.documents(draft=True))
def test_drafts_pass_the_checks_as_drafts(doc: Document) -> None:
    from vanban.checks import check

    errors = [f for f in check(doc, draft=True) if f.severity.value == "error"]
    assert not errors, errors


def _covered_types() -> list[tuple[str, Family]]:
    return sorted({(r.name, r.family) for r in doctypes.document_types()
                   if not r.copy and r.name not in ("Hiến pháp", "Lệnh", "Văn bản hợp nhất",
                                                    "Thông tư liên tịch",
                                                    "Nghị quyết liên tịch")})


@pytest.mark.parametrize(("type_name", "family"), _covered_types())
def test_every_type_can_be_drawn(type_name: str, family: Family) -> None:
    @settings(FAST, max_examples=3)
    @given(strategies.documents(type_name, family))
    def check_type(doc: Document) -> None:
        assert doc.type_name == type_name and doc.family is family

    check_type()


@pytest.mark.parametrize(("type_name", "family", "message"), [
    ("Thư ngỏ", None, "no document type"),
    ("Lệnh", None, "does not draw"),
    ("Thông tư", "party", "no document type"),
    (None, "state", "unknown family"),
])
def test_bad_arguments(type_name: str | None, family: str | None, message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        strategies.documents(type_name, family)


def test_unknown_layout_or_rule() -> None:
    with pytest.raises(InvalidArgument, match="unknown layout"):
        strategies.document_texts(layouts=["pdf"])
    with pytest.raises(InvalidArgument, match="unknown rule"):
        strategies.invalid_dates(["date.colour"])


# -- texts read back ----------------------------------------------------------------------

# Parser gaps found with document_texts and reported (see test_known_parser_gaps below):
# those fields are not compared for the documents that hit them.
_FLAT_PARENTS = ("BAN CHẤP HÀNH TRUNG ƯƠNG", "BỘ CÔNG AN")


def _known_gaps(doc: Document, layout: str) -> set[str]:
    gaps: set[str] = set()
    if doc.signature is not None and doc.signature.position == "BỘ TRƯỞNG, CHỦ NHIỆM":
        gaps.add("signature")
    issuer = doc.issuer
    if layout == "flat" and issuer and issuer.parent and issuer.parent.name in _FLAT_PARENTS:
        gaps.add("issuer")
    if layout == "flat" and re.search(r"(?:Chính phủ|Quốc hội)$", doc.subject or ""):
        gaps.add("subject")
    return gaps


def _texts(draft: bool) -> st.SearchStrategy[tuple[str, str, Document]]:
    return st.sampled_from(strategies.LAYOUTS).flatmap(
        lambda layout: strategies.document_texts(draft=draft, layouts=[layout]).map(
            lambda pair: (layout, *pair)))


@settings(SLOW, max_examples=150)
@given(_texts(False) | _texts(True))
def test_document_texts_are_read_back(drawn: tuple[str, str, Document]) -> None:
    layout, text, doc = drawn
    got = vanban.parse(text)
    gaps = _known_gaps(doc, layout)
    assert got.number == doc.number, text
    assert got.date == doc.date, text
    assert got.place == doc.place, text
    assert got.type_name == doc.type_name, text
    if "issuer" not in gaps:
        assert doc.issuer is not None and got.issuer is not None, text
        assert got.issuer.name == doc.issuer.name, text
        parent = doc.issuer.parent.name if doc.issuer.parent else None
        assert (got.issuer.parent.name if got.issuer.parent else None) == parent, text
    if "subject" not in gaps:  # web pages print titles in capitals
        assert (got.subject or "").casefold() == (doc.subject or "").casefold(), text
    assert [r.name for r in got.addressees] == [r.name for r in doc.addressees], text
    if "signature" not in gaps:
        assert got.signatures == doc.signatures, text
    assert got.recipients == doc.recipients, text
    assert got.urgency is doc.urgency, text


@settings(FAST, max_examples=40)
@given(strategies.document_texts(layouts=["plain"], variants=[]))
def test_plain_text_is_render(pair: tuple[str, Document]) -> None:
    text, doc = pair
    assert text == vanban.render(doc)
    assert got_headings(vanban.parse(text).body) == got_headings(doc.body)


def got_headings(body: tuple[Provision, ...]) -> list[tuple[str, str]]:
    """Labels and titles of the units (the parser reads khoản as items: not compared)."""
    return [(p.label, p.title) for top in body for p in top.walk()]


_SAMPLE = Document(
    type_name="Công văn", number=numbers.parse("125/UBND-VX"),
    date=dates.parse("ngày 04 tháng 11 năm 2024"), place="Khánh Hòa",
    issuer=vanban.Agency("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", code="UBND"),
    subject="tăng cường công tác phòng, chống thiên tai",
    addressees=[vanban.Recipient("Các sở, ban, ngành thuộc tỉnh")],
    signatures=[vanban.Signature([vanban.authority.parse_authority("TM. ỦY BAN NHÂN DÂN"),
                                  vanban.authority.parse_authority("KT. CHỦ TỊCH")],
                                 "PHÓ CHỦ TỊCH", "Đặng Thu Thủy")],
    recipients=[vanban.Recipient("Như trên"), vanban.Recipient("Lưu: VT, VX")],
)


@pytest.mark.parametrize("layout", strategies.LAYOUTS)
@settings(FAST, max_examples=5)
@given(data=st.data())
def test_layout_shapes(layout: str, data: st.DataObject) -> None:
    from vanban import _strategies_text as text_module

    text = text_module.layout(_SAMPLE, layout, data.draw)
    shape = {
        "plain": "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n",
        "columns": "ỦY BAN NHÂN DÂN TỈNH",
        "flat": "Số: 125/UBND-VX V/v tăng cường",
        "markdown": "***Nơi nhận:***",
    }[layout]
    assert shape in text
    if layout == "columns":
        assert re.search(r"Số: 125/UBND-VX {3,}Khánh Hòa, ngày 04", text)
    if layout == "flat":
        assert "------- CỘNG HÒA" in text
        assert "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đặng Thu Thủy" in text
    parsed = vanban.parse(text)
    assert parsed.signatures == _SAMPLE.signatures and parsed.number == _SAMPLE.number


def test_variants() -> None:
    from vanban import _strategies_text as text_module

    text = vanban.render(_SAMPLE)
    varied = text_module.vary(text, _SAMPLE, ("spacing", "tone", "eth"))
    assert "Số: 125 /UBND-VX" in varied
    assert "KHÁNH HOÀ" in varied and "Thuỷ" in varied and "Khánh Hoà" in varied
    assert "\u00d0ặng" in varied and "Đ" not in varied
    nfd = text_module.vary(text, _SAMPLE, ("nfd",))
    assert nfd != text and vanban.parse(nfd).signatures == _SAMPLE.signatures


# Real shapes the parser once misread, found by document_texts.
_GAPS: dict[str, tuple[str, Callable[[Document], bool]]] = {
    "head of VPCP signing as BỘ TRƯỞNG, CHỦ NHIỆM": (
        "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 368/VPCP-CN\nHà Nội, ngày 10 tháng 7 năm 2020\nV/v cải cách hành chính\n\n"
        "Nơi nhận:\n- Lưu: VT, CN.\n\nBỘ TRƯỞNG, CHỦ NHIỆM\n\nLê Đức Châu\n",
        lambda d: d.signature is not None and d.signature.position == "BỘ TRƯỞNG, CHỦ NHIỆM"),
    "Party parent and issuer on one web line": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Số 36-HD/VPTW Hà Nội, ngày 03 tháng 4 năm 2018\nHƯỚNG DẪN VỀ CÔNG TÁC CÁN BỘ\n"
        "1. Tăng cường công tác cán bộ.\n",
        lambda d: d.issuer is not None and d.issuer.name == "VĂN PHÒNG"),
    "BỘ CÔNG AN and its provincial police on one web line": (
        "BỘ CÔNG AN CÔNG AN TỈNH LÀO CAI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
        "Tự do - Hạnh phúc ---------------\nSố: 06/CAT-PV01 V/v công tác cán bộ Lào Cai, ngày 10 "
        "tháng 3 năm 2020 Kính gửi: Sở Nội vụ.\n1. Tăng cường công tác cán bộ./.\n",
        lambda d: d.issuer is not None and d.issuer.name == "CÔNG AN TỈNH LÀO CAI"),
    "capital title ending CHÍNH PHỦ on a web page": (
        "QUỐC HỘI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "---------------\nSố: 63/2025/QH15 Hà Nội, ngày 18 tháng 02 năm 2025\n"
        "LUẬT TỔ CHỨC CHÍNH PHỦ\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n",
        lambda d: d.subject == "TỔ CHỨC CHÍNH PHỦ"),
    "a draft's position without a name or authority line": (
        "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Luật số: /2026/QH15\nHà Nội, ngày   tháng   năm 2026\n\nLUẬT\nThủ đô\n\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nĐiều 1. Phạm vi điều "
        "chỉnh\nLuật này quy định về Thủ đô./.\n\nCHỦ TỊCH QUỐC HỘI\n",
        lambda d: d.signature is not None and d.signature.position == "CHỦ TỊCH QUỐC HỘI"),
}


@pytest.mark.parametrize("name", sorted(_GAPS))
def test_parser_reads_shapes_found_by_document_texts(name: str) -> None:
    text, expected = _GAPS[name]
    assert expected(vanban.parse(text))


# -- the hypothesis plugin ----------------------------------------------------------------


def test_entry_point_is_declared() -> None:
    hooks = [ep for ep in entry_points(group="hypothesis")
             if ep.value == "vanban._hypothesis:_hypothesis_setup_hook"]
    assert len(hooks) == 1


_FRESH = """
import sys
from hypothesis import strategies as st
import vanban
from vanban import dates, model, numbers
assert "vanban.strategies" not in sys.modules
classes = [getattr(model, name) for name in model.__all__] + [
    vanban.Authority, vanban.DocumentNumber, vanban.DocumentDate]
drawn = {cls.__name__: st.from_type(cls).example() for cls in classes}
doc = drawn["Document"]
assert isinstance(doc, vanban.Document), doc
numbers.validate(numbers.format(doc.number))
numbers.validate(numbers.format(drawn["DocumentNumber"]))
dates.validate(dates.format(drawn["DocumentDate"]))
print(sorted(drawn))
print(st.from_type(vanban.Document).example())
"""


def _python(code: str, *, plugins: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    if not plugins:
        env["HYPOTHESIS_NO_PLUGINS"] = "1"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=env, check=False)


def test_from_type_in_a_fresh_interpreter() -> None:
    done = _python(_FRESH, plugins=True)
    assert done.returncode == 0, done.stderr
    names = json.loads(done.stdout.splitlines()[0].replace("'", '"'))
    assert {"Document", "Agency", "Signature", "Authority", "Recipient", "Citation",
            "Provision", "Attachment", "TextBlock", "Finding", "Span", "DocumentNumber",
            "DocumentDate"} <= set(names)
    assert done.stdout.splitlines()[1].startswith("Document(")


def test_no_plugins_then_register_by_hand() -> None:
    code = (
        "from hypothesis import strategies as st\nimport vanban\n"
        "from vanban import numbers, strategies\n"
        "strategies.register_type_strategies()\n"
        "n = st.from_type(vanban.DocumentNumber).example()\n"
        "numbers.validate(numbers.format(n))\nprint('ok')\n"
    )
    done = _python(code, plugins=False)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
