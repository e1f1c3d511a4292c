"""The vanban command."""

from __future__ import annotations

import subprocess
import sys

import pytest

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


def test_console_script_runs_from_any_directory(tmp_path: object) -> None:
    result = subprocess.run([sys.executable, "-m", "vanban.cli", "example"], cwd=str(tmp_path),
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "706/UBND-VP7" in result.stdout
