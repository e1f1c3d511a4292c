"""The rule catalogue (vanban.checks): each rule on a document that breaks it and one that does
not, the options of check(), the generated docs/rules.md and the ``vanban check`` command.

The documents are the synthetic but well-formed texts in tests/fixtures/checks/ (cong-van,
quyet-dinh, nghi-dinh, ke-hoach-dang), edited to break one rule, and real documents copied from
the development corpus (corpus-NNN.txt; origins in SOURCES.tsv).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from vanban import dates, numbers, parse
from vanban.checks import check, get_rule, looks_like_draft, render_rules_markdown, rules
from vanban.checks.cli import run_check
from vanban.checks.spans import field_span, line_col, locate_number
from vanban.enums import Family, Severity
from vanban.model import Document, Span

FIXTURES = Path(__file__).parent / "fixtures" / "checks"
DOCS = Path(__file__).parent.parent / "docs" / "rules.md"


def fixture(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


def edit(text: str, edits: list[tuple[str, str]]) -> str:
    for old, new in edits:
        assert text.count(old) == 1, f"{old!r} must occur once"
        text = text.replace(old, new)
    return text


def codes(text: str, **options: Any) -> set[str]:
    return {f.code for f in check(text, **options)}


CV, QD, ND, PARTY = "cong-van", "quyet-dinh", "nghi-dinh", "ke-hoach-dang"
SIGN_CV = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"
SIGN_QD = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
PAD_DAY = ("Đồng, ngày 05 tháng 3", "Đồng, ngày 5 tháng 3")

# (rule, base document, edits that break the rule, options of check)
CASES: list[tuple[str, str, list[tuple[str, str]], dict[str, Any]]] = [
    ("VB101", CV, [("Số: 05/SNV-VP\n", "")], {}),
    ("VB102", CV, [("Số: 05/SNV-VP", "Số:      /SNV-VP")], {}),
    ("VB103", PARTY, [("Số 05-KH/TU", "Số: 05/KH-TU")], {}),
    ("VB104", CV, [("05/SNV-VP", "5/SNV-VP")], {}),
    ("VB105", CV, [("05/SNV-VP", "05/SNV - VP")], {}),
    ("VB106", QD, [("15/QĐ-UBND", "15/KH-UBND")], {}),
    ("VB107", CV, [("05/SNV-VP", "05/CV-SNV")], {}),
    ("VB108", ND, [("30/2025/NĐ-CP", "30/NĐ-CP")], {}),
    ("VB109", ND, [("30/2025/NĐ-CP", "30/2024/NĐ-CP")], {}),
    ("VB110", CV, [("05/SNV-VP", "05/2024/SNV-VP")], {}),
    ("VB111", PARTY, [("Số 05-KH/TU", "Số: 05/2024/KH-TU")], {}),
    ("VB112", PARTY, [("05-KH/TU", "05-XYZ/TU")], {}),
    ("VB113", CV, [("05/SNV-VP", "00/SNV-VP")], {}),
    ("VB201", CV, [("Lâm Đồng, ngày 05 tháng 3 năm 2024\n", "")], {}),
    ("VB202", CV, [("Đồng, ngày 05 tháng 3", "Đồng, ngày    tháng 3")], {}),
    ("VB203", CV, [("Đồng, ngày 05 tháng 3", "Đồng, ngày 5 tháng 3")], {}),
    ("VB204", CV, [("Lâm Đồng, ngày 05 tháng 3", "Lâm Đồng, ngày 05 tháng 03")], {}),
    ("VB205", CV, [("Lâm Đồng, ngày 05 tháng 3 năm", "Lâm Đồng, ngay 05 thang 3 nam")], {}),
    ("VB206", CV, [("Đồng, ngày 05 tháng 3", "Đồng, ngày 30 tháng 02")], {}),
    ("VB208", CV, [("Lâm Đồng, ngày", "ngày")], {}),
    ("VB209", CV, [("Lâm Đồng, ngày", "Lâm Đồng ngày")], {}),
    ("VB301", CV, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n", "")], {}),
    ("VB302", CV, [("Độc lập - Tự do - Hạnh phúc\n", "")], {}),
    ("VB303", CV, [("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc")], {}),
    ("VB304", PARTY, [("ĐẢNG CỘNG SẢN VIỆT NAM\n", "")], {}),
    ("VB305", PARTY, [("ĐẢNG CỘNG SẢN VIỆT NAM\n",
                       "ĐẢNG CỘNG SẢN VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")], {}),
    ("VB306", CV, [("UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\n", "")], {}),
    ("VB307", QD, [("Về việc thành lập", "V/v thành lập")], {}),
    ("VB308", CV, [("V/v nâng bậc lương năm 2024\n", "")], {}),
    ("VB401", CV, [("Kính gửi:", "Kính gửi")], {}),
    ("VB402", CV, [("- Sở Tài chính;", "- Sở Tài chính")], {}),
    ("VB403", CV, [("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n", "")], {}),
    ("VB404", CV, [("- Như trên;\n", "- Sở Xây dựng;\n")], {}),
    ("VB405", CV, [("- Lưu: VT, VP.", "- Lưu: VT, VP;\n- Sở Xây dựng.")], {}),
    ("VB406", CV, [("- Lưu: VT, VP.", "- Lưu VP.")], {}),
    ("VB407", PARTY, [("- Lưu Văn phòng Tỉnh ủy.", "- Lưu: VT, VPTU.")], {}),
    ("VB501", CV, [(SIGN_CV, "")], {}),
    ("VB502", ND, [("TM. CHÍNH PHỦ\nTHỦ TƯỚNG", "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG")], {}),
    ("VB503", QD, [(SIGN_QD, "TM. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n")], {}),
    ("VB504", CV, [("PHÓ GIÁM ĐỐC", "GIÁM ĐỐC")], {}),
    ("VB505", QD, [("KT. CHỦ TỊCH", "KT. ỦY BAN NHÂN DÂN")], {}),
    ("VB506", PARTY, [("T/M BAN THƯỜNG VỤ", "TM. BAN THƯỜNG VỤ")], {}),
    ("VB507", CV, [("KT. GIÁM ĐỐC", "KT.GIÁM ĐỐC")], {}),
    ("VB508", CV, [("PHÓ GIÁM ĐỐC\nNguyễn Văn An\n", "PHÓ GIÁM ĐỐC\n")], {}),
    ("VB509", QD, [(SIGN_QD, "TM. ỦY BAN NHÂN DÂN\n")], {}),
    ("VB601", CV, [("thực hiện./.", "thực hiện.")], {}),
    ("VB602", CV, [("2. Các đơn vị gửi", "3. Các đơn vị gửi")], {}),
    ("VB603", QD, [("Điều 3.", "Điều 4.")], {}),
    ("VB604", QD, [("b) Báo cáo kết quả.", "b) Báo cáo kết quả;\nf) Lưu hồ sơ.")], {}),
    ("VB605", QD, [("b) Báo cáo", "c) Báo cáo")], {}),
    ("VB606", ND, [("Chương II", "Chương 2")], {}),
    ("VB607", ND, [("Chương II", "Chương III")], {}),
    ("VB608", ND, [("Điều 2. Đối tượng áp dụng\n", "Điều 2.\n")], {}),
    ("VB701", CV, [("năm 2020 của Chính phủ", "năm 2025 của Chính phủ")], {}),
    ("VB702", CV, [("năm 2020 của Chính phủ", "năm 2019 của Chính phủ")], {}),
    ("VB609", CV, [("báo cáo trước ngày 15 tháng 3 năm 2024", "báo cáo trước ngày 15 tháng 02 năm "
                    "2024")], {}),
]
# Rules whose cases need options that differ between the good and the bad document.
SEPARATE = {"VB207", "VB703"}


def test_every_rule_has_a_case() -> None:
    covered = {case[0] for case in CASES} | SEPARATE
    assert covered == {r.code for r in rules}


@pytest.mark.parametrize("base", [CV, QD, ND, PARTY])
def test_base_documents_are_clean(base: str) -> None:
    assert check(fixture(base)) == []


@pytest.mark.parametrize(("code", "base", "edits", "options"), CASES,
                         ids=[case[0] for case in CASES])
def test_rule_fires_on_a_document_that_breaks_it(
    code: str, base: str, edits: list[tuple[str, str]], options: dict[str, Any]
) -> None:
    good = fixture(base)
    assert code not in codes(good, **options)
    bad = edit(good, edits)
    found = [f for f in check(bad, **options) if f.code == code]
    assert found, f"{code} did not fire"
    finding = found[0]
    entry = get_rule(code)
    assert finding.severity is entry.severity
    assert finding.message and finding.message_vi and finding.fix
    assert "check.internal" not in codes(bad, **options)
    if finding.span is not None:
        assert 0 <= finding.span.start <= finding.span.end <= len(bad)


def test_future_date_needs_today() -> None:
    text = fixture(CV)  # dated 2024-03-05
    assert "VB207" not in codes(text)
    assert "VB207" in codes(text, today=datetime.date(2024, 3, 4))
    assert "VB207" not in codes(text, today=datetime.date(2024, 3, 5))


def test_future_citation_needs_today() -> None:
    text = edit(fixture(CV), [("năm 2024\nV/v", "năm 2026\nV/v"),
                              ("ngày 05 tháng 3 năm 2020", "ngày 05 tháng 3 năm 2025"),
                              ("30/2020/NĐ-CP", "30/2025/NĐ-CP")])
    assert "VB703" not in codes(text)
    assert "VB703" in codes(text, today=datetime.date(2025, 1, 1))
    assert "VB703" not in codes(text, today=datetime.date(2026, 1, 1))


def test_impossible_date_of_a_document_built_by_hand() -> None:
    doc = Document(type_name="Công văn", number=numbers.parse("05/BNV-VP"),
                   date=dates.DocumentDate(2024, 2, 30), place="Hà Nội")
    assert "VB206" in {f.code for f in check(doc, select=["VB206"])}


def test_draft_accepts_blank_number_and_day() -> None:
    text = edit(fixture(CV), [("Số: 05/SNV-VP", "Số:      /SNV-VP"),
                              ("Đồng, ngày 05 tháng 3", "Đồng, ngày     tháng 3")])
    assert {"VB102", "VB202"} <= codes(text)
    assert codes(text, draft=True) == set()
    assert looks_like_draft(parse(text))
    assert not looks_like_draft(parse(fixture(CV)))


def test_zero_number_built_by_hand() -> None:
    doc = Document(number=numbers.DocumentNumber(number=0, issuer="BNV-VP"))
    assert [f.code for f in check(doc, select=["VB113"])] == ["VB113"]


def test_chu_tich_signs_his_own_decision_without_tm() -> None:
    # a real draft decision of the Chủ tịch UBND tỉnh Lâm Đồng, signed "CHỦ TỊCH" (corpus 082)
    text = fixture("corpus-082")
    assert "VB502" not in codes(text, draft=True)
    # the same decision enacted by the Ủy ban itself needs TM.
    body = edit(text, [("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n",
                        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n")])
    assert "VB502" in codes(body, draft=True)


def test_collective_body_needs_tm_when_it_enacts() -> None:
    text = edit(fixture(QD), [(SIGN_QD, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n")])
    assert "VB502" in codes(text)
    own = edit(text, [("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCăn cứ",
                       "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCăn cứ")])
    assert "VB502" not in codes(own)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("corpus-116", set()),  # a complete công văn of UBND tỉnh Ninh Bình
        ("corpus-082", set()),  # a draft decision of the Chủ tịch UBND tỉnh Lâm Đồng
        ("corpus-020", {"VB209"}),  # Nghị định 87/2025: "Hà Nội ngày 11 tháng 4 năm 2025"
        ("corpus-094", {"VB602", "VB507"}),  # items 1–5 then 7; "TL.CHỦ TỊCH"
        ("corpus-121", {"VB303"}),  # "Hạnh Phúc"
    ],
)
def test_real_documents(name: str, expected: set[str]) -> None:
    text = fixture(name)
    draft = looks_like_draft(parse(text))
    assert codes(text, draft=draft) == expected


def test_findings_are_sorted_and_located() -> None:
    text = edit(fixture(CV), [("05/SNV-VP", "5/SNV-VP"), PAD_DAY,
                              ("thực hiện./.", "thực hiện.")])
    findings = check(text)
    keys = [(f.span.start if f.span else -1, f.code) for f in findings]
    assert keys == sorted(keys)
    number = next(f for f in findings if f.code == "VB104")
    assert number.span is not None and number.span.slice(text) == "5/SNV-VP"
    assert line_col(text, number.span.start) == (5, 5)
    assert number.field == "number"


def test_select_and_ignore_by_prefix_and_name() -> None:
    text = edit(fixture(CV), [("05/SNV-VP", "5/SNV-VP"), PAD_DAY])
    assert codes(text) == {"VB104", "VB203"}
    assert codes(text, select=["VB1"]) == {"VB104"}
    assert codes(text, ignore=["VB1"]) == {"VB203"}
    assert codes(text, select=["date-padding"]) == {"VB203"}
    assert codes(text, select=["ALL"], ignore=["VB104"]) == {"VB203"}
    with pytest.raises(ValueError, match="VB9"):
        check(text, select=["VB9"])


def test_without_text_the_text_rules_are_skipped() -> None:
    text = edit(fixture(CV), [("05/SNV-VP", "5/SNV-VP")])
    doc = parse(text)
    assert "VB104" not in {f.code for f in check(doc)}
    assert "VB104" in {f.code for f in check(doc, text=text)}


def test_rules_are_not_retroactive_by_default() -> None:
    text = edit(fixture(CV), [("năm 2024\nV/v", "năm 2019\nV/v"), ("05/SNV-VP", "5/SNV-VP"),
                              ("ngày 15 tháng 3 năm 2024", "ngày 15 tháng 3 năm 2019")])
    assert "VB104" not in codes(text)
    assert "VB104" in codes(text, retroactive=True)


def test_party_document_family() -> None:
    findings = check(fixture(PARTY))
    assert findings == []
    assert get_rule("VB304").applies_to(Family.PARTY)
    assert not get_rule("VB301").applies_to(Family.PARTY)


def test_catalogue() -> None:
    assert len(rules) >= 30
    assert len({r.code for r in rules}) == len(rules) == len({r.name for r in rules})
    assert [r.code for r in rules] == sorted(r.code for r in rules)
    for entry in rules:
        assert entry.source and entry.docs and entry.bad and entry.good and entry.fix
        assert entry.summary_vi and entry.summary
        assert "§" in entry.source, f"{entry.code} must cite spec/conventions.md"
    assert get_rule("VB101") is get_rule("number-missing")
    with pytest.raises(KeyError):
        get_rule("VB999")


def test_spans_helper() -> None:
    text = fixture(CV)
    doc = parse(text)
    printed = locate_number(doc, text)
    assert printed is not None and printed.text == "05/SNV-VP"
    assert field_span(doc, "signature") == doc.signatures[0].span
    recipients = field_span(doc, "recipients")
    assert isinstance(recipients, Span) and "Như trên" in recipients.slice(text)
    assert field_span(doc, "nothing") is None


def test_docs_are_up_to_date() -> None:
    assert DOCS.exists(), "run: python -m vanban.checks --write-docs docs/rules.md"
    assert DOCS.read_text(encoding="utf-8") == render_rules_markdown(), (
        "docs/rules.md is stale: run python -m vanban.checks --write-docs docs/rules.md")


def test_docs_list_every_rule() -> None:
    text = render_rules_markdown()
    for entry in rules:
        assert f"### {entry.code} `{entry.name}`" in text


# -- the command line ---------------------------------------------------------------------


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "cv.txt"
    path.write_text(edit(fixture(CV), [("05/SNV-VP", "5/SNV-VP")]), encoding="utf-8")
    return path


def test_cli_text_output(bad_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check([str(bad_file)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{bad_file}:5:5: VB104 The number 5 below 10 lacks its leading zero."]


def test_cli_clean_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ok.txt"
    path.write_text(fixture(QD), encoding="utf-8")
    assert run_check([str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_cli_json(bad_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check([str(bad_file), "--format", "json"]) == 1
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 1
    record = records[0]
    assert record["code"] == "VB104" and record["name"] == "number-padding"
    assert (record["line"], record["column"]) == (5, 5)
    assert record["severity"] == Severity.WARNING.value
    assert record["message_vi"] and record["fix"] == "Write 05."


def test_cli_select_ignore(bad_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check([str(bad_file), "--ignore", "VB1"]) == 0
    assert run_check([str(bad_file), "--select", "VB2,VB3"]) == 0
    assert run_check([str(bad_file), "--select", "VB10"]) == 1
    capsys.readouterr()


def test_cli_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(edit(fixture(CV), [("Số: 05/SNV-VP", "Số:      /SNV-VP")]), encoding="utf-8")
    assert run_check([str(path)]) == 1
    assert run_check([str(path), "--draft"]) == 0
    assert run_check([str(path), "--auto-draft"]) == 0
    capsys.readouterr()


def test_cli_today(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(fixture(CV), encoding="utf-8")
    assert run_check([str(path), "--today", "2024-01-01"]) == 1
    assert "VB207" in capsys.readouterr().out
    assert run_check([str(path), "--today", "yesterday"]) == 2
    capsys.readouterr()


@pytest.mark.parametrize("args", [[], ["--select", "VB9"], ["--ignore", "nope"],
                                  ["--format", "xml"], ["missing-file.txt"]])
def test_cli_usage_and_read_errors(args: list[str], bad_file: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    files = [] if not args or args == ["missing-file.txt"] else [str(bad_file)]
    assert run_check(files + args) == 2
    assert capsys.readouterr().err


def test_cli_read_error_does_not_stop_other_files(bad_file: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check(["missing-file.txt", str(bad_file)]) == 2
    captured = capsys.readouterr()
    assert "VB104" in captured.out and "missing-file.txt" in captured.err


def test_cli_list_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check(["--list-rules"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == len(rules) and "VB101 number-missing" in out


def test_module_entry_checks_docs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vanban.checks.__main__ import main

    target = tmp_path / "rules.md"
    assert main(["--check-docs", str(target)]) == 1
    assert main(["--write-docs", str(target)]) == 0
    assert main(["--check-docs", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == render_rules_markdown()
    capsys.readouterr()


def test_draft_may_leave_the_signer_unnamed() -> None:
    text = edit(fixture(CV), [("PHÓ GIÁM ĐỐC\nNguyễn Văn An\n", "PHÓ GIÁM ĐỐC\n")])
    assert "VB508" in codes(text)
    assert "VB508" not in codes(text, draft=True)


def test_nhu_kinh_gui_is_accepted() -> None:
    text = edit(fixture(CV), [("- Như trên;", "- Như Kính gửi;")])
    assert "VB404" not in codes(text)


@pytest.mark.parametrize("text", ["", "\n\n", "Số: /", "ĐẢNG CỘNG SẢN VIỆT NAM\nSố -/",
                                  "Kính gửi\nNơi nhận:\n- Lưu\nKT.\n", "Điều 1.\nĐiều 1a.\nf) x",
                                  "ngày 31 tháng 02 năm 1800\nChương 0\n"])
def test_odd_input_never_crashes(text: str) -> None:
    for draft in (False, True):
        findings = check(text, draft=draft, today=datetime.date(2024, 1, 1))
        assert all(f.code.startswith("VB") for f in findings)


def test_spans_point_into_a_decomposed_text() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", edit(fixture(CV), [("05/SNV-VP", "5/SNV-VP")]))
    finding = next(f for f in check(text) if f.code == "VB104")
    assert finding.span is not None
    assert unicodedata.normalize("NFC", finding.span.slice(text)) == "5/SNV-VP"


def test_unlisted_types_are_not_held_to_every_component() -> None:
    # the head of an internal submission slip of a provincial office (corpus 109)
    text = ("UBND TỈNH LÂM ĐỒNG\nVĂN PHÒNG\nSố:10-01/26/PT-NC\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPHIẾU TRÌNH\n"
            "Kính gửi:\n- Lãnh đạo UBND tỉnh;\n- Lãnh đạo Văn phòng UBND tỉnh.\n"
            "I. NỘI DUNG TRÌNH\n1. Văn bản: Công văn số 03/BCĐX-CAT ngày 06/01/2026.\n")
    doc = parse(text)
    assert doc.type_name == "Phiếu trình"
    assert not {"VB101", "VB201", "VB403"} & {f.code for f in check(doc, text=text)}


@pytest.mark.parametrize(
    "label",
    ["Điều " + "9" * 5_000, "Chương " + "9" * 5_000, "Chương 4000", "Mục " + "9" * 5_000,
     "9" * 5_000, "²", "Chương ²", "Mục ①"],
    ids=["article-digits", "chapter-digits", "chapter-4000", "section-digits", "item-digits",
         "superscript", "chapter-superscript", "section-circled"],
)
def test_odd_labels_are_no_internal_error(label: str) -> None:
    """Labels a parsed or loaded document may carry: once a ValueError in int() (a digit run
    over 4,300 digits, a superscript that isdigit() accepts) or in roman() (4000 and up)."""
    import vanban
    from vanban.enums import ProvisionKind
    from vanban.model import Provision

    for kind in (ProvisionKind.ARTICLE, ProvisionKind.CHAPTER, ProvisionKind.PART,
                 ProvisionKind.SECTION, ProvisionKind.ITEM, ProvisionKind.CLAUSE):
        doc = Document(type_name="Quyết định", family=Family.NORMATIVE,
                       body=(Provision(kind, label), Provision(kind, label)))
        assert not [f for f in check(doc) if f.code == "check.internal"]
        vanban.metadata(doc)
