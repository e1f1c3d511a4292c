"""``vanban check FILE...``: lint documents and print the findings like a compiler.

Text output is one line a finding, ``file:line:col: CODE message`` (``file: CODE message`` for a
finding that has no place in the text); ``--format json`` prints a JSON array with every field.
Exit status: 0 when no file has a finding, 1 when some do, 2 on a usage error or when a file
cannot be read.

The ``vanban`` command wires this in with :func:`add_arguments` and :func:`run`;
:func:`run_check` does both for a bare argument list.

>>> import contextlib, io, pathlib, tempfile
>>> folder = tempfile.mkdtemp()
>>> path = pathlib.Path(folder, "cv.txt")
>>> _ = path.write_text("BỘ NỘI VỤ\\nSố: 5/BNV-VP\\n", encoding="utf-8")
>>> out = io.StringIO()
>>> with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
...     status = run_check([str(path), "--select", "VB104"])
>>> status, out.getvalue().replace(folder, "DIR")
(1, 'DIR/cv.txt:2:5: VB104 The number 5 below 10 lacks its leading zero.\\n')
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vanban.checks import check, get_rule, looks_like_draft, rules
from vanban.checks._core import validate_selectors
from vanban.checks.spans import line_col
from vanban.model import Finding
from vanban.parser import parse

__all__ = ["add_arguments", "run", "run_check"]


def _codes(value: str) -> list[str]:
    """``--select VB1,VB203`` → ``["VB1", "VB203"]``."""
    return [part.strip() for part in value.split(",") if part.strip()]


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``vanban check`` to ``parser``."""
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="documents to check (.txt, .md; .docx with the docx extra; - for "
                             "standard input)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="output format (default: text)")
    parser.add_argument("--draft", action="store_true",
                        help="accept what a draft (dự thảo) leaves blank: number, day, name")
    parser.add_argument("--auto-draft", action="store_true",
                        help="treat a document as a draft when its number or day is blank")
    parser.add_argument("--select", type=_codes, action="extend", metavar="CODES",
                        help="only these rules: codes or prefixes, comma-separated (VB1,VB203)")
    parser.add_argument("--ignore", type=_codes, action="extend", metavar="CODES",
                        help="skip these rules: codes or prefixes, comma-separated")
    parser.add_argument("--today", type=_date, metavar="YYYY-MM-DD",
                        help="flag dates after this day (the clock is never read)")
    parser.add_argument("--retroactive", action="store_true",
                        help="apply rules to documents dated before their source took effect")
    parser.add_argument("--list-rules", action="store_true", help="list the rules and exit")


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    if path.suffix.lower() == ".docx":
        from vanban.parser.docx import docx_text  # noqa: PLC0415 - optional dependency

        return docx_text(path)
    return path.read_text(encoding="utf-8-sig")


def _record(name: str, text: str, finding: Finding) -> dict[str, Any]:
    entry = get_rule(finding.code) if finding.code.startswith("VB") else None
    out: dict[str, Any] = {
        "file": name,
        "code": finding.code,
        "name": entry.name if entry is not None else None,
        "severity": finding.severity.value,
        "message": finding.message,
        "message_vi": finding.message_vi,
        "field": finding.field,
        "fix": finding.fix or None,
        "line": None, "column": None, "end_line": None, "end_column": None,
        "start": None, "end": None,
    }
    if finding.span is not None:
        out["line"], out["column"] = line_col(text, finding.span.start)
        out["end_line"], out["end_column"] = line_col(text, finding.span.end)
        out["start"], out["end"] = finding.span.start, finding.span.end
    return out


def _line(record: dict[str, Any]) -> str:
    where = record["file"]
    if record["line"] is not None:
        where += f":{record['line']}:{record['column']}"
    return f"{where}: {record['code']} {record['message']}"


def _list_rules() -> int:
    for entry in rules:
        print(f"{entry.code} {entry.name:<24} {entry.severity.value:<8} {entry.summary}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Run ``vanban check`` with parsed ``args``; return the exit status."""
    if args.list_rules:
        return _list_rules()
    if not args.files:
        print("vanban check: no FILE given", file=sys.stderr)
        return 2
    try:
        validate_selectors(args.select, rules)
        validate_selectors(args.ignore, rules)
    except ValueError as exc:
        print(f"vanban check: {exc}", file=sys.stderr)
        return 2
    records: list[dict[str, Any]] = []
    failed = False
    for name in args.files:
        try:
            text = _read(name)
        except (OSError, UnicodeDecodeError, ImportError, ValueError) as exc:
            print(f"vanban check: cannot read {name}: {exc}", file=sys.stderr)
            failed = True
            continue
        doc = parse(text)
        draft = args.draft or (args.auto_draft and looks_like_draft(doc))
        findings = check(doc, text=text, draft=draft, today=args.today, select=args.select,
                         ignore=args.ignore, retroactive=args.retroactive)
        records += [_record(name, text, f) for f in findings]
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for record in records:
            print(_line(record))
        if records:
            files = len({r["file"] for r in records})
            print(f"Found {len(records)} finding(s) in {files} file(s).", file=sys.stderr)
    if failed:
        return 2
    return 1 if records else 0


def run_check(argv: Sequence[str] | None = None) -> int:
    """``vanban check`` on an argument list (without the ``check`` word); the exit status."""
    parser = argparse.ArgumentParser(
        prog="vanban check",
        description="Check Vietnamese official documents against the rules of NĐ 30/2020, the "
                    "law on normative documents and the Party's rules.",
    )
    add_arguments(parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse reports usage errors by exiting with 2
        return exc.code if isinstance(exc.code, int) else 2
    return run(args)
