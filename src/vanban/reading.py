"""Reading document files: which files a list of paths names (directories searched for the
suffixes vanban reads) and the text of each (UTF-8 ``.txt`` and ``.md``, ``.docx`` tables and
paragraphs with the extra ``docx``). :mod:`vanban.corpus` and the ``vanban`` command read
through these; a file that cannot be read raises :class:`ReadError` with a short reason.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from vanban.errors import VanbanError

__all__ = ["SUFFIXES", "ReadError", "files", "read_text"]

#: The suffixes a directory is searched for.
SUFFIXES: tuple[str, ...] = (".txt", ".md", ".docx")


class ReadError(VanbanError, OSError):
    """A file could not be read: missing, unreadable, not UTF-8, not a valid ``.docx``."""


def files(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files ``paths`` name: each directory replaced by its ``.txt``, ``.md`` and ``.docx``
    files (recursively, sorted, hidden ones left out); files and ``"-"`` kept as given, even
    when they do not exist (reading them reports it).

    >>> import vanban
    >>> [p.rsplit("/", 1)[-1] for p in files([vanban.example_path().parent, "-"])]
    ['cong-van-706-UBND-VP7.txt', 'cong-van-VHTT-draft.txt', '-']
    """
    out: list[str] = []
    for item in paths:
        name = os.fspath(item)
        if name != "-" and os.path.isdir(name):
            out.extend(_walk(name))
        else:
            out.append(name)
    return out


def _walk(folder: str) -> list[str]:
    found: list[str] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, n) for n in sorted(names)
                     if not n.startswith((".", "~$")) and n.lower().endswith(SUFFIXES))
    return found


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a document file: UTF-8 (a BOM is dropped) for ``.txt`` and ``.md``, the
    paragraphs and table rows of a ``.docx`` (extra ``docx``); ``"-"`` reads standard input.
    Raise :class:`ReadError` with a short reason.

    >>> read_text("/no/such/file.txt")
    Traceback (most recent call last):
    ...
    vanban.reading.ReadError: No such file or directory
    """
    name = os.fspath(path)
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
        elif name.lower().endswith(".docx"):
            return _docx(Path(name))
        else:
            data = Path(name).read_bytes()
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start}"
                        ) from None


def _docx(path: Path) -> str:
    from vanban.parser.docx import docx_text  # noqa: PLC0415 - optional dependency

    if not path.is_file():
        raise ReadError("No such file or directory" if not path.exists() else "Not a file")
    try:
        return docx_text(path)
    except ImportError as exc:
        raise ReadError(str(exc)) from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        raise ReadError(f"not a valid .docx file ({type(exc).__name__}: {exc})") from None
