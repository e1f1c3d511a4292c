"""Regular expressions and bounded window readers behind :mod:`vanban.citations`.

Everything here is linear: :func:`tokenize` reads the whole text once (one pass per kind of
anchor, each a single compiled regex); every other pattern runs on a window of bounded size
next to an anchor, anchored where it starts (``match``) or bounded by ``endpos``, so no position
of the text is read more than a constant number of times. Quantifiers are possessive where a
pattern could otherwise backtrack over a run of spaces, digits or letters.
Patterns that must read *backwards* from a token (the type before ``số``, the structural unit
before a type) are written reversed and matched on the reversed window.

Matching is diacritic- and case-insensitive where the text may be typed without diacritics or
in capitals (``cong van so``, ``THÔNG TƯ SỐ``): :func:`loose` turns a folded ASCII phrase into
a pattern that accepts every Vietnamese spelling of it.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from typing import Final

from vanban import _regex, _trie, doctypes
from vanban import normalize as norm

# --- folding -----------------------------------------------------------------------------------


def _letter_groups() -> dict[str, str]:
    groups: dict[str, set[str]] = {c: {c, c.upper()} for c in string.ascii_lowercase}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(cp)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if base in groups and char.isalpha():
            groups[base].add(char)
    groups["d"] |= {"đ", "Đ"}
    return {k: "".join(sorted(v)) for k, v in groups.items()}


def _vietnamese_groups() -> dict[str, str]:
    """The spellings of each folded letter that Vietnamese uses (``a`` → a à á ả ã ạ ă ằ … Ậ):
    the classes :func:`loose` writes, a fifth of :func:`_letter_groups`' size, so the patterns
    compile in a fraction of the time."""
    groups: dict[str, set[str]] = {c: {c, c.upper()} for c in string.ascii_lowercase}
    for vowel in "aăâeêioôơuưy":
        for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            char = unicodedata.normalize("NFC", vowel + tone)
            base = unicodedata.normalize("NFD", char)[0]
            groups[base] |= {char, char.upper()}
    groups["d"] |= {"đ", "Đ"}
    return {k: "".join(sorted(v)) for k, v in groups.items()}


_GROUPS: Final = _letter_groups()
_VIETNAMESE: Final = _vietnamese_groups()
_FOLD: Final = {ord(ch): base for base, chars in _GROUPS.items() for ch in chars}
UPPER: Final = "".join(sorted({ch for chars in _GROUPS.values() for ch in chars if ch.isupper()}))
LOWER: Final = "".join(sorted({ch for chars in _GROUPS.values() for ch in chars if ch.islower()}))


def fold(text: str) -> str:
    """Lower-case ASCII letters for Vietnamese ones, one character for one: ``Đề`` → ``de``."""
    return text.translate(_FOLD)


def loose(phrase: str) -> str:
    """A pattern matching every Vietnamese spelling of a folded ASCII ``phrase``: any case,
    any Vietnamese diacritics or none, any white space between words. Letters with other
    diacritics (``ǎ``, ``ü``, ``ń``) are not read as their Vietnamese look-alikes.

    >>> bool(re.fullmatch(loose("cong van"), "CÔNG  VĂN")), bool(re.fullmatch(loose("so"), "số"))
    (True, True)
    """
    out: list[str] = []
    for char in phrase:
        if char == " ":
            out.append(r"\s+")
        elif char in _VIETNAMESE:
            out.append(f"[{_VIETNAMESE[char]}]")
        else:
            out.append(re.escape(char))
    return "".join(out)


def exact(words: list[str]) -> str:
    """Case-insensitive alternation of exactly spelled words, longest first.

    A look-ahead for the words' first letters comes first: where no word can start, the
    engine fails there in one step instead of trying each word.

    >>> re.findall(exact(["và", "hoặc", "v/v"]), "Và hoặc V/V")
    ['Và', 'hoặc', 'V/V']
    """
    items = sorted(set(words), key=len, reverse=True)
    firsts = "".join(sorted({re.escape(w[0]) for w in items}))
    return (f"(?i:(?=[{firsts}])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
            + "))")


def _by_first(words: list[str]) -> list[str]:
    """:func:`exact` of ``words`` as one branch per first letter, each opening with a class of
    the characters that letter matches case-insensitively (the engine tests a class before it
    enters a branch; it enters a ``(?i:...)`` one): for patterns where only whether a word
    matches counts, not which.

    >>> [re.match("|".join(_by_first(["số", "các"])), w) is not None for w in ("SỐ", "ſố", "Cá")]
    [True, True, False]
    """
    rests: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        rests.setdefault(word[0].lower(), []).append(word[1:])
    out = []
    for first, tails in rests.items():
        chars = _case_class(first)
        alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in tails)
        out.append(f"[{re.escape(chars)}](?i:{alt})")
    return out


@functools.cache
def _case_class(letter: str) -> str:
    """The characters that ``letter`` matches case-insensitively (``s``: ``sSſ``), as the regex
    engine finds them in the Basic Multilingual Plane: among those any Vietnamese letter
    matches (one pass, once a process), or for another character by a pass of its own."""
    pattern = re.compile(f"(?i){re.escape(letter)}")
    if letter.lower() not in LOWER and not ("a" <= letter.lower() <= "z"):
        return "".join(pattern.findall(_BMP))
    return "".join(c for c in _letter_cases() if pattern.fullmatch(c))


@functools.cache
def _letter_cases() -> str:
    """The characters of the Basic Multilingual Plane that a Latin or Vietnamese letter
    matches case-insensitively."""
    return "".join(re.findall(f"(?i)[a-z{re.escape(LOWER)}]", _BMP))


def _alt(phrases: list[str], *, reverse: bool = False) -> str:
    """Loose alternation of folded phrases (optionally each written backwards), as a trie
    (:func:`vanban._trie.alternation`): the longest phrase that fits wins.

    >>> pattern = re.compile(_alt(["luat", "bo luat", "bo"]))
    >>> [pattern.match(t).group() for t in ("Bộ luật Dân sự", "bộ ngành", "LUẬT")]
    ['Bộ luật', 'bộ', 'LUẬT']
    """
    return _trie.alternation(sorted({p[::-1] if reverse else p for p in phrases}), loose)


NL: Final = r"(?![^\W\d_])"  # not followed by a letter

# --- document types ------------------------------------------------------------------------------

_EXTRA_TYPES: Final = (
    "Văn bản", "Công văn", "Công điện", "Thông tư liên tịch", "Nghị quyết liên tịch",
    "Chương trình hành động", "Thông báo kết luận", "Quy chuẩn", "Quy chuẩn kỹ thuật quốc gia",
    "Tiêu chuẩn", "Giấy phép", "Đơn đề nghị", "Văn bản hợp nhất", "Sắc lệnh", "Sắc luật",
    "Phiếu trình", "Thông tri", "Bộ luật", "Luật", "Pháp lệnh", "Hiến pháp", "Lệnh",
)


def _type_names() -> dict[str, str | None]:
    names: dict[str, str | None] = {}
    for row in doctypes.document_types():
        if row.copy:
            continue
        for name in (row.name, *row.aliases):
            if "(" not in name:
                names.setdefault(" ".join(fold(name).split()), name)
    for name in _EXTRA_TYPES:
        names.setdefault(" ".join(fold(name).split()), name)
    names["van ban"] = None
    return names


TYPE_NAMES: Final = _type_names()
LAW_TYPES: Final = frozenset({"luat", "bo luat", "phap lenh", "hien phap"})
_TYPES_R: Final = _alt(list(TYPE_NAMES), reverse=True)
_NONLAW_TYPES: Final = _alt([n for n in TYPE_NAMES if n not in LAW_TYPES and n != "van ban"])
# Nouns whose numbers are not documents: forms, appendices, accounts, certificates.
_EXCLUDED: Final = [
    "mau", "bieu", "bieu mau", "phu luc", "ma", "ma so", "tai khoan", "bien so",
    "bien kiem soat", "giay chung nhan", "chung chi", "ho chieu", "can cuoc", "dien thoai",
    "fax", "hoa don", "so hieu", "ky hieu", "ban ke", "to khai",
]


@functools.lru_cache(maxsize=1024)
def canonical_type(printed: str) -> str | None:
    """A type as printed, in any spelling, as the table writes it: ``THÔNG TƯ`` → Thông tư;
    ``None`` for ``văn bản`` (and for what is not a type).

    >>> canonical_type("CONG  VAN"), canonical_type("văn bản")
    ('Công văn', None)
    """
    return TYPE_NAMES.get(" ".join(fold(printed).split()))


# --- the tokenizer -------------------------------------------------------------------------------

_PART: Final = r"[A-ZĐÐ][\w&]*+(?:\(\w+\))?"
_PARTN: Final = r"[^\W_][\w&]*+(?:\(\w+\))?"
# A part in capitals after its first character, not run on into a word (the Thủ tướng's "TTg",
# the one mixed-case code, may follow a spaced separator too).
_CAPS_REST: Final = r"[A-ZĐÐ0-9&]*+(?:\(\w+\))?)(?![^\W\d_])"
_UPART: Final = rf"(?:TTg|[A-ZĐÐ0-9]{_CAPS_REST}"
# A part after a spaced separator opens with a letter ("241/QĐ  -TTg", "123/UBND - VX"); after
# a line break it is not an item's label either ("2328/SNV   -" / "TCCC", not "12/KH -" /
# "II. NHIỆM VỤ" or "2. ...")
_SPART: Final = rf"(?:TTg|[A-ZĐÐ]{_CAPS_REST}"
_LPART: Final = rf"(?![IVXLC]+[.)]|[A-ZĐ][.)]){_SPART}"
# a short code after a dot, no space between ("04/BC-LĐVTCT.LĐ"; not "45/KH-UBND.UBND tỉnh")
_DOTPART: Final = r"[A-ZĐÐ][A-ZĐÐ0-9&]{0,2}+(?![\w])"
_H: Final = r"[^\S\n]"  # horizontal white space, no-break space included
# After the first digit: the rest of a số/ký hiệu (three families, spaces around separators).
_NUMBER_REST: Final = (
    rf"\d{{0,5}}+(?:\.\d{{1,3}})?+"
    rf"(?:{_H}*+/{_H}*+(?:(?:19|20)\d\d{_H}?/{_H}?)?{_PART}|[-–]{_PART}"
    rf"|(?:{_H}+[-–]{_H}*|[-–]{_H}+){_UPART})"
    rf"(?:[/\-–]{_PARTN}|\.{_DOTPART}|(?:{_H}+[/\-–]{_H}*|[/\-–]{_H}+){_SPART}"
    rf"|{_H}*+[-–]{_H}*+\n{_H}*+{_LPART})*+"
    rf"(?:(?:(?<=[/\-]QH)|(?<=UBTVQH)){_H}\d{{1,2}}+(?![\w/]))?"  # a term apart: "QH 15"
)
NUMBER: Final = _regex.compile(rf"\d(?<![\w/.\-]\d){_NUMBER_REST}")
# The digits ``\d`` matches below U+10000, spelt out: in a class of single characters the regex
# engine tests a character with a table look-up, where ``\d`` costs it a function call.
_BMP: Final = "".join(map(chr, range(0x10000)))
_BMP_DIGITS: Final = "".join(re.findall(r"\d", _BMP))
# What normalize() changes in a way the patterns cannot follow: lengths (NFD, zero-width
# characters, CR) and letters (ƣ for ư, Ð for Đ); see vanban._citeread.Source.
UNSTABLE_CHARS: Final = f"{norm.COMBINING}{norm.ZERO_WIDTH}\r{norm.LOOKALIKES}"
UNSTABLE: Final = _regex.compile(f"[{UNSTABLE_CHARS}]")
# The main pass starts with one character class, so the regex engine skips ahead in C to the
# next digit, capital or bracket (or character beyond U+FFFF, refused unless a digit); each
# branch then checks what precedes its first character. A branch starting with a literal or a
# class is skipped by the engine without being entered when the next character does not fit,
# so the law names start with their second letter; the group marking the kind comes last.
# It also stops at each character of UNSTABLE, a token of kind "unstable" that no other branch
# can match: one pass finds a text's anchors and whether it needs normalising (main_tokens).
# Brackets and UNSTABLE share one look-behind: a digit that starts no number (most digits: the
# second "0" of "2024") then fails one look-behind after the law names' literals, not two.
MAIN: Final = _regex.compile(
    rf"[{_BMP_DIGITS}LBPH\[\]\U00010000-\U0010ffff{UNSTABLE_CHARS}]"
    rf"(?:(?<=\d)(?<![\w/.\-]\d)(?P<num>{_NUMBER_REST})"
    rf"|u(?<=Lu)(?<!\wLu)ật(?=\s)(?P<law>)|ộ(?<=Bộ)(?<!\wBộ){_H}+luật(?=\s)(?P<code>)"
    rf"|h(?<=Ph)(?<!\wPh)áp{_H}+lệnh(?=\s)(?P<ord>)|i(?<=Hi)(?<!\wHi)ến{_H}+pháp(?=\s)(?P<const>)"
    rf"|(?<=[\[\]{UNSTABLE_CHARS}])(?:(?<=\[)(?P<lb>)|(?<=\])(?P<rb>)|(?P<unstable>)))"
)
MAIN_KINDS: Final = tuple(  # the kind of token of each group of MAIN, by group number
    "law" if name in ("code", "ord", "const") else name
    for name in ["", *sorted(MAIN.groupindex, key=MAIN.groupindex.__getitem__)]
)
# Literal-prefixed passes (the engine finds their first characters with a fast string search).
STANDARD: Final = _regex.compile(
    rf"CVN(?<=[QT]CVN)(?<!\w[QT]CVN){_H}?\d[\dA-Z.\-]*+:{_H}?(?:19|20)\d\d/[A-ZĐ][\w\-]*+"
)
BARE: Final = _regex.compile(
    rf"số(?<!\wsố){_H}+\d{{1,4}}+(?![\w/\-–]|\.\d|{_H}*+[/\-–]{_H}*+\w)"
)
TREN: Final = _regex.compile(
    rf"trên(?<!\wtrên)(?={_H}*[,.;:)\n]|{_H}+(?:và|thì|để|đã|được|của|là|có|về|tại|cho|đến|theo"
    r"|không|chưa|đề|gửi|quy)(?!\w))"
)
NAY: Final = _regex.compile(r"này(?<!\wnày)(?!\w)")
ARTICLE: Final = _regex.compile(rf"Điều(?<!\wĐiều){_H}+\d{{1,3}}+[a-zđ]?(?![\w/])")

Token = tuple[int, int, str]  # start, end, kind
# A footnote mark glued to a number with a year segment: "42/2024/QH151", "105/2025/NĐ-CP2".
# Issuers of such numbers carry no digits, except the khóa of Quốc hội (QH15, UBTVQH15).
_GLUED: Final = _regex.compile(
    r"(?:/(?:19|20)\d\d/(?:[^/\s]*-)?|:\d{4}/)(?P<code>[A-ZĐ]+)(?P<digits>\d+)$"
)


@functools.lru_cache(maxsize=4096)
def footnote(printed: str) -> int:
    """How many trailing characters of a number are a footnote mark (0 if none).

    >>> footnote("42/2024/QH151"), footnote("42/2024/QH15"), footnote("105/2025/NĐ-CP2")
    (1, 0, 1)
    """
    m = _GLUED.search(printed)
    if m is None:
        return 0
    keep = 2 if m.group("code") in ("QH", "UBTVQH") else 0
    return max(0, len(m.group("digits")) - keep)


def glued_mark(printed: str, notes: dict[str, set[str]]) -> int:
    """How many trailing digits of ``printed`` (spaces removed) are a footnote's mark: the
    number without them is cited on a footnote's line opening with those digits (``notes``:
    number → the marks of the footnote lines citing it), as ``1925/STC-HTDN1`` beside the
    footnote ``1 Công văn số 1925/STC-HTDN ...``; 0 if none.

    >>> glued_mark("1925/STC-HTDN1", {"1925/STC-HTDN": {"1"}}), glued_mark("12/QLCL1", {})
    (1, 0)
    """
    plain = printed.replace("–", "-")
    for n in (1, 2):
        # (the legislature's term is not a mark: "QH 15" printed apart elsewhere)
        if len(plain) > n + 2 and plain[-n:].isdigit() and plain[-n - 1].isalpha() and \
                plain[-n:] in notes.get(plain[:-n], ()) and not plain[:-n].endswith("QH"):
            return n
    return 0


def main_tokens(text: str) -> list[Token]:
    """The tokens of :data:`MAIN` in ``text`` (the characters of :data:`UNSTABLE` it also
    meets are left out: :func:`scan` keeps where they are)."""
    kinds = MAIN_KINDS
    out: list[Token] = []
    for m in MAIN.finditer(text):
        kind = kinds[m.lastindex or 0]
        if kind != "unstable":
            out.append((m.start(), m.end(), kind))
    return out


def scan(text: str) -> tuple[list[Token], list[int]]:
    """The tokens of :data:`MAIN` in ``text``, and where it met the characters of
    :data:`UNSTABLE` between tokens (those inside a token are not listed)."""
    kinds = MAIN_KINDS
    out: list[Token] = []
    marks: list[int] = []
    for m in MAIN.finditer(text):
        kind = kinds[m.lastindex or 0]
        if kind == "unstable":
            marks.append(m.start())
        else:
            out.append((m.start(), m.end(), kind))
    return out, marks


def tokenize(text: str, self_references: bool, main: list[Token] | None = None) -> list[Token]:
    """All anchors of ``text`` in order: (start, end, kind).

    Kinds: ``num`` (a số/ký hiệu), ``std`` (``QCVN 01:2019/BCT``), ``law`` (``Luật``,
    ``Bộ luật``, ``Pháp lệnh``, ``Hiến pháp``), ``lb``/``rb`` (square brackets), ``bare``
    (``số 35``), ``tren`` (``nêu trên``) and, for self references, ``nay`` and ``art``
    (``Điều 5``). Each kind is one linear regex pass; the passes are merged by position.
    ``main``: the tokens of :data:`MAIN` in ``text``, when read already (:class:`Source
    <vanban._citeread.Source>` reads them while it looks for what needs normalising).
    """
    out = list(main) if main is not None else main_tokens(text)
    standards = [(m.start() - 1, m.end(), "std") for m in STANDARD.finditer(text)]
    out += standards
    out += [(m.start(), m.end(), "bare") for m in BARE.finditer(text)]
    out += [(m.start(), m.end(), "tren") for m in TREN.finditer(text)]
    if self_references:
        out += [(m.start(), m.end(), "nay") for m in NAY.finditer(text)]
        out += [(m.start(), m.end(), "art") for m in ARTICLE.finditer(text)]
    out.sort()
    if not standards:
        return out
    kept: list[Token] = []
    for token in out:  # "2019/BCT" inside "QCVN 01:2019/BCT" is not a number of its own
        if kept and kept[-1][2] == "std" and token[0] < kept[-1][1]:
            continue
        kept.append(token)
    return kept


# --- reading backwards from a number -------------------------------------------------------------

_SO_R: Final = loose("os")
_CUA_R: Final = loose("auc")
_LOWER_WORD: Final = f"[{LOWER}]+"
_UPPER_WORD: Final = f"[{UPPER}]+"
# Reversed: [": "] "số" [lower-case words | "của <issuer>"] <type>, read from the number leftwards.
BEHIND: Final = _regex.compile(
    rf"\s*+(?P<colon>[:.]\s*+)?"
    rf"(?:(?P<so>{_SO_R}){NL}\s*+)?"
    rf"(?:(?P<issuer>[^;.,\n\[\]()]{{1,80}}?)\s+{_CUA_R}\s+"
    rf"|(?P<words>(?:{_LOWER_WORD}\s+){{1,4}}?|(?:{_UPPER_WORD}\s+){{1,6}}?))??"
    rf"(?P<type>{_TYPES_R}){NL}"
)
SO_ONLY: Final = _regex.compile(rf"\s*+(?P<colon>[:.]\s*+)?(?P<so>{_SO_R}){NL}")
LIST_LINK: Final = _regex.compile(
    rf"\s*+(?:,\s*+{loose('av')}|,|{loose('av')}|{loose('caoh')}|;){NL}"
)
EXCLUDED: Final = _regex.compile(
    rf"\s*+(?:[:.]\s*+)?(?:{_SO_R}\s+)?{_alt(_EXCLUDED, reverse=True)}{NL}"
)
TYPE_BEFORE: Final = _regex.compile(rf"\s*+(?P<type>{_TYPES_R}){NL}")
# Reversed: "..., <type>" or "... và <type>" at the end of a law's name: another document.
LINKED_TYPE: Final = _regex.compile(
    rf"\s*(?P<type>{_TYPES_R}){NL}\s*(?:[,;]|{loose('av')}{NL}|{loose('caoh')}{NL})"
)
# Reversed: "(đề nghị) của <issuer> tại [các]" before a citation.
ISSUER_BEFORE: Final = _regex.compile(
    rf"\s*(?:{loose('cac')}\s+)?{loose('iat')}\s+(?P<issuer>[^;,.\n()]{{1,90}}?)\s+{_CUA_R}{NL}"
)
SHORT_BEFORE: Final = _regex.compile(
    rf"\s*+(?:{loose('uen')}\s+(?:{loose('ad')}\s+)?)?(?P<type>{_TYPES_R}){NL}"
)

# Structural units before a type (Phụ lục II, V.7): "điểm a khoản 2 Điều 103 Mục 5 Chương XII
# Phần I của". Reversed, read from the type leftwards.
_UNITS: Final = ["diem", "khoan", "dieu", "muc", "tieu muc", "chuong", "phan", "phu luc", "tiet"]
_LABEL_R: Final = r"(?:[a-zđ]?\d{1,4}|[IVXLC]{1,6}|[a-zđ])(?![\w])"
_UNIT_R: Final = rf"{_LABEL_R}\s+{_alt(_UNITS, reverse=True)}"
_CONN_R: Final = (
    rf"[^\S\n]*(?:,[^\S\n]*{loose('av')}|,|{loose('av')}|{loose('caoh')}|{loose('ned')}|-)"
    rf"[^\S\n]*"
)
_GROUP_R: Final = rf"(?:(?:{_UNIT_R}|{_LABEL_R}){_CONN_R})*{_UNIT_R}"
PIN_BEFORE: Final = _regex.compile(
    rf"\s*(?:{_CUA_R}\s+)?(?P<pin>{_GROUP_R}(?:\s+{_GROUP_R})*){NL}"
)
# --- reading forwards --------------------------------------------------------------------------

DATE_GAP: Final = _regex.compile(
    rf"[^\S\n]*+(?:,\s*+|\([^\S\n]*+|\n[^\S\n]*+)?(?:{loose('ban hanh')}[^\S\n]+)?"
)
CUA: Final = _regex.compile(rf"\s*+,?\s*+{loose('cua')}\s+")
_STOP_WORDS: Final = [
    "về", "quy định", "qui định", "ban hành", "hướng dẫn", "thực hiện", "triển khai", "sửa đổi",
    "bổ sung", "phê duyệt", "tại", "trong", "đối với", "nêu trên", "đã", "được", "để", "gửi",
    "thì", "là", "có", "như", "theo", "do", "với", "cho", "kèm", "v/v", "ngày", "số", "năm",
    "giao", "báo cáo", "đồng ý", "chấp thuận", "cùng", "đến", "từ", "nay", "này", "trên",
]
# The stops searched for start with a space or a punctuation mark: the pattern opens with a class
# of those, so the engine skips ahead to them in C; a look-behind then tells a space from a line
# break. Only where a stop starts counts (ISSUER_STOP, TITLE_STOP): their branches are arranged
# for speed, each opening with a class where it can (the engine tests it before entering it).
_ISSUER_PUNCT: Final = r";,.:()\[\]“”\""
_ISSUER_WORDS: Final = (
    rf"\s*+(?:{'|'.join(_by_first(_STOP_WORDS))}"
    rf"|[vV][àÀ]\s+(?:{'|'.join(_by_first(['số', 'các']))}|{_NONLAW_TYPES}|{loose('luat')})){NL}"
)
ISSUER_STOP: Final = _regex.compile(rf"[\s{_ISSUER_PUNCT}](?:(?<=[^\S\n])[^\S\n]*+"
                                    rf"(?:[{_ISSUER_PUNCT}]|{_ISSUER_WORDS})|(?<=\n)(?:{_ISSUER_WORDS}"
                                    rf"|(?=[^\S\n]*+(?:[-+•*]|\d+[.)])))|(?<![\s]))")
_TITLE_HEADS: Final = [
    "về việc", "về", "v/v", "quy định", "qui định", "ban hành", "hướng dẫn", "phê duyệt",
    "sửa đổi", "thực hiện", "triển khai", "thành lập", "điều chỉnh", "giao", "bãi bỏ",
]
TITLE_HEAD: Final = _regex.compile(rf"\s*+,?\s*+(?P<kw>{exact(_TITLE_HEADS)}){NL}\s*+")
# A new clause after a comma: its subject ("..., Sở Nội vụ đề nghị ...").
_SUBJECTS: Final = [
    "UBND", "Ủy ban", "Uỷ ban", "Sở", "Bộ", "Phòng", "Ban", "Cục", "Văn phòng", "Chi cục",
    "Trung tâm", "Hội đồng", "Công an", "Thanh tra", "Đảng ủy", "Đảng uỷ", "Tỉnh ủy", "Tỉnh uỷ",
    "Thành ủy", "Thành uỷ", "Tổng cục", "Trường", "chúng tôi", "Chúng tôi", "đơn vị", "các đơn vị",
    "Các đơn vị",
]
_SUBJECT_ALT: Final = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _SUBJECTS)
_TITLE_WORDS: Final = (  # after the white space before them
    rf"(?:{loose('da duoc')}\s+{loose('sua doi')}|{loose('duoc')}\s+{loose('sua doi')}"
    rf"|{loose('da')}\s+{loose('sua doi')}|{loose('het hieu luc')}{NL}|{loose('co hieu luc')}{NL})"
)
TITLE_STOP: Final = _regex.compile(  # as ISSUER_STOP
    rf"[\s,;.:()\[\]](?:(?<=[^\S\n])[^\S\n]*+(?:[;:()\[\]]|\.(?=\s|$)|\s*+{_TITLE_WORDS})"
    rf"|(?<=\n)(?:(?=[^\S\n]*+(?:[-+•*]|\d+[.)]|[A-ZĐ]))|\s*+{_TITLE_WORDS})"
    rf"|(?<=,)\s++(?:{_TITLE_WORDS}|(?=(?:{_SUBJECT_ALT}){NL}))"
    rf"|(?<=[;:()\[\]])|(?<=\.)(?=\s|$))"
)
SIBLING: Final = _regex.compile(
    rf"(?:\s*(?:,|;|{loose('va')}|{loose('hoac')}|{loose('cung')})(?:\s+{loose('cac')})?)+\s*$"
)
_TAIL_WORDS: Final = [
    "của", "tại", "và", "theo", "về", "các", "số", "trên", "nêu", "hoặc", "cùng", "quy định",
    "đã", "được",
]
# Reversed: punctuation and dangling function words at the end of a field ("... của", "..., và").
_TAIL_R: Final = "|".join(re.escape(w[::-1]) for w in sorted(_TAIL_WORDS, key=len, reverse=True))
_JUNK_LAST: Final = ",;:-aiocnughAIOCNUGH"  # the ASCII ones, case-insensitively (TAIL_JUNK_R)
TAIL_JUNK_R: Final = _regex.compile(rf"(?:[\s,;:\-]++|(?i:{_TAIL_R})(?=\s))*+")


def trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing punctuation and dangling words of ``text[start:end]``."""
    while end > start:
        last = text[end - 1]  # ASCII and no junk's last character: nothing to cut
        if last.isascii() and last not in _JUNK_LAST and not last.isspace():
            break
        low = end - 40
        window = text[low if low > start else start : end][::-1]
        cut = TAIL_JUNK_R.match(window)
        if cut is None or cut.end() == 0:
            break
        end -= cut.end()
    return end
_NGAY: Final = loose("ngay")
_LAW_STOP_WORDS: Final = [
    "đã được", "được", "đã", "hết hiệu lực", "có hiệu lực", "quy định", "hướng dẫn", "thì", "là",
    "nay", "này",
]


LAW_END: Final = _regex.compile(  # the look-ahead: how each branch starts (see ISSUER_STOP)
    rf"(?=[\s,;:()\[\]“”\".]|{_NGAY}|[vV][àÀ]|[hH][oO])(?:(?P<num>\s+{loose('so')}[^\S\n]*[:.]?\s*(?=\d))"
    rf"|(?P<date>\s*,?\s*(?={_NGAY}\s*\d))"
    rf"|(?P<year>\s+(?:{loose('nam')}\s+)?(?=(?:19|20)\d\d(?![\d/])))"
    rf"|(?P<stop>[^\S\n]*(?:[;:()\[\]“”\"]|\.(?=\s|$))|\n(?=[^\S\n]*(?:[-+•*]|\d+[.)]|[A-ZĐ]))"
    rf"|,?\s+{exact(_LAW_STOP_WORDS)}{NL}"
    rf"|\s*(?:,|{exact(['và', 'hoặc'])})\s+(?={_NONLAW_TYPES}{NL})))"
)
# A bare law name (no number, no date) ends at the first function word.
_BARE_LAW_WORDS: Final = [
    "và", "của", "thì", "là", "được", "đã", "có", "theo", "tại", "về", "để", "với", "do", "cho",
    "trong", "khi", "nhưng", "hoặc", "quy định", "hướng dẫn", "sửa đổi", "số", "năm", "ngày",
    "này", "các", "hiện hành", "mà", "phải", "đối với",
]
BARE_LAW_STOP: Final = _regex.compile(  # as ISSUER_STOP
    rf"[\s,;:.()\[\]“”\"](?:(?<=\s)\s*+(?:[,;:.()\[\]“”\"]|(?:{'|'.join(_by_first(_BARE_LAW_WORDS))})"
    rf"{NL}|(?=\d))|(?<=\n)(?=\s*(?:[^\W\d_](?<![{LOWER}])|[-+•*\d]))|(?<!\s))"
)


@functools.lru_cache(maxsize=1024)
def name_pattern(title: str) -> re.Pattern[str]:
    """A pattern for a law's name as another mention may print it (any case, any spacing)."""
    words = [re.escape(w) for w in title.split()]
    return _regex.compile(r"(?i:" + r"\s+".join(words) + rf"){NL}")


AMENDING: Final = _regex.compile(rf"(?:{loose('sua doi')}|{loose('bo sung')}){NL}")
YEAR: Final = _regex.compile(r"(?:19|20)\d\d(?![\d/])")

# --- clauses: boundaries and what the citing text does ------------------------------------------

def _l(phrase: str) -> str:
    return loose(phrase)


_SUA: Final = rf"{_l('a doi')}(?:,?\s+{_l('bo sung')})?"  # "sửa đổi, bổ sung" after "sử"
_BY: Final = (rf"{_l('s')}{_l('u')}{_SUA}(?:\s+{_l('mot so dieu')})?\s+(?:{_l('boi')}|{_l('theo')}"
              rf"|{_l('tai')}|{_l('bang')})")
# (relation, first two letters, the rest): at one position the longer phrase comes first.
_TRIGGERS: Final = [
    ("amended_by", "da", rf"\s+{_l('duoc')}\s+{_BY}"),
    ("amended_by", "du", rf"{_l('oc')}\s+{_BY}"),
    ("amends", "su", _SUA),
    ("attached_to", "ke", _l("m theo")),
    ("proposal", "xe", f"(?:{_l('t de nghi')}|{_l('t to trinh')})"),
    ("proposal", "th", _l("eo de nghi")),
    ("proposal", "de", f"(?:{_l(' nghi cua')}|{_l(' xuat cua')})"),
    ("according_to", "th", f"(?:{_l('eo quy dinh')}|{_l('eo qui dinh')})"),
    ("according_to", "qu", f"(?:{_l('y dinh tai')}|{_l('i dinh tai')})"),
    ("basis", "ca", _l("n cu")),
    ("implements", "th", f"(?:{_l('uc hien')}|{_l('i hanh')})"),
    ("implements", "tr", _l("ien khai")),
    ("repeals", "ba", _l("i bo")),
    ("repeals", "hu", _l("y bo")),
    ("repeals", "he", _l("t hieu luc")),
    ("repeals", "di", _l("nh chi")),
    ("replaces", "th", _l("ay the")),
    ("theo", "th", _l("eo") + rf"{NL}(?!\s+(?:{_l('doi')}|{_l('do')}|{_l('huong')}){NL})"),
]
_POST_TRIGGERS: Final = [
    ("repeals", "he", _l("t hieu luc")),
    ("repeals", "bi", f"(?:{_l(' bai bo')}|{_l(' huy bo')})"),
    ("replaces", "bi", _l(" thay the")),
    ("replaces", "du", _l("oc thay the")),
]
_BOUNDARY: Final = (
    r"(?<=[.!?:])(?=[^\S\n]*\n|[^\S\n]+[A-ZĐ\"“])|(?<=\n)[^\S\n]*\n"
    r"|(?<=\n)(?=[^\S\n]*(?:[-+•*]|\d+[.)]))"
)


def _clause(triggers: list[tuple[str, str, str]]) -> re.Pattern[str]:
    """One regex for boundaries and trigger phrases. It starts with one character class (a
    boundary's punctuation or a trigger's first letter), so the engine skips in C to the next
    candidate; a trigger is then picked by its second letter (branches starting with a
    character class, which the engine tests before entering them), a letter inside a word is
    refused by one look-behind, and the first letter is checked last. A trigger ends with an
    empty group ``<relation>_<n>`` (the ``lastindex``): its branch opens with a class, not a
    group. At one position only the triggers of its two letters match, in their given order."""
    groups: dict[str, dict[str, list[str]]] = {}  # second letter -> first letter -> triggers
    for n, (name, two, rest) in enumerate(triggers):
        groups.setdefault(two[1], {}).setdefault(two[0], []).append(f"{rest}(?P<{name}_{n}>)")
    branches = []
    for second, by_first in groups.items():
        subs = [rf"(?<=[{_VIETNAMESE[first]}].)(?:{'|'.join(alts)})"
                for first, alts in by_first.items()]
        sub = subs[0] if len(subs) == 1 else "(?:" + "|".join(subs) + ")"
        branches.append(rf"[{_VIETNAMESE[second]}](?<![^\W\d_]..){sub}{NL}")
    firsts = sorted({char for _, two, _ in triggers for char in _VIETNAMESE[two[0]]})
    return _regex.compile(
        rf"[.!?:\n{''.join(firsts)}]"
        rf"(?:{'|'.join(branches)}|(?<=[.!?:\n])(?P<boundary_>{_BOUNDARY}))"
    )


CLAUSE: Final = _clause(_TRIGGERS)
POST_TRIGGER: Final = _clause(_POST_TRIGGERS)


def _kinds(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The relation of each group of a :func:`_clause` pattern, by group number."""
    kinds = [""] * (pattern.groups + 1)
    for name, index in pattern.groupindex.items():
        kinds[index] = name.rsplit("_", 1)[0]
    return tuple(kinds)


_RELATIONS: Final = {CLAUSE: _kinds(CLAUSE), POST_TRIGGER: _kinds(POST_TRIGGER)}
CLAUSE_KINDS: Final = _RELATIONS[CLAUSE]  # CLAUSE_KINDS[match.lastindex]: as relation_of(match)


def relation_of(match: re.Match[str]) -> str:
    """The relation (or ``boundary``, ``theo``) a :data:`CLAUSE` match stands for."""
    return _RELATIONS[match.re][match.lastindex or 0]


# --- self references --------------------------------------------------------------------------

_TYPES_F: Final = _alt(list(TYPE_NAMES))
# After "Điều 5": more articles, larger units, then the document they belong to, if any.
FOLLOW_DOC: Final = _regex.compile(
    rf"(?:\s*(?:,|{exact(['và', 'hoặc', 'đến'])})\s*(?:{loose('dieu')}\s+)?\d{{1,3}}[a-zđ]?{NL})*"
    rf"(?:\s+{_alt(['muc', 'tieu muc', 'chuong', 'phan', 'phu luc'])}\s+(?:\d+|[IVXLC]+){NL})*"
    rf"\s+(?:{exact(['của'])}\s+)?(?P<type>{_TYPES_F}){NL}(?P<nay>\s+{exact(['này'])}{NL})?"
)
UNIT_BEFORE: Final = _regex.compile(rf"\s+(?P<unit>{_alt(_UNITS, reverse=True)}){NL}")
HEADING: Final = _regex.compile(r"(?:^|\n|\|)[^\S\n]*$")
# Where the label of a header's number may stand: a line's start, after "|", "---" or "*".
LINE_START: Final = _regex.compile(r"(?:^|\n|\||-{3,}|\*)[^\S\n]*$")
SO_NEXT: Final = _regex.compile(rf"{loose('so')}\s*[:.]?\s*\d")
