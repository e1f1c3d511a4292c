"""The signature block (thẩm quyền, chức vụ và họ tên người ký, NĐ 30/2020 Phụ lục I ô 7a–7c):
one line or cell split into the authority lines (``TM.``, ``KT.``, ``TL.``, ``TUQ.``, ``Q.``;
the Party's ``T/M``, ``K/T``, ``T/L``), the signer's position and the name, and the tests the
footer reader asks of a line (a name, a known position, a signature run on after a Nơi nhận
entry).
"""

from __future__ import annotations

import re
from typing import Final

from vanban import _regex
from vanban.parser import vocab
from vanban.parser.layout import clean

__all__ = [
    "INCOMPLETE_TARGETS",
    "PREFIX_TOKEN",
    "RECIPIENTS",
    "SignatureParts",
    "drop_signed_note",
    "glued_signature",
    "is_name",
    "known_position",
    "opens_upper",
    "shift_parts",
    "split_signature",
]

# "Nơi nhận:" (ô 9b) in any case; without its colon (a misread or dropped one: "Nơi nhận.",
# "Nơi Nhận;", alone on its line, before the first entry's dash) with its capital N. A line of
# prose that wraps at "nơi nhận vào ..." or "nơi nhận." is not the label, nor is "Nơi nhận –
# trả kết quả: ..." (an en dash in a procedure's text).
RECIPIENTS: Final = _regex.compile(
    r"[Nn][ơoƠO][iI]\s+[Nn][Hh][ậaẬA][Nn]\s*+:"
    r"|N[ơoƠO][iI]\s+[Nn][Hh][ậaẬA][Nn](?:\s*+[.;]|(?=[^\S\n]*+(?:$|[-+•*])))",
    re.MULTILINE,
)
# authority targets that go on on the next line ("TM. BAN" / "CHẤP HÀNH")
INCOMPLETE_TARGETS: Final = frozenset({"BAN", "BAN CHẤP HÀNH"})
# an authority prefix (NĐ 30/2020 Phụ lục I, II.7.b; the Party's T/M, K/T, T/L)
PREFIX_TOKEN: Final = _regex.compile(
    r"(?<![\w/])(?:TM|KT|TL|TUQ|Q)\s?\.\s?|(?<![\w/])[TK]\s?/\s?[MTL](?![\w/])\s?", re.IGNORECASE
)


# "(Đã ký)" closing a cell; drop_signed_note takes it off with the white space before it
_SIGNED_NOTE: Final = _regex.compile(r"[(\[]\s*(?:Đã\s+ký|đã\s+ký|daky|ký)\s*[)\]]\s*$")
# printed before a signature on its line: the number of the National Assembly's document
# system (ePAS), or a consolidated text's last footnote mark with its note ("[193] (được bãi
# bỏ) XÁC THỰC VĂN BẢN HỢP NHẤT ...", "196[196] (được bãi bỏ) ...", a web page)
_LEADING_NOTE: Final = _regex.compile(
    r"(?:[Ee][Pp][Aa][Ss]\s*+:\s*+\d{1,12}+|\d{0,3}+\[\d{1,3}\](?:\s*+\([^()\n]{0,40}\))?)\s++"
)
# Military ranks and academic titles printed before a signer's name (NĐ 30/2020 Phụ lục I,
# II.7.b allows them in the armed forces, education, health and science).
_RANK: Final = _regex.compile(
    r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|(?:PGS|GS|TS|ThS|BS|CKII|CKI)\.?"
    r"(?:\s*+[,.]?\s*+(?:TS|BS|ThS|CKII|CKI)\.?)*)\s+"  # possessive: one read of a run
)


class SignatureParts:
    """Authority lines, position lines and the name of one signature block."""

    def __init__(self) -> None:
        self.authority: list[tuple[str, int, int]] = []
        self.position: list[tuple[str, int, int]] = []
        self.name: tuple[str, int, int] | None = None
        self.rest: int | None = None

    @property
    def empty(self) -> bool:
        return not (self.authority or self.position or self.name)


def drop_signed_note(text: str) -> str:
    """``text`` without a closing ``(Đã ký)`` and the white space before it."""
    note = _SIGNED_NOTE.search(text)
    return text if note is None else text[: note.start()].rstrip()


def is_name(text: str) -> bool:
    text = drop_signed_note(text)
    rank = _RANK.match(text)
    if rank is not None:
        text = text[rank.end() :]
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    for word in words:
        core = word.strip(".,")
        if not core or not core[0].isupper() or not (core[1:].islower() or len(core) == 1):
            return False
    return not RECIPIENTS.match(text)


def split_signature(text: str, start: int = 0) -> SignatureParts:
    """Split a signature written on one line into authority lines, position and name.

    The line is read forward: upper-case words (the authority prefixes and what follows
    them, then the position), then two to five words in title case (the name). What follows
    the name (an appendix a website ran on) is left out; ``rest`` says where it starts. Only
    the first :data:`_WINDOW` characters from ``start`` are read (a signature is far shorter);
    offsets are in ``text``.

    >>> p = split_signature("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên")
    >>> [a[0] for a in p.authority], [x[0] for x in p.position], p.name[0]
    (['KT. BỘ TRƯỞNG'], ['THỨ TRƯỞNG'], 'Nguyễn Thị Xuyên')
    """
    parts = SignatureParts()
    if start or len(text) > _WINDOW:  # read a bounded window: a run of many signatures on one
        window = text[start : start + _WINDOW]  # line is read in linear time
        found = split_signature(window)
        shift_parts(found, start)
        if found.rest is not None:
            found.rest += start
        elif start + len(window) < len(text):  # the window was cut: the rest goes on after it
            found.rest = start + len(window)
        return found
    text = drop_signed_note(text)
    note = _LEADING_NOTE.match(text)
    if note is not None:  # "Epas: 180408 CHỦ TỊCH QUỐC HỘI ...": the document's ePAS number
        text = " " * note.end() + text[note.end() :]
    rank = _RANK.match(text)
    if rank is not None:  # "Thượng tướng Tô Lâm": keep the name only
        text = " " * rank.end() + text[rank.end() :]
    words = _read_words(text)
    i = 0
    while i < len(words) and _upper_word(words[i].group(0)):
        i += 1
    upper_end = words[i - 1].end() if i else 0
    j = i
    while j < len(words) and j - i < 5 and _title_word(words[j].group(0)):
        j += 1
    if j < len(words) and j - i > 2 and words[j].group(0)[:1].islower():
        j -= 1  # "Trần Hồng Hà Phụ lục": the last word opens the next sentence
    if j - i >= 2:
        parts.name = (clean(text[words[i].start() : words[j - 1].end()]), words[i].start(),
                      words[j - 1].end())
        parts.rest = words[j].start() if j < len(words) else None
    elif i < len(words):
        parts.rest = words[i].start()
    upper = text[:upper_end]
    if not upper.strip():
        return parts
    prefixes = list(PREFIX_TOKEN.finditer(upper))
    if prefixes and prefixes[0].start() == len(upper) - len(upper.lstrip()):
        bounds = [m.start() for m in prefixes] + [len(upper.rstrip())]
        for k in range(len(prefixes)):
            parts.authority.append((clean(upper[bounds[k] : bounds[k + 1]]), bounds[k],
                                    bounds[k + 1]))
        _, last_start, last_end = parts.authority[-1]
        prefix_len = prefixes[-1].end() - prefixes[-1].start()
        target = upper[last_start + prefix_len : last_end]
        position = _position_suffix(target, keep_target=True)
        kept = clean(target[:position]) if position is not None else ""
        whole_is_position = known_position(clean(target))  # "KT. TỔNG CỤC TRƯỞNG"
        if position is not None and not kept.endswith(",") and kept not in INCOMPLETE_TARGETS \
                and not whole_is_position:
            cut_at = last_start + prefix_len + position
            parts.authority[-1] = (clean(upper[last_start:cut_at]), last_start, cut_at)
            parts.position.append((clean(upper[cut_at:last_end]), cut_at, last_end))
    elif _letters_only(upper):
        position = _position_suffix(upper, keep_target=False)
        if position is not None and upper[:position].rstrip().endswith(","):
            position = None  # "BỘ TRƯỞNG, CHỦ NHIỆM": one position with two titles
        begin = position if position is not None else len(upper) - len(upper.lstrip())
        parts.position.append((clean(upper[begin:]), begin, len(upper)))
    return parts


_WORDS: Final = _regex.compile(r"\S+")
# what split_signature reads of a line: authority, position and name fit in a few hundred
_WINDOW: Final = 1000


_LONGEST_POSITION: Final = max(len(p.split()) for p in vocab.POSITIONS)


def _read_words(text: str) -> list[re.Match[str]]:
    """The words of ``text`` that split_signature looks at: the upper-case run, then at most
    six more (a name of two to five words and the word after it)."""
    words: list[re.Match[str]] = []
    after = 0
    for word in _WORDS.finditer(text):
        words.append(word)
        if after or not _upper_word(word.group(0)):
            after += 1
            if after == 6:
                break
    return words


def _upper_word(word: str) -> bool:
    return not any(map(str.islower, word)) and (
        any(map(str.isalpha, word)) or word in ("-", "/", ","))


def _letters_only(text: str) -> bool:
    return "_" not in text and not any(map(str.isdigit, text)) and any(map(str.isalpha, text))


def _title_word(word: str) -> bool:
    core = word.strip(".,()")
    return bool(core) and core[0].isupper() and (core[1:].islower() or len(core) == 1) \
        and core[0].isalpha()


def _position_suffix(text: str, *, keep_target: bool) -> int | None:
    """The offset in ``text`` where a known position (chức vụ) ends it, longest first."""
    words = list(_WORDS.finditer(text))
    # positions are at most six words long ("PHÓ BÍ THƯ THƯỜNG TRỰC"): no longer tail can match
    first = max(1 if keep_target else 0, len(words) - _LONGEST_POSITION)
    # the words as the keys spell them (strip_marks and upper() go character by character)
    keys = [vocab.strip_marks(w.group(0)).upper() for w in words[first:]]
    for i in range(first, len(words)):
        if " ".join(keys[i - first :]) in vocab.POSITION_KEYS:
            return words[i].start()
    if keep_target:
        for i in range(1, len(words)):
            if vocab.strip_marks(words[i].group(0)).upper() == "PHO":
                return words[i].start()
    return None


def shift_parts(parts: SignatureParts, by: int) -> None:
    parts.authority = [(t, s + by, e + by) for t, s, e in parts.authority]
    parts.position = [(t, s + by, e + by) for t, s, e in parts.position]
    if parts.name is not None:
        parts.name = (parts.name[0], parts.name[1] + by, parts.name[2] + by)


# An authority prefix run on after the last Nơi nhận entry, "Lưu" (conventions §1.4.11, ô 9b),
# on one line ("- Lưu VT; TCHQ KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn"): a web page
# flattened the footer's two cells (ô 9b and ô 7a-7c). Case-sensitive: the prefix in upper
# case, then an upper-case word; only the first candidate of the first Lưu entry is tried
# (one split_signature a footer).
_GLUED_PREFIX: Final = _regex.compile(r"(?<=\S )(?:TM|KT|TL|TUQ)\.[^\S\n]?+(?=[^\W\d_])")


def glued_signature(text: str) -> int | None:
    """Where a signature run on after a Nơi nhận entry starts in ``text``, if one does: an
    authority prefix after a word, then a position and a name in title case."""
    m = _GLUED_PREFIX.search(text, 2)
    if m is None or not text[m.end() : m.end() + 2].isupper():
        return None
    parts = split_signature(text[m.start() :])
    if parts.authority and parts.position and parts.name is not None:
        return m.start()
    return None


# what a rank or an ePAS number in title case opens with (_RANK, _LEADING_NOTE)
_TITLE_CASE_OPENS: Final = ("Đại", "Thượng", "Trung", "Thiếu", "ThS", "E")
# an item's number or a plus sign, then a space: a first word without a letter (and no note)
_ITEM_OPENS: Final = _regex.compile(r"\d{1,3}[.)]?\s|\+\s")


def opens_upper(text: str) -> bool:
    """Whether the first word ``split_signature`` reads (after a rank) is in upper case."""
    if text[:1].islower():  # a cheap test first: every rank opens with a capital
        return False
    if text[:1].isupper() and text[1:2].islower() and not text.startswith(_TITLE_CASE_OPENS):
        return False  # the first word is in title case, and no rank or ePAS number opens it
    if _ITEM_OPENS.match(text):
        return False  # "1. ...", "+ ...": the first word has no letter
    text = drop_signed_note(text)
    note = _LEADING_NOTE.match(text)
    if note is not None:
        text = text[note.end() :]
    rank = _RANK.match(text)
    first = _WORDS.search(text, rank.end() if rank is not None else 0)
    return first is not None and _upper_word(first.group(0))


# the spaces of the longest position: strip_marks and upper() keep every space
_POSITION_SPACES: Final = max(key.count(" ") for key in vocab.POSITION_KEYS)


def known_position(text: str) -> bool:
    return text.count(" ") <= _POSITION_SPACES and (
        vocab.strip_marks(text).upper() in vocab.POSITION_KEYS)
