"""The markers the header's cells are cut at (:meth:`vanban.parser.header._Reader.pieces`): the
Quốc hiệu and the Party's title, separators, the labels ``Số``, ``V/v`` and ``Kính gửi``, the
urgencies, ``DỰ THẢO``, the type names, a website's note in brackets and a công điện's
``điện:``, in any case.

Written plainly, the pattern is the alternation of :mod:`vanban.parser.vocab`'s patterns
(``NATIONAL|SEPARATOR|NUMBER_LABEL|...``, case-insensitive), tried in that order at every
position. Here it is the same alternation cut by the character each marker opens with: a
branch per opening character (each case of a letter its own branch), holding what follows that
character in each marker that can open with it, in the same order. The opening characters are
literals in a case-sensitive pattern, so the engine skips in C every position whose character
opens no marker, and at the others it tries only the markers that open with that character.
A marker opening a word (``(?<!\\w)`` before its first letter) checks that behind the letter.
It finds the same markers as the plain alternation: tests/test_parser.py compares the two.
"""

from __future__ import annotations

import re
from typing import Final

from vanban import _regex
from vanban._trie import alternation, literal
from vanban.parser import vocab

__all__ = ["KINDS", "MARKERS"]

_WORD: Final = r"(?<!\w.)"  # after the opening letter: no word character before it
_NO_SLASH: Final = r"(?<!/.)"  # nor a slash (the labels Số and V/v)
# Số or So (any case) and what follows the label, from vocab.NUMBER_LABEL
_NUMBER: Final = r"(?:\s*:\s*|\s+)(?=[\d.…/\-–—_]|$|[IlO|]{1,4}[^\S\n]?/)"
_NUMBER_WORDS: Final = r"\s+(?:Số|SỐ|số|So|SO)" + _NUMBER

# After its opening letter, each marker that can open with it, in the order of the plain
# alternation: (kind, where it may open, pattern). Where: "" anywhere, "w" opening a word,
# "w/" opening a word not after a slash. The type names are added from vocab.TYPE_NAMES.
_Marker = tuple[str, str, str]
_AFTER_LETTER: Final[dict[str, list[_Marker]]] = {
    "C": [("nat", "", r"[ÔỘỒỐỔỖO]NG\s*H[OÒÓỎÕỌ]\s*[AÀÁẢÃẠ]\s+X[AÃÀÁẢẠ]\s+H[ÔỘỒỐỔỖO]I\s+"
                      r"CH[UỦÙÚŨỤ]\s+NGH[IĨÌÍỈỊ]A\s+VI[ÊỆỀẾỂỄE]T(?:\s+NAM|(?![^\W\d_]))")],
    "Đ": [("nat", "", r"[ỘO]C\s+L[ẬA]P\s*[-–—]\s*T[ỰU]\s+DO\s*[-–—]\s*H[ẠA]NH\s+PH[ÚU]C"
                      r"|[ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM"),
          ("cd", "w", r"iện\s*+:")],
    "D": [("nat", "", r"[ỘO]C\s+L[ẬA]P\s*[-–—]\s*T[ỰU]\s+DO\s*[-–—]\s*H[ẠA]NH\s+PH[ÚU]C"
                      r"|[ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM"),
          ("draft", "w", r"[ỰU]\s+TH[ẢA]O(?!\w)"
                         r"(?:\s+(?:lần\s+\d+|LẦN\s+\d+|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?))?")],
    "L": [("num", "w/", r"(?:uật|ệnh|UẬT)" + _NUMBER_WORDS)],
    "B": [("num", "w/", r"(?:ộ\s+luật|Ộ\s+LUẬT)" + _NUMBER_WORDS)],
    "N": [("num", "w/", r"(?:ghị\s+quyết|GHỊ\s+QUYẾT)" + _NUMBER_WORDS)],
    "P": [("num", "w/", r"háp\s+lệnh" + _NUMBER_WORDS)],
    "S": [("num", "w/", r"(?:ố|Ố|ố|o|O)" + _NUMBER)],
    "V": [("vv", "w/", r"\s*/\s*[vV](?![\w/])\.?\s*:?")],
    "K": [("kg", "w", r"(?:[íi]nh\s+(?:g[ửu]i|tr[ìi]nh))\s*:?"), ("urg", "w", r"H[ẨA]N(?!\w)")],
    "H": [("urg", "w", r"(?:[ỎO]A\s+T[ỐO]C|O[ẢA]\s+T[ỐO]C)(?!\w)")],
    "T": [("urg", "w", r"H[ƯU][ỢO]NG\s+KH[ẨA]N(?!\w)")],
}
# the plain alternation's order of kinds, which the markers of a letter keep
_ORDER: Final = ("nat", "sep", "num", "vv", "kg", "urg", "draft", "type", "note", "cd")
# After a symbol: the separators (a run of three, or "*" alone) and a note in brackets.
_AFTER_SYMBOL: Final[dict[str, list[_Marker]]] = {
    **{c: [("sep", "", r"[-_=~•.–—]{2,}+")] for c in "-_=~•.–—"},
    "*": [("sep", "", r"(?<!\S.)(?!\S)")],
    "[": [("note", "", r"[^\]\n]{0,600}+\]")],
}
# The characters a letter matches in any case (re.IGNORECASE): its two cases, and for K and S
# the Kelvin sign and the long s.
_CASES: Final = {"K": "Kk\u212a", "S": "Ss\u017f"}
# Branches are tried in order, and each position whose character opens a marker walks them to
# its own: the characters most frequent in headers first.
_FREQUENT: Final = "nNhHTgt-ĐcCpGLBVSDlđdvsQPKkbq"


def _markers() -> dict[str, list[_Marker]]:
    letters = {first: list(found) for first, found in _AFTER_LETTER.items()}
    for first in dict.fromkeys(name[0] for name in vocab.TYPE_NAMES):
        rests = [name[1:] for name in vocab.TYPE_NAMES if name[0] == first]
        letters.setdefault(first, []).append(
            ("type", "w", alternation(rests, literal) + r"(?![\w:])"))
    for found in letters.values():
        found.sort(key=lambda marker: _ORDER.index(marker[0]))  # stable: in vocab's order
    opening = {case: found for first, found in letters.items()
               for case in _CASES.get(first, first + first.lower())}
    return opening | _AFTER_SYMBOL


def _pattern() -> tuple[str, tuple[str, ...]]:
    kinds = ["text"]  # by group number (re.Match.lastindex); group 0 is no marker
    branches = []
    openings = _markers()
    for first in sorted(openings, key=lambda c: (_FREQUENT + c).index(c)):
        found = openings[first]
        word = all(where.startswith("w") for _, where, _ in found)  # checked once, first
        groups = []
        for kind, where, rest in found:
            kinds.append(kind)
            behind = ("" if word else _WORD if where else "") + (_NO_SLASH if where == "w/" else "")
            groups.append(f"({behind}{rest})")
        branches.append(f"{re.escape(first)}{_WORD if word else ''}(?i:{'|'.join(groups)})")
    return "|".join(branches), tuple(kinds)


_PATTERN, KINDS = _pattern()
#: The markers; the kind of a match is ``KINDS[match.lastindex]``.
MARKERS: Final = _regex.compile(_PATTERN)
