"""Normalise a copy of a text for matching, and map offsets back to the original.

vanban never rewrites the text it is given. It matches on a normalised copy and maps every span
back to the original, in the manner of eyecite's span updater. The copy differs from the
original in these ways:

* Unicode NFC (text from Word and PDF files is often decomposed, NFD);
* ``Ð``/``ð`` (U+00D0/U+00F0, Icelandic eth) become ``Đ``/``đ``; ``ƣ``/``Ƣ`` (U+01A3/U+01A2, a
  PDF font mapping) become ``ư``/``Ư``;
* no-break and other Unicode spaces become a plain space; zero-width characters and soft
  hyphens are dropped; ``\\r\\n`` and ``\\r`` become ``\\n``;
* the tone mark of ``oa``, ``oe`` and ``uy`` at the end of a syllable sits on the first vowel
  (``hòa``, ``thủy``, ``ủy``), the placement most official text uses; NĐ 30/2020 itself prints
  both (``uỷ quyền``, ``Ủy ban``).

>>> n = normalize("Cộng hoà\\u00a0xã hội")
>>> n.text
'Cộng hòa xã hội'
>>> nfd = "Ho\\u0300a Bi\\u0300nh"
>>> n = normalize(nfd)
>>> n.text, len(nfd), len(n.text)
('Hòa Bình', 10, 8)
>>> start, end = n.span(4, 8)
>>> nfd[start:end] == "Bi\\u0300nh"
True
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Final

from vanban import _regex

__all__ = ["Normalized", "fold", "normalize"]

# The characters normalize() changes, as the contents of regex character classes (shared with
# the citation reader, which must know which texts need normalising):
COMBINING: Final = "\u0300-\u036f"  # marks of decomposed (NFD) text: the length changes
ZERO_WIDTH: Final = "\u200b-\u200d\u2060\ufeff\u00ad"  # dropped: the length changes
LOOKALIKES: Final = "\u00d0\u00f0\u01a2\u01a3"  # Ð ð Ƣ ƣ for Đ đ Ư ư: one for one
ODD_SPACES: Final = "\u00a0\u2007\u202f\u2002\u2003\u2009\u3000"  # to a space: one for one
# What changes the length: combining marks (NFD), zero-width characters, CR.
_UNSTABLE: Final = _regex.compile(rf"[^{COMBINING}]?[{COMBINING}]++|[{ZERO_WIDTH}]|\r\n?")
_TONED_A: Final = "àáảãạÀÁẢÃẠ"
_TONED_E: Final = "èéẻẽẹÈÉẺẼẸ"
_TONED_Y: Final = "ỳýỷỹỵỲÝỶỸỴ"
#: the vowels that carry a tone moved to the vowel before (oà → òa, uý → úy)
TONED_SECOND: Final = _TONED_A + _TONED_E + _TONED_Y
_PLAIN_O: Final = "òóỏõọÒÓỎÕỌ"
_PLAIN_U: Final = "ùúủũụÙÚỦŨỤ"
# oa/oe/uy with the tone on the second vowel, not after q ("quý"); _move_tones checks that the
# syllable ends there. The match is the toned vowel: a pattern that opens with a character
# class is searched for that class alone, much faster than for an alternation. Most such
# vowels go on with an ASCII letter ("hoàn", "loại"): the look-ahead rejects those in the
# regex, not one by one in Python (_move_tones still tests every other letter).
_CANDIDATE: Final = _regex.compile(
    rf"[{TONED_SECOND}]"
    rf"(?<=[oO][{_TONED_A}{_TONED_E}]|[uU][{_TONED_Y}])(?<![qQ]..)(?![a-zA-Z])"
)


def _move_pair(first: str, second: str) -> str:
    tones = TONED_SECOND
    tone = tones.index(second) % 5
    upper = second.isupper()
    if first in "oO":
        new_first = _PLAIN_O[tone + (5 if first == "O" else 0)]
        base = "ae"[(_TONED_A + _TONED_E).index(second) // 10]
    else:
        new_first = _PLAIN_U[tone + (5 if first == "U" else 0)]
        base = "y"
    return new_first + (base.upper() if upper else base)


class Normalized:
    """A normalised copy of ``original`` with the map from its offsets back to the original.

    ``span(start, end)`` maps a half-open range of the copy to the original text.
    """

    __slots__ = ("_identity", "_norm_starts", "_orig_starts", "original", "text")

    def __init__(self, original: str, text: str, breaks: list[tuple[int, int]]) -> None:
        self.original = original
        self.text = text
        # breakpoints (normalised offset, original offset): from each one on, offsets advance
        # together until the next.
        self._norm_starts = [b[0] for b in breaks]
        self._orig_starts = [b[1] for b in breaks]
        # the common case: each character of the copy is the one at the same offset
        self._identity = len(text) == len(original) and self._norm_starts == [0] and (
            self._orig_starts == [0])

    def offset(self, index: int) -> int:
        """The original offset of the character at ``index`` in the copy."""
        if index >= len(self.text):
            return len(self.original)
        if self._identity:
            return index
        k = bisect.bisect_right(self._norm_starts, index) - 1
        return self._orig_starts[k] + (index - self._norm_starts[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of the copy to the original text."""
        if self._identity:  # what the general case below gives for the identity map
            size = len(self.text)
            begin = start if start < size else size
            if end <= start:
                return begin, begin
            return begin, (end if end <= size else size + 1)
        if end <= start:
            begin = self.offset(start)
            return begin, begin
        # the last character's offset plus how many original characters it came from
        last = self.offset(end - 1)
        after = self.offset(end) if end < len(self.text) else len(self.original)
        return self.offset(start), last + (after - last if after > last else 1)


_SPECIAL: Final = _regex.compile(f"[{LOOKALIKES}{ODD_SPACES}]")
# A character that _UNSTABLE or _SPECIAL matches: text without one changes only in its tones
# (_compose changes only what _UNSTABLE matches).
_UNUSUAL_CHARS: Final = f"{COMBINING}{ZERO_WIDTH}\r{LOOKALIKES}{ODD_SPACES}"
_ONE_TO_ONE_PAIRS: Final = (
    ("\u00d0", "\u0110"), ("\u00f0", "\u0111"), ("\u01a3", "\u01b0"), ("\u01a2", "\u01af"),
    ("\u00a0", " "), ("\u2007", " "), ("\u202f", " "), ("\u2002", " "), ("\u2003", " "),
    ("\u2009", " "), ("\u3000", " "),
)


# The common case's single pass: the tones to move (as _CANDIDATE) or, group "unusual", the
# first of the _UNUSUAL_CHARS, which sends the text the long way. One class of both is
# searched for, each character tested once: two passes, one per class, took a third longer.
_TONE_OR_UNUSUAL: Final = _regex.compile(
    rf"[{TONED_SECOND}{_UNUSUAL_CHARS}](?:(?<=[{_UNUSUAL_CHARS}])(?P<unusual>)"
    rf"|(?<=[oO][{_TONED_A}{_TONED_E}]|[uU][{_TONED_Y}])(?<![qQ]..)(?![a-zA-Z]))"
)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` (see the module docstring) and keep the offset map."""
    breaks: list[tuple[int, int]] = [(0, 0)]
    pieces: list[str] = []
    moved = _move_tones(text, _TONE_OR_UNUSUAL, pieces)
    if isinstance(moved, str):  # the common case: none of the _UNUSUAL_CHARS, only tones to move
        return Normalized(text, moved, breaks)
    # The text before ``moved``, the first of the _UNUSUAL_CHARS, holds none: the searches for
    # them start there. _compose changes nothing before the character just before it (a
    # combining mark's base), so neither do the one-for-one replacements.
    first = moved
    # Text without what _UNSTABLE matches, or NFC text without CR and zero-width characters,
    # keeps its length. (_is_nfc first: it stops at the first line that is not NFC, where the
    # search for a zero-width character reads the whole text.)
    if _UNSTABLE_HINT.search(text, first) is None or ("\r" not in text and _is_nfc(text) and (
            _ZERO_WIDTH.search(text, first) is None)):
        stable = text
    else:
        stable = _compose(text, breaks, max(first - 1, 0))
    if _SPECIAL.search(stable, max(first - 1, 0)) is not None:
        for old, new in _ONE_TO_ONE_PAIRS:
            if old in stable:
                stable = stable.replace(old, new)
    # the tones moved before the first of the _UNUSUAL_CHARS stay: only what follows is read
    moved = _move_tones(stable, _CANDIDATE, pieces, max(first - 2, 0), sum(map(len, pieces)))
    assert isinstance(moved, str)  # _CANDIDATE has no group "unusual"
    return Normalized(text, moved, _dedupe(breaks))


def _is_nfc(text: str) -> bool:
    """``unicodedata.normalize("NFC", text) == text``, line by line.

    NFC never acts across a line feed (a starter that composes with nothing, Unicode's NFC
    quick check "Yes"), so the text is NFC if and only if each of its lines is; a line
    without a combining mark passes the quick check at once, and only the few lines with one
    are normalised (NFC of a whole text of which one line has a mark took a tenth of the time
    of a parse). The first line that is not NFC ends the test.
    """
    return all(map(_LINE_IS_NFC, text.split("\n")))


_LINE_IS_NFC: Final = functools.partial(unicodedata.is_normalized, "NFC")


def _move_tones(text: str, candidates: re.Pattern[str], pieces: list[str], start: int = 0,
                last: int = 0) -> str | int:
    """Put the tone of a syllable-final ``oa``/``oe``/``uy`` on the first vowel, one for one;
    the ``candidates`` are the matches of _CANDIDATE, or of _TONE_OR_UNUSUAL (then, for a text
    with one of the _UNUSUAL_CHARS, the offset of the first one).

    ``pieces`` hold ``text[:last]`` with its tones moved, and the matches are read from
    ``start`` on. Stopped at one of the _UNUSUAL_CHARS, the pieces keep the tones moved before
    the two characters ahead of it, which what normalize() does to the text next leaves as
    they are (it changes nothing before the character just before it, and a tone is moved or
    not by the character after its pair): text from there on is read again."""
    size = len(text)
    for m in candidates.finditer(text, start):
        if m.lastgroup is not None:  # "unusual"
            keep = max(m.start() - 2, 0)
            while last > keep:  # a pair that ends past ``keep`` is moved again, or not
                del pieces[-1]
                last -= 2 + len(pieces.pop())
            return m.start()
        j = m.end()
        if j < size and text[j].isalpha():
            continue  # "hoàn": the tone stays where it is
        i = j - 2
        pieces.append(text[last:i])
        pieces.append(_move_pair(text[i], text[i + 1]))
        last = j
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


_ZERO_WIDTH: Final = _regex.compile(f"[{ZERO_WIDTH}]")


# Every match of _UNSTABLE has one of these at its start or just after it.
_UNSTABLE_HINT: Final = _regex.compile(f"[{COMBINING}{ZERO_WIDTH}\r]")


def _unstable(text: str, position: int = 0) -> Iterator[re.Match[str]]:
    """The matches of ``_UNSTABLE.finditer(text, position)``, each searched for from the
    character it must hold (a pattern that may open with any character is slow to search
    for)."""
    while (hint := _UNSTABLE_HINT.search(text, position)) is not None:
        match = _UNSTABLE.search(text, max(position, hint.start() - 1))
        if match is None:  # pragma: no cover - the hint itself matches
            return
        yield match
        position = match.end()


def _compose(text: str, breaks: list[tuple[int, int]], start: int = 0) -> str:
    """NFC, zero-width characters dropped, CR and CRLF to LF; ``breaks`` records the offsets.
    No match of _UNSTABLE starts before ``start``."""
    pieces: list[str] = []
    out_len = 0
    last = 0
    for match in _unstable(text, start):
        pieces.append(text[last : match.start()])
        out_len += match.start() - last
        chunk = match.group(0)
        if chunk[0] == "\r":
            replacement = "\n"
        elif len(chunk) == 1 and chunk in "\u200b\u200c\u200d\u2060\ufeff\u00ad":
            replacement = ""
        else:
            replacement = unicodedata.normalize("NFC", chunk)
        pieces.append(replacement)
        # each replacement character maps to the cluster's first original character
        for i in range(len(replacement)):
            breaks.append((out_len + i, match.start()))
        out_len += len(replacement)
        last = match.end()
        breaks.append((out_len, last))
    pieces.append(text[last:])
    return "".join(pieces)


def _dedupe(breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for norm, orig in breaks:
        if out and out[-1][0] == norm:
            out[-1] = (norm, orig)
        else:
            out.append((norm, orig))
    return out


def fold(text: str) -> str:
    """A key for comparing names: normalised, case-folded, white space collapsed.

    >>> fold("ỦY BAN  NHÂN DÂN") == fold("Uỷ ban nhân dân")
    True
    """
    return " ".join(normalize(text).text.casefold().split())
