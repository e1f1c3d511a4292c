"""Text of a ``.docx`` file for the parser (extra ``docx``: python-docx).

A document's header and footer are tables of two columns (issuer | Quốc hiệu, Nơi nhận |
signature). Each row is written line by line with its cells side by side, separated by a tab,
which is how the parser reads two columns; paragraphs are written one per line, in order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["docx_text"]


def docx_text(path: Path) -> str:
    """The text of the ``.docx`` file at ``path``; ``ImportError`` without python-docx."""
    try:
        import docx  # noqa: PLC0415 - optional dependency
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("reading .docx needs python-docx: pip install 'vanban[docx]'") from exc
    document = docx.Document(str(path))
    out: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append("".join(node.text or "" for node in child.iter() if _is_text(node)))
        elif tag == "tbl":
            out.extend(_table_lines(docx.table.Table(child, document)))
    return "\n".join(out)


def _is_text(node: Any) -> bool:
    return str(node.tag).endswith("}t")


def _table_lines(table: Any) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        columns: list[list[str]] = []
        for cell in row.cells:
            paragraphs = [p.text for p in cell.paragraphs]
            if columns and paragraphs == columns[-1]:
                continue  # a merged cell repeats itself
            columns.append(paragraphs)
        depth = max((len(c) for c in columns), default=0)
        for k in range(depth):
            lines.append("\t".join(c[k] if k < len(c) else "" for c in columns).rstrip("\t"))
    return lines
