"""The text :mod:`vanban.citations` reads: the original, with the lines that need it normalised.

:class:`Source` holds the text read and the map of its offsets back to the original, and the
main tokens of the text read (:data:`MAIN <vanban._citetok.MAIN>`), found in one pass over the
original: the tokens of a line normalised are read again, and those after it are the
original's, shifted, once the two readings meet (:func:`_retokenize`).
"""

from __future__ import annotations

import bisect
import functools
from typing import Final

from vanban import _citetok as tok
from vanban import _regex
from vanban.normalize import ODD_SPACES, TONED_SECOND, Normalized, normalize

# What normalize() changes in a way the patterns cannot follow: lengths (NFD, zero-width
# characters, CR) and letters (ƣ for ư, Ð for Đ). Texts without them are read in place.
_UNSTABLE: Final = tok.UNSTABLE
# What normalize() changes without changing lengths: odd spaces, the tone mark of oa/oe/uy.
# (One character class first, which the engine skips ahead to in C; only whether it is found
# matters.)
_NEEDS_NORMALIZING: Final = _regex.compile(
    f"[{ODD_SPACES}oOuU](?:(?<=[oOuU])[{TONED_SECOND}]|(?<![oOuU]))"
)


@functools.lru_cache(maxsize=4096)
def _normalized(value: str) -> str:
    return normalize(value).text


class Source:
    """The text read, with the map of its offsets back to the original.

    Only the lines that need it are normalised (:func:`vanban.normalize.normalize`): NFD,
    zero-width characters, CR, ``ƣ``/``Ð``. Elsewhere normalising changes no length, and the
    patterns accept what it would change (no-break spaces, ``hoà``/``hòa``), so those lines are
    read in place, and most texts are not copied at all. ``plain``: the caller knows that
    normalising changes nothing in ``original`` (then no line does, and the map is the identity).

    The search for what needs normalising is the tokenizer's main pass
    (:func:`vanban._citetok.scan`): its tokens are kept in ``tokens``, those of the original
    text before the first line normalised as they are, those after it read again only where
    a line normalised may change them.
    """

    __slots__ = ("_norm_starts", "_orig_starts", "_parts", "original", "text", "tokens")

    def __init__(self, original: str, *, plain: bool = False) -> None:
        self.original = original
        self._norm_starts: list[int] = [0]
        self._orig_starts: list[int] = [0]
        self._parts: list[Normalized | None] = [None]
        self.tokens: list[tok.Token] | None = None  # the main tokens of text, when read
        self.text = original
        if plain:
            return
        found, marks = tok.scan(original)
        # A token may hold one ("Ð", "\r" in a space): one search over the tokens joined.
        if _UNSTABLE.search("".join([original[s:e] for s, e, _ in found])) is not None:
            marks += [m.start() for s, e, _ in found for m in _UNSTABLE.finditer(original, s, e)]
            marks.sort()
        if not marks:
            self.tokens = found
            return
        ranges: list[list[int]] = []  # the lines to normalise, adjacent ones joined
        for mark in marks:
            if ranges and mark < ranges[-1][1]:
                continue  # on a line already taken
            start = original.rfind("\n", 0, mark) + 1
            end = original.find("\n", mark)
            end = len(original) if end < 0 else end + 1
            if ranges and start <= ranges[-1][1]:
                ranges[-1][1] = end
            else:
                ranges.append([start, end])
        pieces: list[str] = []
        done = length = 0  # original consumed; length of the text built
        for line in ranges:
            start, end = line
            if start > done:
                pieces.append(original[done:start])
                self._add(length, done, None)
                length += start - done
            norm = normalize(original[start:end])
            pieces.append(norm.text)
            self._add(length, start, norm)
            line.append(length - start)  # the shift of the text after the line's start
            length += len(norm.text)
            line.append(length - end)  # ... and after its end
            done = end
        if done < len(original):
            pieces.append(original[done:])
            self._add(length, done, None)
        self.text = "".join(pieces)
        # The text is the original up to the first line normalised, and so are the tokens
        # read there, but for one that ends less than 3 characters before that line: a number
        # may go on after "-\n" (and a search that failed there read no further than "\n").
        first = ranges[0][0]
        kept = 0
        while kept < len(found) and found[kept][1] <= first - 3:
            kept += 1
        resume = min(found[kept][0], first) if kept < len(found) else first
        self.tokens = found[:kept] + _retokenize(self.text, original, found, ranges, resume)

    def _add(self, norm_start: int, orig_start: int, part: Normalized | None) -> None:
        if norm_start == 0:
            self._parts[0] = part
            return
        self._norm_starts.append(norm_start)
        self._orig_starts.append(orig_start)
        self._parts.append(part)

    def _offset(self, index: int, *, end: bool = False) -> int:
        """The original offset of the character at ``index`` (``end``: just after it)."""
        k = bisect.bisect_right(self._norm_starts, index) - 1
        local, part = index - self._norm_starts[k], self._parts[k]
        if part is None:
            return self._orig_starts[k] + local + (1 if end else 0)
        inside = part.span(local, local + 1)[1] if end else part.offset(local)
        return self._orig_starts[k] + inside

    def span(self, start: int, end: int) -> tuple[int, int]:
        if len(self._parts) == 1 and self._parts[0] is None:
            return start, end
        begin = self._offset(start) if start < len(self.text) else len(self.original)
        return begin, max(begin, self._offset(end - 1, end=True)) if end > start else begin

    def field(self, start: int, end: int) -> str | None:
        """A field's value: the text between ``start`` and ``end``, normalised, on one line."""
        value = " ".join(self.text[start:end].split())
        if _NEEDS_NORMALIZING.search(value):
            value = _normalized(value)
        return value or None


def _retokenize(text: str, original: str, found: list[tok.Token], ranges: list[list[int]],
                pos: int) -> list[tok.Token]:
    """The tokens of ``main_tokens(text)`` from ``pos`` on, read again only around the lines
    normalised.

    ``found``: the tokens of ``original``; ``ranges``: the lines normalised, ``[start, end,
    shift at start, shift at end]`` in ``original``. Between two such lines the texts are the
    same, shifted. A match of MAIN at ``s`` reads at most 3 characters before ``s``; a failed
    search reads no further than the end of its line, and a match ending at ``e`` no further
    than the end of the line after the one ``e`` is on (a number goes on after ``-`` and one
    line break only). So once the search in ``text``, past a line normalised by those 3
    characters, finds a token of ``original`` (shifted), the searches that follow find the
    tokens of ``original`` after it, shifted, as long as they end on a line that is two lines
    or more before the next line normalised; the search resumes after the last of those.
    """
    kinds = tok.MAIN_KINDS
    out: list[tok.Token] = []
    k = 0  # ranges[:k]: the lines normalised that the search is past, by 3 characters
    old = 0  # found[old:]: the tokens of original not yet met
    while True:
        for m in tok.MAIN.finditer(text, pos):
            kind = kinds[m.lastindex or 0]
            if kind == "unstable":
                continue
            s, e = m.span()
            out.append((s, e, kind))
            while k < len(ranges) and ranges[k][1] + ranges[k][3] + 3 <= s:
                k += 1
            if k == 0:
                continue
            shift = ranges[k - 1][3]
            if k < len(ranges) and s - shift >= ranges[k][0]:
                continue  # on the next line normalised (or its 3 characters after)
            while old < len(found) and found[old][0] < s - shift:
                old += 1
            if old < len(found) and found[old] == (s - shift, e - shift, kind):
                break
        else:
            return out
        # the tokens of original after it, up to two lines before the next line normalised
        stop = original.rfind("\n", 0, ranges[k][0] - 1) if k < len(ranges) else len(original)
        old += 1
        while old < len(found) and found[old][1] <= stop:
            start, end, what = found[old]
            out.append((start + shift, end + shift, what))
            old += 1
        pos = out[-1][1]
