"""The ``vanban`` command.

``vanban example`` reads the bundled example document and prints what vanban reads from it;
``vanban parse PATH...`` does the same for your files, or writes them as JSON, JSON lines,
metadata records, edXML or NĐ 30 text (``--format``); ``vanban cite PATH...`` lists the
documents they cite; ``vanban check PATH...`` lints them; ``vanban convert --to FORMAT PATH...
[-o DIR]`` writes one file an input; ``vanban number TEXT`` and ``vanban date TEXT`` check a
số/ký hiệu or a date.

A PATH is a file (``.txt``, ``.md``, ``.docx``), a directory (searched recursively for those)
or ``-`` for standard input. A file that cannot be read is reported as ``vanban: PATH: reason``
and the others are still read. ``--workers N`` parses in N processes (0: one a CPU); a progress
bar is drawn on standard error when it is a terminal and more than a few files are read.

Exit status: 0 when all is well, 1 when a file could not be read or a checked value is
invalid (``vanban check``: when there are findings), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from vanban import __version__

if TYPE_CHECKING:
    from vanban.corpus import Result
    from vanban.model import Document

__all__ = ["main"]

_FORMATS = ("summary", "json", "jsonl", "metadata", "edxml", "text")
_CONVERT_FORMATS = ("json", "jsonl", "metadata", "edxml", "text")
_SUFFIX = {"json": ".json", "jsonl": ".jsonl", "metadata": ".metadata.json", "edxml": ".xml",
           "text": ".txt"}
_FEW = 5  # more files than this, and a terminal, and the progress bar is drawn


# -- what is printed for a document ------------------------------------------------------------


def _summary_rows(doc: Document) -> list[tuple[str, str]]:
    """What vanban reads from a document: the main fields of its metadata record."""
    from vanban import dates
    from vanban.metadata import metadata

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
        ("tasks", str(len(getattr(doc, "tasks", ())) or "")),
        ("findings", ", ".join(sorted({f.code for f in doc.findings}))),
    ]
    return [(k, v) for k, v in rows if v]


def _summary(text: str) -> list[tuple[str, str]]:
    from vanban.parser import parse

    return _summary_rows(parse(text))


def _formatted(fmt: str, result: Result) -> tuple[str, str | None, str | None]:
    """``(file, output, error)`` for one result: runs in the workers, so that only text comes
    back to the main process."""
    doc = result.document
    if doc is None:
        return result.file, None, result.error
    try:
        return result.file, _format(fmt, result.file, doc), None
    except Exception as exc:  # a writer refusing a document is that file's error
        return result.file, None, f"cannot write {fmt}: {exc}"


def _format(fmt: str, name: str, doc: Document) -> str:
    if fmt == "summary":
        return "".join(f"{key}: {value}\n" for key, value in _summary_rows(doc))
    if fmt == "json":
        from vanban.serialize import to_json

        return to_json(doc) + "\n"
    if fmt == "jsonl":
        from vanban.serialize import to_json

        return f'{{"file":{json.dumps(name, ensure_ascii=False)},"document":{to_json(doc)}}}\n'
    if fmt == "metadata":
        from vanban.metadata import metadata

        return json.dumps({"file": name, **metadata(doc)}, ensure_ascii=False) + "\n"
    if fmt == "edxml":
        from vanban.edxml import to_edxml

        return to_edxml(doc).decode("utf-8").rstrip("\n") + "\n"
    if fmt == "text":
        from vanban.render import render

        return render(doc).rstrip("\n") + "\n"
    raise ValueError(f"unknown format {fmt!r}")


def _cite_rows(result: Result) -> tuple[str, list[list[str]] | None, str | None]:
    """``(file, rows, error)``: a row a citation, as text cells."""
    doc, text = result.document, result.text
    if doc is None or text is None:
        return result.file, None, result.error
    from vanban.checks.spans import line_col
    from vanban.citations import number_text

    rows = []
    for c in doc.citations:
        where = "{}:{}".format(*line_col(text, c.span.start)) if c.span is not None else ""
        number = str(c.number) if c.number is not None else (number_text(c) or "")
        rows.append([where, c.type_name or "", number, c.date.isoformat() if c.date else "",
                     c.issuer or "", c.title or "", c.relation.value])
    return result.file, rows, None


# -- running over many files -------------------------------------------------------------------


class _Progress:
    """``[#####-----] 120/500 files  34/s`` on standard error, redrawn ten times a second."""

    def __init__(self, total: int, stream: IO[str], *, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.width = 0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self.last >= 0.1 or self.done == self.total):
            self.last = now
            self.draw(now)

    def draw(self, now: float) -> None:
        filled = 24 * self.done // max(self.total, 1)
        rate = self.done / max(now - self.start, 1e-9)
        line = (f"[{'#' * filled}{'-' * (24 - filled)}] {self.done}/{self.total} files"
                f"  {rate:.0f}/s")
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def clear(self) -> None:
        if self.enabled and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


class _Run:
    """What the commands over many files share: the file list, the progress bar, the errors
    reported as ``vanban: PATH: reason`` and the exit status."""

    def __init__(self, args: argparse.Namespace) -> None:
        from vanban import corpus

        self.status = 0
        self.files: list[str] = []
        empty: list[str] = []
        for path in args.paths:
            found = corpus.files([path])
            if not found:
                empty.append(path)
            self.files += found
        workers = getattr(args, "workers", 1)
        self.workers: int | None = None if workers == 0 else workers
        tty = sys.stderr.isatty()
        self.progress = _Progress(len(self.files), sys.stderr,
                                  enabled=tty and not args.quiet and len(self.files) > _FEW)
        self.clear_for_output = self.progress.enabled and sys.stdout.isatty()
        for path in empty:
            self.error(path, "no .txt, .md or .docx file in this directory")

    def error(self, name: str, reason: str) -> None:
        self.progress.clear()
        print(f"vanban: {name}: {reason}", file=sys.stderr)
        self.status = 1

    def out(self, text: str) -> None:
        if self.clear_for_output:
            self.progress.clear()
        sys.stdout.write(text)

    def each(self, fn: Callable[[Result], tuple[str, Any, str | None]], *,
             keep_text: bool = False) -> Iterator[tuple[int, str, Any]]:
        """``(position, file, value)`` for each file that was read, in order; errors are
        reported on the way."""
        from vanban import corpus

        try:
            results = corpus.apply(fn, self.files, self.workers, keep_text=keep_text)
            for position, (name, value, error) in enumerate(results):
                if error is not None:
                    self.error(name, error)
                else:
                    yield position, name, value
                self.progress.advance()
        finally:
            self.progress.clear()


def _several(args: argparse.Namespace, files: list[str]) -> bool:
    """Whether the command was given several documents (a directory counts as several)."""
    return len(files) > 1 or len(args.paths) > 1 or any(
        p != "-" and os.path.isdir(p) for p in args.paths)


def _cmd_parse(args: argparse.Namespace) -> int:
    run = _Run(args)
    fmt = args.format
    several = _several(args, run.files)
    first = True
    if fmt == "json" and several:
        run.out("[")
    for _, name, output in run.each(functools.partial(_formatted, fmt)):
        if fmt == "json" and several:
            run.out(("" if first else ",\n") + output.rstrip("\n"))
        elif fmt in ("summary", "edxml", "text") and (several or fmt == "summary"):
            run.out(f"== {name}\n{output}")
        else:
            run.out(output)
        first = False
    if fmt == "json" and several:
        run.out("]\n")
    return run.status


def _cmd_convert(args: argparse.Namespace) -> int:
    if args.output is None:
        args.format = args.to
        return _cmd_parse(args)
    run = _Run(args)
    out_dir = Path(args.output)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"vanban: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    targets = _targets(args.paths, run.files, out_dir, _SUFFIX[args.to])
    inputs = {os.path.realpath(f) for f in run.files if f != "-"}
    for position, name, output in run.each(functools.partial(_formatted, args.to)):
        target = targets[position]
        if os.path.realpath(target) in inputs:
            run.error(name, f"not overwriting the input file {target}")
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(output, encoding="utf-8")
        except OSError as exc:
            run.error(str(target), exc.strerror or str(exc))
    return run.status


def _targets(paths: Sequence[str], names: list[str], out_dir: Path,
             suffix: str) -> list[Path]:
    """Where each input's output goes: the directory structure below a PATH that is a
    directory is kept; a name already taken gets the input's suffix too (``x.md.json``)."""
    from vanban import corpus

    roots = {name: p for p in paths if p != "-" and os.path.isdir(p)
             for name in corpus.files([p])}
    taken: set[Path] = set()
    out: list[Path] = []
    for name in names:
        if name == "-":
            relative = Path("stdin")
        elif name in roots:
            relative = Path(os.path.relpath(name, roots[name]))
        else:
            relative = Path(Path(name).name)
        target = out_dir / relative.with_suffix(suffix)
        if target in taken:
            target = out_dir / relative.with_name(relative.name + suffix)
        taken.add(target)
        out.append(target)
    return out


def _cmd_cite(args: argparse.Namespace) -> int:
    run = _Run(args)
    header = ["where", "type", "number", "date", "issuer", "title", "relation"]
    for _, name, rows in run.each(_cite_rows, keep_text=True):
        if args.format == "jsonl":
            for row in rows:
                record = dict(zip(["file", *header], [name, *row], strict=True))
                run.out(json.dumps(record, ensure_ascii=False) + "\n")
        elif args.format == "tsv":
            run.out("".join("\t".join(c.replace("\t", " ") for c in [f"{name}:{row[0]}",
                                                                       *row[1:]]) + "\n"
                            for row in rows))
        elif rows:
            run.out(_table(name, header[1:], rows))
    return run.status


def _table(name: str, header: list[str], rows: list[list[str]]) -> str:
    """The citations of one file as aligned columns (``file:line:col`` first)."""
    cells = [[f"{name}:{row[0]}", *row[1:]] for row in rows]
    cells.insert(0, ["where", *header])
    widths = [max(len(row[k]) for row in cells) for k in range(len(cells[0]))]
    widths[-2] = min(widths[-2], 40)  # long law titles: cut, the JSON has them whole
    lines = []
    for row in cells:
        cut = [c if len(c) <= widths[k] else c[: widths[k] - 1] + "…" for k, c in
               enumerate(row)]
        lines.append("  ".join(c.ljust(widths[k]) for k, c in enumerate(cut)).rstrip())
    return "\n".join(lines) + "\n"


def _cmd_check(args: argparse.Namespace) -> int:
    from vanban import corpus
    from vanban.checks import cli as checks_cli

    if any(name != "-" and os.path.isdir(name) for name in args.files):
        args.files = corpus.files(args.files)
    status: int = checks_cli.run(args)
    return status


# -- example, number, date ---------------------------------------------------------------------


def _cmd_example(args: argparse.Namespace) -> int:
    from vanban import examples

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
    from vanban import numbers

    return _check(args.text, numbers.parse, numbers.validate, str)


def _cmd_date(args: argparse.Namespace) -> int:
    from vanban import dates

    return _check(args.text, dates.parse, dates.validate, dates.format)


def _check(text: str, parse: Callable[[str], Any], validate: Callable[[str], Any],
           show: Callable[[Any], str]) -> int:
    from vanban.errors import ValidationError

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


# -- the parser --------------------------------------------------------------------------------


def _workers(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        count = -1
    if count < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return count


def _many(parser: argparse.ArgumentParser, *, workers: bool = True) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="files (.txt, .md, .docx), directories (searched recursively) "
                             "or - for standard input")
    if workers:
        parser.add_argument("--workers", "-j", type=_workers, default=1, metavar="N",
                            help="parse in N processes (0: one a CPU; default 1)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def _parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vanban", description="Read and check Vietnamese official documents (văn bản)."
    )
    parser.add_argument("--version", action="version", version=f"vanban {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    example = sub.add_parser("example", help="read the bundled example document")
    example.add_argument("name", nargs="?", default=None, help="which example")
    example.add_argument("--list", action="store_true", help="list the bundled examples")
    example.set_defaults(run=_cmd_example)

    parse_cmd = sub.add_parser(
        "parse", help="read documents",
        description="Read documents and print what vanban reads from them.")
    _many(parse_cmd)
    parse_cmd.add_argument(
        "--format", "-f", choices=_FORMATS, default="summary",
        help="summary (default): the main fields; json: the document (an array for several "
             "files); jsonl: {file, document} a line; metadata: the NĐ 30 record a line; "
             "edxml: a QCVN 102 package; text: rendered in the NĐ 30 layout")
    parse_cmd.set_defaults(run=_cmd_parse)

    cite = sub.add_parser("cite", help="list the documents that documents cite",
                          description="List each citation: where, type, number, date, "
                                      "issuer, title, relation.")
    _many(cite)
    cite.add_argument("--format", "-f", choices=("table", "tsv", "jsonl"), default="table",
                      help="aligned columns (default), tab-separated values or JSON lines")
    cite.set_defaults(run=_cmd_cite)

    check = sub.add_parser("check", help="check documents against the rule catalogue")
    if "check" in argv:  # loading the rule catalogue takes a while: only when it is needed
        from vanban.checks import cli as checks_cli

        checks_cli.add_arguments(check)
    check.set_defaults(run=_cmd_check)

    convert = sub.add_parser(
        "convert", help="write documents in another format",
        description="Write each document as FORMAT: into DIR (one file an input, the "
                    "structure of directories kept) or, without -o, to standard output.")
    _many(convert)
    convert.add_argument("--to", "-t", required=True, choices=_CONVERT_FORMATS,
                         help="the output format")
    convert.add_argument("--output", "-o", metavar="DIR", help="the output directory")
    convert.set_defaults(run=_cmd_convert)

    number = sub.add_parser("number", help="check a số/ký hiệu, e.g. '15/QĐ-BNV'")
    number.add_argument("text")
    number.set_defaults(run=_cmd_number)
    date = sub.add_parser("date", help="check a date, e.g. 'ngày 05 tháng 3 năm 2020'")
    date.add_argument("text")
    date.set_defaults(run=_cmd_date)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parser(argv).parse_args(argv)
    if args.command == "example" and args.name is None:
        from vanban import examples

        args.name = examples.DEFAULT
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:  # "vanban parse ... | head": the reader left; not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return 0
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
