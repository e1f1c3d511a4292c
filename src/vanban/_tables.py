"""Loading the data tables of ``vanban/data``: row checks shared by the table modules."""

from __future__ import annotations

import json
import unicodedata
from importlib import resources
from typing import Any

from vanban.enums import Family
from vanban.errors import VanbanError

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")


def _fold(text: str) -> str:
    """A lookup key: case-folded, NFC-insensitive, and blind to where the tone mark sits.

    Each word's tone mark is moved to its end, so ``hòa`` and ``hoà`` give the same key while
    ``hòa`` and ``hoá`` do not.
    """
    text = unicodedata.normalize("NFD", _normal(text).casefold())
    words = []
    for word in text.split():
        marks = "".join(ch for ch in word if ch in _TONES)
        words.append("".join(ch for ch in word if ch not in _TONES) + marks)
    return " ".join(words)


def _read_rows(filename: str) -> list[tuple[str, dict[str, Any]]]:
    """The rows of ``data/<filename>``, each with a label naming it for error messages."""
    text = resources.files("vanban").joinpath("data", filename).read_text(encoding="utf-8")
    data = json.loads(text)
    rows = data.get("rows") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise VanbanError(f"{filename}: expected an object with a 'rows' list")
    out = []
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise VanbanError(f"{filename} row {number}: expected an object, got {row!r}")
        label = row.get("name") or row.get("code") or row.get("prefix")
        out.append((f"{filename} row {number} ({label!r})", row))
    return out


def _check_keys(row: dict[str, Any], where: str, required: set[str], optional: set[str]) -> None:
    missing = required - row.keys()
    unknown = row.keys() - required - optional
    if missing or unknown:
        raise VanbanError(f"{where}: missing keys {sorted(missing)}, unknown {sorted(unknown)}")


def _text(row: dict[str, Any], key: str, where: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value.strip():
        raise VanbanError(f"{where}: {key!r} must be a non-empty string, got {value!r}")
    return _normal(value)


def _opt_text(row: dict[str, Any], key: str, where: str) -> str | None:
    return None if row.get(key) is None else _text(row, key, where)


def _texts(row: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = row.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise VanbanError(f"{where}: {key!r} must be a list of strings, got {value!r}")
    return tuple(_normal(v) for v in value)


def _flag(row: dict[str, Any], key: str, where: str) -> bool:
    value = row.get(key, False)
    if not isinstance(value, bool):
        raise VanbanError(f"{where}: {key!r} must be true or false, got {value!r}")
    return value


def _family(value: Any, where: str) -> Family:
    try:
        return Family(value)
    except ValueError:
        known = ", ".join(f.value for f in Family)
        raise VanbanError(f"{where}: unknown family {value!r} (expected {known})") from None
