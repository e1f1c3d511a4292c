"""The shell examples of the README and docs/*.md, run.

Every ```` ```console ```` block is a session: lines starting with ``$ `` are commands, run
with bash in a fresh folder of fixtures, and the lines after a command are its expected output
(standard output and standard error together), compared as doctest compares (``...`` matches
anything, runs of whitespace are equal). The folder holds:

- ``documents/``: the two bundled examples and ``notes/19046-BTC-TCHQ.md`` (a Markdown công văn);
- ``example.txt``: the bundled example; ``notepad.txt``: the same in UTF-16;
- ``notice.docx`` (a công văn built with python-docx), ``renamed.docx`` (not a .docx at all);
- ``notice.pdf`` and ``notice.doc`` with stand-ins for ``pdftotext`` and ``antiword`` on the
  PATH, which print the text those tools print for such files.
"""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import vanban

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

MARKDOWN = """| **BỘ TÀI CHÍNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| **TỔNG CỤC HẢI QUAN** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 19046/BTC-TCHQ | *Hà Nội, ngày 29 tháng 12 năm 2014* |
| V/v hướng dẫn thực hiện Luật Hải quan | |

Kính gửi: Cục Hải quan các tỉnh, thành phố.

**1. Địa điểm làm thủ tục hải quan**

Cục Hải quan các tỉnh, thành phố thực hiện theo Điều 22 Luật Hải quan./.

| ***Nơi nhận:*** | **KT. BỘ TRƯỞNG** |
|---|---|
| - Như trên; | **THỨ TRƯỞNG** |
| - Lưu: VT, TCHQ. | |
| | **Đỗ Hoàng Anh Tuấn** |
"""

# What antiword -w 0 prints for a DOC of the bundled example: cells joined by a tab.
ANTIWORD = """      ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
       TỈNH NINH BÌNH\t                          Độc lập - Tự do - Hạnh phúc

     Số: 706/UBND-VP7                      Ninh Bình, ngày 04 tháng 11 năm 2024

V/v tuyển chọn và gọi công dân
nhập ngũ năm 2025

                                                 Kính gửi: Bộ Chỉ huy Quân sự tỉnh

      UBND tỉnh nhận được Văn bản số 4705/HD-BQP ngày 31/10/2024 của Bộ Quốc phòng \
hướng dẫn về việc tuyển chọn và gọi công dân nhập ngũ năm 2025./.

Nơi nhận:     \t    TM. ỦY BAN NHÂN DÂN
- Như trên; \t          KT. CHỦ TỊCH
- Lưu: VT, VP2, VP7.\t          PHÓ CHỦ TỊCH

\t          Tống Quang Thìn
"""


def _sessions() -> list[tuple[str, list[tuple[str, str]]]]:
    """``(id, [(command, expected output), ...])`` for each console block."""
    out = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for m in re.finditer(r"^```console\n(.*?)^```", text, re.MULTILINE | re.DOTALL):
            line = text.count("\n", 0, m.start()) + 1
            steps: list[tuple[str, str]] = []
            for row in m.group(1).splitlines():
                if row.startswith("$ "):
                    steps.append((row[2:], ""))
                elif steps:
                    command, want = steps[-1]
                    steps[-1] = (command, want + row + "\n")
            out.append((f"{page.relative_to(ROOT)}:{line}", steps))
    return out


SESSIONS = _sessions()


def _docx(path: Path) -> None:
    docx = pytest.importorskip("docx")
    word = docx.Document()

    def table(rows: list[tuple[list[str], list[str]]]) -> None:
        t = word.add_table(rows=len(rows), cols=2)
        for row, cells in zip(t.rows, rows, strict=True):
            for cell, lines in zip(row.cells, cells, strict=True):
                cell.paragraphs[0].text = lines[0]
                for extra in lines[1:]:
                    cell.add_paragraph(extra)

    table([(["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"],
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]),
           (["Số: 120/UBND-NC", "V/v triển khai Quyết định số 15/QĐ-UBND"],
            ["Lâm Đồng, ngày 10 tháng 3 năm 2025"])])
    word.add_paragraph("Kính gửi: Sở Nội vụ.")
    word.add_paragraph("Thực hiện Quyết định số 15/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân "
                       "tỉnh, Ủy ban nhân dân tỉnh giao Sở Nội vụ xây dựng kế hoạch./.")
    table([(["Nơi nhận:", "- Như trên;", "- Lưu: VT, NC."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn A"])])
    word.save(str(path))


def _fixtures(folder: Path, needs_docx: bool, cache: Path) -> dict[str, str]:
    documents = folder / "documents"
    (documents / "notes").mkdir(parents=True)
    for name in ("cong-van-706-UBND-VP7", "cong-van-VHTT-draft"):
        shutil.copy(vanban.example_path(name), documents / f"{name}.txt")
    (documents / "notes" / "19046-BTC-TCHQ.md").write_text(MARKDOWN, encoding="utf-8")
    example = vanban.example_text()
    (folder / "example.txt").write_text(example, encoding="utf-8")
    (folder / "notepad.txt").write_bytes(example.encode("utf-16"))
    (folder / "renamed.docx").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    if needs_docx:
        _docx(folder / "notice.docx")
    (folder / "notice.pdf").write_bytes(b"%PDF-1.4 stand-in")
    (folder / "notice.doc").write_bytes(b"\xd0\xcf\x11\xe0 stand-in")
    tools = folder / ".bin"
    tools.mkdir()
    (tools / "pdftotext.txt").write_text(example, encoding="utf-8")
    (tools / "antiword.txt").write_text(ANTIWORD, encoding="utf-8")
    for tool in ("pdftotext", "antiword"):
        script = tools / tool
        script.write_text(f'#!/bin/sh\nexec cat "{tools / tool}.txt"\n', encoding="utf-8")
        script.chmod(0o755)
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(tools), str(Path(sys.executable).parent),
                                   env.get("PATH", "")])
    env["PYTHONUNBUFFERED"] = "1"  # standard output and error in the order they were written
    env["PYTHONIOENCODING"] = "utf-8"
    env["COLUMNS"] = "100"
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compile vanban once for all the sessions,
    env["PYTHONPYCACHEPREFIX"] = str(cache)  # in pytest's folder, not in the source tree
    return env


def test_the_pages_have_console_examples() -> None:
    assert len(SESSIONS) >= 8, [name for name, _ in SESSIONS]


@pytest.mark.skipif(sys.platform == "win32" or shutil.which("bash") is None,
                    reason="the sessions are bash")
@pytest.mark.parametrize("steps", [s for _, s in SESSIONS], ids=[n for n, _ in SESSIONS])
def test_console_session(steps: list[tuple[str, str]], tmp_path: Path,
                         tmp_path_factory: pytest.TempPathFactory) -> None:
    env = _fixtures(tmp_path, needs_docx=any("notice.docx" in c for c, _ in steps),
                    cache=tmp_path_factory.getbasetemp() / "pycache")
    checker = doctest.OutputChecker()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    for command, want in steps:
        for tool in ("iconv", "wc", "ls", "head"):  # commonly there, but not everywhere
            if re.search(rf"\b{tool} ", command) and shutil.which(tool, path=env["PATH"]) is None:
                pytest.skip(f"{tool} is not installed")
        result = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                encoding="utf-8", timeout=120, check=False)
        got = result.stdout
        assert "Traceback" not in got, got
        if not checker.check_output(want, got, flags):
            diff = checker.output_difference(doctest.Example(command, want), got, flags)
            pytest.fail(f"$ {command}\n{diff}")
