"""The ``vanban`` command.

``vanban example`` reads the bundled example document and prints what vanban reads from it;
``vanban number TEXT`` and ``vanban date TEXT`` check a số/ký hiệu or a date.
Exit status: 0 when all is well, 1 when a checked value is invalid, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from vanban import __version__, dates, examples, numbers
from vanban.errors import ValidationError

__all__ = ["main"]


def _summary(text: str) -> list[tuple[str, str]]:
    """What vanban reads from a document's header: its number and its date."""
    rows: list[tuple[str, str]] = []
    lines = text.splitlines()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped[:2].casefold() == "số" and "number" not in dict(rows):
            token = " ".join(stripped.split("  ")[0].split())
            try:
                number = numbers.parse(token)
            except ValidationError:
                continue
            rows.append(("number", str(number)))
            rows.append(("family", number.family.value))
            found = dates.search("\n".join(lines[index : index + 8]))
            if found is not None:
                rows.append(("date", found.date.isoformat() or "(blank)"))
                rows.append(("date as NĐ 30 writes it", dates.format(found.date)))
            break
    return rows


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
    status: int = args.run(args)
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
