"""The ``vanban`` command.

``vanban example`` reads the bundled example document and prints what vanban reads from it;
``vanban parse PATH...`` does the same for your files; ``vanban number TEXT`` and
``vanban date TEXT`` check a số/ký hiệu or a date.
Exit status: 0 when all is well, 1 when a checked value is invalid, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from vanban import __version__, dates, examples, numbers
from vanban.checks import cli as checks_cli
from vanban.errors import ValidationError
from vanban.metadata import metadata
from vanban.parser import parse

__all__ = ["main"]


def _summary(text: str) -> list[tuple[str, str]]:
    """What vanban reads from a document: the main fields of its metadata record."""
    doc = parse(text)
    record = metadata(doc)
    number = str(doc.number) if doc.number is not None else ""
    rows = [
        ("type", record["TypeName"]),
        ("number", number),
        ("family", record["Family"]),
        ("date", record["IssuedDate"] or "(none)"),
    ]
    if doc.date is not None:
        rows.append(("date as NĐ 30 writes it", dates.format(doc.date)))
    rows += [
        ("place", record["Place"]),
        ("issuer", " / ".join(x for x in (record["OrganizationInCharge"], record["OrganName"])
                              if x)),
        ("subject", record["Subject"]),
        ("addressees", "; ".join(record["Recipients"])),
        ("signed", " / ".join(x for x in (record["Competence"], record["Position"],
                                          record["FullName"]) if x)),
        ("recipients", "; ".join(record["ToPlaces"])),
        ("items", ", ".join(record["Items"])),
        ("citations", str(len(record["Citations"]))),
        ("findings", ", ".join(sorted({f.code for f in doc.findings}))),
    ]
    return [(k, v) for k, v in rows if v]


def _cmd_example(args: argparse.Namespace) -> int:
    if args.list:
        print("\n".join(examples.example_names()))
        return 0
    try:
        path = examples.example_path(args.name)
    except LookupError as exc:
        print(f"vanban: {exc}", file=sys.stderr)
        return 2
    print(f"example: {path.name}")
    for key, value in _summary(path.read_text(encoding="utf-8")):
        print(f"{key}: {value}")
    return 0


def _cmd_parse(args: argparse.Namespace) -> int:
    status = 0
    for name in args.paths:
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"vanban: {name}: cannot read: {exc}", file=sys.stderr)
            status = 2
            continue
        if args.format == "metadata":
            record = metadata(parse(text))
            print(json.dumps({"file": name, **record}, ensure_ascii=False))
            continue
        print(f"== {name}")
        for key, value in _summary(text):
            print(f"{key}: {value}")
    return status


def _cmd_number(args: argparse.Namespace) -> int:
    return _check(args.text, numbers.parse, numbers.validate, str)


def _cmd_date(args: argparse.Namespace) -> int:
    return _check(args.text, dates.parse, dates.validate, dates.format)


def _check(text: str, parse: object, validate: object, show: object) -> int:
    assert callable(parse) and callable(validate) and callable(show)
    try:
        value = parse(text)
    except ValidationError as exc:
        print(f"invalid: {exc}")
        return 1
    print(f"read as: {show(value)}")
    try:
        validate(text)
    except ValidationError as exc:
        print(f"not canonical: {exc}")
        return 1
    print("valid")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vanban", description="Read and check Vietnamese official documents (văn bản)."
    )
    parser.add_argument("--version", action="version", version=f"vanban {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    example = sub.add_parser("example", help="read the bundled example document")
    example.add_argument("name", nargs="?", default=examples.DEFAULT, help="which example")
    example.add_argument("--list", action="store_true", help="list the bundled examples")
    example.set_defaults(run=_cmd_example)
    parse_cmd = sub.add_parser("parse", help="read documents (.txt, .md; '-' for stdin)")
    parse_cmd.add_argument("paths", nargs="+", metavar="PATH")
    parse_cmd.add_argument("--format", choices=("summary", "metadata"), default="summary",
                           help="a summary per file, or the NĐ 30 metadata record as JSON lines")
    parse_cmd.set_defaults(run=_cmd_parse)
    check = sub.add_parser("check", help="check documents against the rule catalogue")
    checks_cli.add_arguments(check)
    check.set_defaults(run=checks_cli.run)
    number = sub.add_parser("number", help="check a số/ký hiệu, e.g. '15/QĐ-BNV'")
    number.add_argument("text")
    number.set_defaults(run=_cmd_number)
    date = sub.add_parser("date", help="check a date, e.g. 'ngày 05 tháng 3 năm 2020'")
    date.add_argument("text")
    date.set_defaults(run=_cmd_date)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except BrokenPipeError:  # "vanban parse ... | head": the reader left; not an error
        sys.stderr.close()
        return 0
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
