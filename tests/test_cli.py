"""The vanban command."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import vanban
from vanban import cli
from vanban.cli import main


def test_example_prints_number_and_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example"]) == 0
    out = capsys.readouterr().out
    assert "number: 706/UBND-VP7" in out
    assert "date: 2024-11-04" in out


def test_draft_example_has_blank_number(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example", "cong-van-VHTT-draft"]) == 0
    out = capsys.readouterr().out
    assert "number: /VHTT" in out
    assert "date: 2024-09" in out


def test_unknown_example_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example", "nope"]) == 2
    assert "cong-van-706-UBND-VP7" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "status", "needle"),
    [
        (["number", "15/QĐ-BNV"], 0, "valid"),
        (["number", "5/QĐ-BNV"], 1, "number.padding"),
        (["number", "hello"], 1, "number.format"),
        (["date", "ngày 05 tháng 3 năm 2020"], 0, "valid"),
        (["date", "ngày 5 tháng 3 năm 2020"], 1, "date.padding"),
    ],
)
def test_number_and_date_checks(args: list[str], status: int, needle: str,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == status
    assert needle in capsys.readouterr().out


@pytest.mark.parametrize("module", ["vanban.cli", "vanban"])
def test_console_script_runs_from_any_directory(tmp_path: object, module: str) -> None:
    # "python -m vanban" is the command too
    result = subprocess.run([sys.executable, "-m", module, "example"], cwd=str(tmp_path),
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "706/UBND-VP7" in result.stdout


# -- parse, cite, convert over many files ------------------------------------------------------

EXAMPLE = "cong-van-706-UBND-VP7"
DRAFT = "cong-van-VHTT-draft"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of mixed files: two documents (one in a sub-folder, one Markdown), a file that
    is not UTF-8, a damaged .docx, and files that are not documents."""
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text(vanban.example_text(), encoding="utf-8")
    (root / "sub" / "b.md").write_text(vanban.example_text(DRAFT), encoding="utf-8-sig")
    (root / "latin1.txt").write_bytes("Số: 05/UBND-VP\nHà Nội".encode("latin-1", "replace")
                                      + b"\xe9\xff")
    (root / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (root / "scan.pdf").write_bytes(b"%PDF-1.4")
    (root / "notes.odt").write_bytes(b"x")
    (root / ".hidden" / "c.txt").write_text("x", encoding="utf-8")
    return root


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_parse_folder_reports_bad_files_and_goes_on(folder: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["parse", str(folder), str(folder / "missing.txt")], capsys)
    assert status == 1
    assert out.count("== ") == 2 and "number: 706/UBND-VP7" in out and "number: /VHTT" in out
    lines = err.splitlines()
    assert f"vanban: {folder / 'broken.docx'}: not a valid .docx file" in err
    assert f"vanban: {folder / 'latin1.txt'}: not UTF-8 text: byte 0x" in err
    assert f"vanban: {folder / 'missing.txt'}: No such file or directory" in lines
    assert len(lines) == 3 and "Traceback" not in err
    assert "scan.pdf" not in err + out and "c.txt" not in err + out


def test_parse_non_utf8_file_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(b"S\xf4: 05/UBND-VP\n")
    status, out, err = run(["parse", str(path)], capsys)
    assert (status, out) == (1, "")
    assert err == f"vanban: {path}: not UTF-8 text: byte 0xf4 at offset 1\n"


def test_parse_empty_directory_is_an_error(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["parse", str(tmp_path)], capsys)
    assert status == 1 and "no .txt, .md or .docx file" in err


def test_parse_formats(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = str(folder / "a.txt")
    doc = vanban.parse(vanban.example_text())
    _, out, _ = run(["parse", "--format", "json", a], capsys)
    assert vanban.from_json(out) == doc
    _, out, _ = run(["parse", "-f", "json", a, a], capsys)
    assert [vanban.from_json(json.dumps(d)) for d in json.loads(out)] == [doc, doc]
    _, out, _ = run(["parse", "-f", "jsonl", str(folder)], capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["file"]).name for r in records] == ["a.txt", "b.md"]
    from vanban.serialize import from_dict

    assert from_dict(records[0]["document"]) == doc
    _, out, _ = run(["parse", "-f", "metadata", a], capsys)
    assert json.loads(out)["CodeNotation"] == "UBND-VP7"
    _, out, _ = run(["parse", "-f", "edxml", a], capsys)
    assert vanban.from_edxml(out.encode()).number == doc.number
    _, out, _ = run(["parse", "-f", "text", a], capsys)
    assert out.startswith("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n") and "Số: 706/UBND-VP7" in out
    _, out, _ = run(["parse", "-f", "text", a, a], capsys)
    assert out.count(f"== {a}\n") == 2


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch,
                     capsys: pytest.CaptureFixture[str]) -> None:
    data = vanban.example_text().encode("utf-8-sig")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, _ = run(["parse", "-", "-f", "metadata"], capsys)
    assert status == 0
    assert json.loads(out)["file"] == "-" and json.loads(out)["CodeNumber"] == "706"


def test_parse_bad_stdin(monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfeS\x00")))
    status, out, err = run(["parse", "-"], capsys)
    assert (status, out) == (1, "")
    assert err == "vanban: -: not UTF-8 text: byte 0xff at offset 0\n"


def test_workers_give_the_same_output(folder: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    many = [str(folder / "a.txt"), str(folder / "sub" / "b.md")] * 4 + [str(folder)]
    one = run(["parse", "-f", "jsonl", *many], capsys)
    two = run(["parse", "-f", "jsonl", "--workers", "2", *many], capsys)
    assert one == two and one[0] == 1 and len(one[1].splitlines()) == 10


def test_cite_table_and_jsonl(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = str(folder / "a.txt")
    status, out, _ = run(["cite", a], capsys)
    assert status == 0
    header, first = out.splitlines()[:2]
    assert header.split() == ["where", "type", "number", "date", "issuer", "title", "relation"]
    assert first.startswith(f"{a}:12:26 ") and "4705/HD-BQP  2024-10-31  Bộ Quốc phòng" in first
    _, out, _ = run(["cite", "-f", "jsonl", a], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0] == {"file": a, "where": "12:26", "type": "", "number": "4705/HD-BQP",
                       "date": "2024-10-31", "issuer": "Bộ Quốc phòng",
                       "title": "hướng dẫn về việc tuyển chọn và gọi công dân nhập ngũ năm 2025",
                       "relation": "reference"}
    _, out, _ = run(["cite", "-f", "tsv", a], capsys)
    assert out.splitlines()[0].split("\t")[:3] == [f"{a}:12:26", "", "4705/HD-BQP"]
    text = vanban.example_text()
    line, col = 12, 26
    assert text.splitlines()[line - 1][col - 1:].startswith("Văn bản số 4705/HD-BQP")


def test_convert_to_a_directory(folder: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    status, out, err = run(["convert", "--to", "json", "-o", str(out_dir), str(folder),
                            str(folder / "a.txt")], capsys)
    assert status == 1 and out == ""  # the bad files of the folder are reported
    written = sorted(str(p.relative_to(out_dir)) for p in out_dir.rglob("*.json"))
    assert written == ["a.json", "a.txt.json", "sub/b.json"]
    assert vanban.from_json((out_dir / "sub" / "b.json").read_text(encoding="utf-8")).number \
        == vanban.parse(vanban.example_text(DRAFT)).number
    status, _, _ = run(["convert", "--to", "text", "-o", str(out_dir), str(folder / "a.txt")],
                       capsys)
    assert status == 0 and (out_dir / "a.txt").read_text(encoding="utf-8").startswith("ỦY BAN")
    status, _, err = run(["convert", "--to", "text", "-o", str(folder), str(folder / "a.txt")],
                         capsys)
    assert status == 1 and "not overwriting the input file" in err
    assert (folder / "a.txt").read_text(encoding="utf-8") == vanban.example_text()


def test_convert_without_output_dir_writes_stdout(folder: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["convert", "--to", "metadata", str(folder / "a.txt")], capsys)
    assert status == 0 and json.loads(out)["CodeNumber"] == "706"


def test_check_reads_directories(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "cv.txt").write_text("BỘ NỘI VỤ\nSố: 5/BNV-VP\n", encoding="utf-8")
    status, out, _ = run(["check", str(tmp_path), "--select", "VB104"], capsys)
    assert status == 1
    assert out == f"{tmp_path / 'sub' / 'cv.txt'}:2:5: VB104 The number 5 below 10 lacks its " \
                  "leading zero.\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(folder: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    many = [str(folder / "a.txt")] * 8
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["parse", "-f", "metadata", *many]) == 0
    drawn = terminal.getvalue()
    assert "8/8 files" in drawn and drawn.endswith("\r")  # drawn, then cleared
    assert len(capsys.readouterr().out.splitlines()) == 8
    for args in (["--quiet", *many], many[:3]):  # --quiet, or only a few files
        terminal = _Terminal()
        monkeypatch.setattr("sys.stderr", terminal)
        assert main(["parse", "-f", "metadata", *args]) == 0
        assert terminal.getvalue() == ""
    monkeypatch.setattr("sys.stderr", io.StringIO())  # not a terminal
    assert main(["parse", "-f", "metadata", *many]) == 0
    assert sys.stderr.getvalue() == ""


def test_progress_clears_before_errors(folder: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    args = [str(folder / "a.txt")] * 7 + [str(folder / "missing.txt")]
    assert main(["parse", "-f", "metadata", *args]) == 1
    shown = terminal.getvalue()
    before, message = shown.split("vanban: ", 1)
    assert before == "" or before.endswith(" \r")  # the bar was wiped out first
    assert message.startswith(f"{folder / 'missing.txt'}: No such file or directory\n")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_in_a_real_terminal(folder: Path) -> None:
    primary, secondary = os.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(primary, 4096)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    result = subprocess.run([sys.executable, "-m", "vanban.cli", "parse", "--workers", "2",
                             *[str(folder / "a.txt")] * 8], stdout=subprocess.PIPE,
                            stderr=secondary, check=False)
    os.close(secondary)
    reader.join(timeout=10)
    os.close(primary)
    shown = b"".join(chunks).decode()
    assert result.returncode == 0 and result.stdout.count(b"== ") == 8
    assert "8/8 files" in shown and "Traceback" not in shown


def test_broken_pipe_is_not_an_error(tmp_path: Path) -> None:
    many = [str(tmp_path / "a.txt")] * 40
    (tmp_path / "a.txt").write_text(vanban.example_text(), encoding="utf-8")
    result = subprocess.run(f"{sys.executable} -m vanban.cli parse {' '.join(many)} | head -1",
                            shell=True, capture_output=True, text=True, check=False)
    assert result.stdout.startswith("== ") and "Traceback" not in result.stderr
    assert "BrokenPipe" not in result.stderr


def test_summary_rows_without_tasks_attribute() -> None:
    rows = dict(cli._summary_rows(vanban.parse(vanban.example_text())))
    assert rows["number"] == "706/UBND-VP7" and "tasks" not in rows


def test_every_export_of_the_lazy_package_resolves() -> None:
    code = ("import vanban, vanban.render, vanban.metadata\n"
            "missing = [n for n in vanban.__all__ if getattr(vanban, n, None) is None]\n"
            "assert not missing, missing\n"
            "assert callable(vanban.render) and callable(vanban.metadata)\n"
            "assert sorted(vanban.__all__) == sorted(set(vanban.__all__))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
