"""``re.compile`` for vanban's patterns, with their character classes compiled once.

vanban's patterns spell Vietnamese letters as classes (``[aàáảãạăằắẳẵặâầấẩẫậAÀÁ…]``,
``[A-ZĐ]``), and the same classes recur hundreds of times across the patterns. CPython's
regex compiler (pure Python) turns each class holding a character beyond U+00FF into a
two-level bitmap by walking all 65,536 code points of the Basic Multilingual Plane, every
time it meets one: that walk was half of the time of the first :func:`vanban.parse` of a
process (the patterns compile on first use), which every command and every worker process
pays.

:func:`compile` is :func:`re.compile` with that step remembered: while it compiles, the
compiler's class optimiser (``re._compiler._optimize_charset``, a pure function of its
arguments) is replaced by a memo of it, so each distinct class is optimised once a process.
The compiled pattern is the same object :func:`re.compile` would build (same code; it goes
into the ``re`` module's cache as usual). Where the interpreter has no such optimiser (another
implementation, a future CPython), it is plain :func:`re.compile`.

>>> compile(r"[A-ZĐ]\\w+").findall("Bộ Tư pháp, Đà Nẵng")
['Bộ', 'Tư', 'Đà', 'Nẵng']
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any, Final

__all__ = ["compile"]

try:  # CPython 3.11+: the regex compiler is re._compiler
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other implementations
    _sre_compiler = None

_ORIGINAL: Final[Callable[..., Any] | None] = getattr(_sre_compiler, "_optimize_charset", None)
_EXTRA_CASES: Final = getattr(_sre_compiler, "_EXTRA_CASES", None)
_MEMO: dict[tuple[Any, ...], tuple[list[Any], Any]] = {}
_LOCK: Final = threading.Lock()


def _remembered(charset: list[tuple[Any, Any]], iscased: Any = None, fixup: Any = None,
                fixes: Any = None) -> tuple[list[Any], Any]:
    """``_optimize_charset`` through :data:`_MEMO`. A ``(?i)`` class is remembered with the
    compiler's case functions (``iscased``, ``fixup``: builtins) when its ``fixes`` are the
    compiler's own table of extra cases (a module constant); another table is passed through."""
    assert _ORIGINAL is not None
    if fixes is not None and fixes is not _EXTRA_CASES:
        return _ORIGINAL(charset, iscased, fixup, fixes)  # type: ignore[no-any-return]
    try:
        key = (tuple(charset), iscased, fixup, fixes is not None)
        out, cased = _MEMO[key]
    except TypeError:  # an unhashable item: not a case this module knows, so not remembered
        return _ORIGINAL(charset, iscased, fixup, fixes)  # type: ignore[no-any-return]
    except KeyError:
        out, cased = _MEMO[key] = _ORIGINAL(charset, iscased, fixup, fixes)
    return list(out), cased  # a copy: the caller owns the list it gets


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """:func:`re.compile` of ``pattern``, each character class optimised once a process."""
    if _ORIGINAL is None:  # pragma: no cover - other implementations
        return re.compile(pattern, flags)
    with _LOCK:
        _sre_compiler._optimize_charset = _remembered
        try:
            return re.compile(pattern, flags)
        finally:
            _sre_compiler._optimize_charset = _ORIGINAL
