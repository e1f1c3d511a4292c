"""Số, ký hiệu — the number and symbol of a Vietnamese official document.

Three families write it differently:

* administrative documents (NĐ 30/2020 Phụ lục I, I.3): ``<số>/<type>-<issuer>``, e.g.
  ``15/QĐ-BNV``; a công văn has no type code, its symbol is ``<issuer>-<unit>``
  (``05/BNV-VP``). "Giữa số và ký hiệu văn bản có dấu gạch chéo (/), giữa các nhóm chữ viết tắt
  trong ký hiệu văn bản có dấu gạch nối (-), không cách chữ"; numbers below 10 take a leading
  zero.
* normative documents (Luật Ban hành VBQPPL 2025 Điều 7.3): a year segment,
  ``<số>/<năm>/<type>-<issuer>`` (``30/2020/NĐ-CP``), or no type code for laws and resolutions
  of the National Assembly (``64/2025/QH15``).
* Party documents (Hướng dẫn 36-HD/VPTW 1.3.1): a hyphen after the number and a slash before the
  issuer, ``<số>-<type>/<issuer>`` (``34-CT/TW``).

The functions follow python-stdnum: :func:`compact`, :func:`parse` (lenient), :func:`validate`
(strict, raises), :func:`is_valid` (never raises) and :func:`format`.

>>> n = parse("Số: 30/2020/NĐ-CP")
>>> n.number, n.year, n.type_code, n.issuer, n.family.value
(30, 2020, 'NĐ', 'CP', 'normative')
>>> str(parse("5/QĐ-UBND"))
'05/QĐ-UBND'
>>> parse("05/BNV-VP").type_code is None
True
>>> parse("34-CT/TW").family.value
'party'
>>> is_valid("3331 /SNV-TCBC"), is_valid("3331/SNV-TCBC")
(False, True)
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Final

import attrs

from vanban import _regex, doctypes
from vanban._pickling import by_fields
from vanban.enums import Family, members
from vanban.errors import (
    ExcessPadding,
    Incomplete,
    InvalidComponent,
    InvalidFormat,
    MissingPadding,
    NotCanonical,
    ValidationError,
)

__all__ = ["DocumentNumber", "compact", "format", "is_valid", "parse", "validate"]

_DASHES: Final = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_LETTERS: Final = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})

# "Số:", "Số", "Luật số:", "Nghị quyết số:", "So:" (no diacritics) before the number.
_PREFIX: Final = _regex.compile(r"(?:[^\W\d_]+\s+){0,3}?s[ốo]\s*[:.]?\s*", re.IGNORECASE)
# A blank draft number is often printed as dots or an ellipsis: "Số: …../CĐ-…", "… /2016/QH14".
# Every pattern here is linear on any input: runs start only where a run begins (look-behind)
# and are matched possessively, so no position is rescanned.
_PLACEHOLDER: Final = _regex.compile(r"(?<![.…_])[.…_]++(?=\s*[/-])")
_SPACES: Final = _regex.compile(r"(?<!\s)\s*+([/-])\s*+")
_WHITE_SPACE: Final = _regex.compile(r"\s")
# the legislature's term printed apart from "QH" ("75/2006/QH 11")
_TERM_SPACE: Final = _regex.compile(
    r"(?:(?<=[/\-]QH)|(?<=UBTVQH))[^\S\n](?=\d{1,2}(?![\d\w]))"  # one space, QH's own code
)
_PART: Final = r"[^\W_][\w&().]*+"
_STATE: Final = _regex.compile(
    rf"(?P<num>\d+)?(?:\.(?P<sub>\d+))?/(?:(?P<year>\d{{4}})/)?"
    rf"(?P<sym>{_PART}(?:[-/]{_PART})*+)"
)
_PARTY: Final = _regex.compile(
    rf"(?P<num>\d+)?(?:\.(?P<sub>\d+))?-(?P<type>[^\W\d_]\w*)/"
    rf"(?P<sym>{_PART}(?:-{_PART})*+)(?:/(?P<qual>[a-z]+))?"
)
_IRREGULAR: Final = _regex.compile(
    r"(?P<num>\d+)(?P<sep>[-/])(?P<rest>[\w&().]++(?:[-/][\w&().]++)*+)"
)
# The most digits a number or sub-number may have (real ones have at most six).
_MAX_DIGITS: Final = 18
# Types of the normative family that are numbered without a year segment.
_NORMATIVE_WITHOUT_YEAR: Final = frozenset({"VBHN"})


_FAMILIES: Final = members(Family)


def _family(value: Any) -> Family:
    """``Family(value)``, by the table it looks in first (see vanban.model)."""
    try:
        return _FAMILIES[value]
    except (KeyError, TypeError):  # Family raises
        return Family(value)


@by_fields
@attrs.frozen
class DocumentNumber:
    """A parsed số/ký hiệu.

    ``number`` is the sequence number (``None`` when a draft leaves it blank), ``subnumber`` the
    part after a dot in a sub-numbered series (``66.3/2025/NQ-CP`` → 66 and 3), ``year`` the
    year segment of a normative number, ``type_code`` the abbreviation of the type
    (``QĐ``; ``None`` for a công văn or a law), ``issuer`` the rest of the symbol (``BNV-VP``,
    ``TW``, ``UBTVQH15-CP-ĐCTUBTWMTTQVN``) and ``qualifier`` a Party suffix such as ``nb``
    (``5053-CV/VPTW/nb``).

    >>> n = DocumentNumber(number=15, type_code="QĐ", issuer="BNV")
    >>> str(n), n.notation
    ('15/QĐ-BNV', 'QĐ-BNV')
    >>> str(DocumentNumber(number=None, type_code="QC", issuer="ĐU", family=Family.PARTY))
    '-QC/ĐU'
    """

    number: int | None = attrs.field(
        validator=attrs.validators.optional(attrs.validators.instance_of(int))
    )
    issuer: str = attrs.field(validator=attrs.validators.instance_of(str))
    type_code: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    year: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int))
    )
    family: Family = attrs.field(default=Family.ADMINISTRATIVE, converter=_family)
    subnumber: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int))
    )
    qualifier: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    separator: str = attrs.field(default="", validator=attrs.validators.in_(("", "-", "/")))

    @property
    def is_blank(self) -> bool:
        """True when the sequence number is left blank, as in a draft (dự thảo)."""
        return self.number is None

    @property
    def code_number(self) -> str:
        """The number as digits without padding, keeping a sub-number: ``"66.3"``; ``""`` if blank.

        This is the ``CodeNumber`` field of the NĐ 30/2020 Phụ lục VI record.
        """
        if self.number is None:
            return ""
        return f"{self.number}.{self.subnumber}" if self.subnumber is not None else str(self.number)

    @property
    def notation(self) -> str:
        """The symbol (ký hiệu): all that follows the number's separator.

        This is the ``CodeNotation`` field of the NĐ 30/2020 Phụ lục VI record.

        >>> parse("30/2020/NĐ-CP").notation, parse("34-CT/TW").notation
        ('2020/NĐ-CP', 'CT/TW')
        """
        return _symbol(self)

    def __str__(self) -> str:
        return format(self)


def _symbol(n: DocumentNumber) -> str:
    if n.family is Family.PARTY:
        text = f"{n.type_code}/{n.issuer}" if n.type_code else n.issuer
        return f"{text}/{n.qualifier}" if n.qualifier else text
    symbol = f"{n.type_code}-{n.issuer}" if n.type_code else n.issuer
    return f"{n.year}/{symbol}" if n.year is not None else symbol


def format(number: DocumentNumber) -> str:
    """Write ``number`` in canonical form: leading zero below 10, no spaces.

    >>> format(parse("Số: 5 - CT/TW"))
    '05-CT/TW'
    """
    digits = ""
    if number.number is not None:
        digits = f"{number.number:02d}"
        if number.subnumber is not None:
            digits += f".{number.subnumber}"
    if number.separator:
        return f"{digits}{number.separator}{number.issuer}"
    separator = "-" if number.family is Family.PARTY else "/"
    return f"{digits}{separator}{_symbol(number)}"


def _clean(text: str) -> tuple[str, list[ValidationError]]:
    """Return the compact form of ``text`` and the strict-mode problems met on the way."""
    problems: list[ValidationError] = []
    original = text
    text = unicodedata.normalize("NFC", text)
    if text != original:
        problems.append(NotCanonical("The number is not in Unicode NFC.", rule="number.unicode",
                                     value=original, position=0))
    stripped = text.strip()
    if stripped != text:
        problems.append(NotCanonical("The number has surrounding white space.",
                                     rule="number.spacing", value=original,
                                     position=0 if text[:1].isspace() else len(stripped)))
    text = stripped
    prefix = _PREFIX.match(text)
    if prefix and prefix.end() < len(text) and not text[prefix.end()].isalpha():
        problems.append(NotCanonical("The number carries its label (\"Số:\").",
                                     rule="number.prefix", value=original, position=0))
        text = text[prefix.end():]
    eths = [i for i in (text.find("\u00d0"), text.find("\u00f0")) if i >= 0]
    if eths:
        problems.append(NotCanonical("'Ð' (U+00D0) is written for 'Đ' (U+0110).",
                                     rule="number.character", value=original,
                                     position=min(eths)))
        text = text.translate(_LETTERS)
    dashed = text.translate(_DASHES)
    if dashed != text:
        index = next(i for i, (a, b) in enumerate(zip(text, dashed, strict=True)) if a != b)
        problems.append(NotCanonical("A dash other than '-' separates the parts.",
                                     rule="number.dash", value=original, position=index))
    text = _PLACEHOLDER.sub("", dashed)
    # (no white space at all: no match of _SPACES holds more than its separator)
    spaced = next((m for m in _SPACES.finditer(text) if m.group(0) != m.group(1)),
                  None) if _WHITE_SPACE.search(text) else None
    if spaced is not None:
        problems.append(NotCanonical("White space around a separator.", rule="number.spacing",
                                     value=original, position=_offset(original, spaced.start())))
        text = _SPACES.sub(r"\1", text)  # (else each match is its separator: nothing changes)
    if "QH" in text:
        term = _TERM_SPACE.search(text)
        if term is not None:
            problems.append(NotCanonical("White space inside the legislature's term (QH 11).",
                                         rule="number.spacing", value=original,
                                         position=_offset(original, term.start())))
            text = _TERM_SPACE.sub("", text)
    bare = text.rstrip(" \t\n.;,:…")
    if bare and bare != text:
        problems.append(NotCanonical("Punctuation after the number.", rule="number.punctuation",
                                     value=original, position=len(original.rstrip()) - 1))
        text = bare
    return text, problems


def _offset(original: str, index: int) -> int:
    """Best-effort position in ``original`` for an index into its cleaned form."""
    return min(index + (len(original) - len(original.lstrip())), len(original))


def compact(text: str) -> str:
    """Remove the label, spaces around separators, and unify dashes and ``Đ``.

    >>> compact(" Số: 3331 /SNV – TCBC ")
    '3331/SNV-TCBC'
    """
    return _clean(text)[0]


_STATE_SEPARATOR: Final = _regex.compile(r"[-/]")


def _split_state(symbol: str, year: int | None) -> tuple[str | None, str, Family]:
    parts = _STATE_SEPARATOR.split(symbol, maxsplit=1)
    head = parts[0]
    if len(parts) == 2:
        if year is not None and head in doctypes.type_codes(Family.NORMATIVE):
            return head, parts[1], Family.NORMATIVE
        if head in _NORMATIVE_WITHOUT_YEAR:
            return head, parts[1], Family.NORMATIVE
        known = doctypes.type_codes(Family.ADMINISTRATIVE) | doctypes.type_codes(Family.NORMATIVE)
        if head in known:
            family = Family.NORMATIVE if year is not None else Family.ADMINISTRATIVE
            return head, parts[1], family
    family = Family.NORMATIVE if year is not None else Family.ADMINISTRATIVE
    return None, symbol.replace("/", "-") if year is None else symbol, family


def parse(text: str) -> DocumentNumber:
    """Read a số/ký hiệu leniently: a leading ``Số:``, spaces around separators, ``Ð`` for
    ``Đ`` and en dashes are accepted (:func:`validate` rejects them).

    Raise :class:`~vanban.errors.InvalidFormat` (rule ``number.format``) when ``text`` is not a
    document number at all.

    >>> parse("Số: 3331 /SNV-TCBC").issuer
    'SNV-TCBC'
    >>> parse("66.3/2025/NQ-CP").subnumber
    3
    >>> parse("5053-CV/VPTW/nb").qualifier
    'nb'
    >>> parse("hello")
    Traceback (most recent call last):
    ...
    vanban.errors.InvalidFormat: Not a document number: ... [number.format] in 'hello' at position 0
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return _read(text, _clean(text)[0])


def _int(digits: str, text: str) -> int:
    """``digits`` as a number; a run longer than any document number is refused up front
    (``int`` would be slow on it, and refuses more than 4,300 digits)."""
    if len(digits) > _MAX_DIGITS:
        raise InvalidFormat(f"Not a document number: more than {_MAX_DIGITS} digits.",
                            rule="number.format", value=text, position=max(0, text.find(digits)))
    return int(digits)


def _read(text: str, compacted: str) -> DocumentNumber:
    """The number in ``compacted`` (the compact form of ``text``)."""
    party = _PARTY.fullmatch(compacted)
    if party:
        type_code = party["type"]
        issuer = party["sym"]
        return DocumentNumber(
            number=_int(party["num"], text) if party["num"] else None,
            subnumber=_int(party["sub"], text) if party["sub"] else None,
            type_code=type_code,
            issuer=issuer,
            family=Family.PARTY,
            qualifier=party["qual"],
        )
    state = _STATE.fullmatch(compacted)
    if state and (state["num"] or not state["sub"]):
        year = int(state["year"]) if state["year"] else None
        type_code, issuer, family = _split_state(state["sym"], year)
        return DocumentNumber(
            number=_int(state["num"], text) if state["num"] else None,
            subnumber=_int(state["sub"], text) if state["sub"] else None,
            year=year,
            type_code=type_code,
            issuer=issuer,
            family=family,
        )
    odd = _IRREGULAR.fullmatch(compacted)
    if odd and any(c.isalpha() for c in odd["rest"]):  # "10-01/26/PT-NC": no family's shape
        return DocumentNumber(number=_int(odd["num"], text), issuer=odd["rest"],
                              separator=odd["sep"])
    raise InvalidFormat(
        "Not a document number: expected <số>/<ký hiệu> or <số>-<loại>/<cơ quan>.",
        rule="number.format",
        value=text,
        position=_first_bad(text),
    )


def _first_bad(text: str) -> int:
    """The offset of the first character that cannot belong to a number."""
    for index, char in enumerate(text):
        if not (char.isalnum() or char in "/-.&() :\u2013\u2014"):
            return index
    slash = text.find("/")
    return 0 if slash < 0 else slash


def validate(text: str) -> DocumentNumber:
    """Check that ``text`` is a document number written exactly as the rules prescribe.

    Raises, in this order: :class:`~vanban.errors.InvalidFormat` (``number.format``) when it is
    not a number; :class:`~vanban.errors.NotCanonical` for what lenient parsing tolerates
    (``number.prefix``, ``number.spacing``, ``number.character``, ``number.dash``,
    ``number.unicode``); :class:`~vanban.errors.Incomplete` (``number.blank``) for a draft's
    blank number; :class:`~vanban.errors.InvalidComponent` for a zero number (``number.zero``),
    an implausible year (``number.year``) or a Party type code that is not in the table
    (``number.type``); :class:`~vanban.errors.MissingPadding` /
    :class:`~vanban.errors.ExcessPadding` (``number.padding``) for the leading zero.

    >>> validate("15/QĐ-BNV").type_code
    'QĐ'
    >>> validate("5/QĐ-BNV")
    Traceback (most recent call last):
    ...
    vanban.errors.MissingPadding: Numbers below 10 take a leading zero ... at position 0
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    compacted, problems = _clean(text)
    number = _read(text, compacted)
    if problems:
        raise problems[0]
    if number.separator:
        raise InvalidFormat("The symbol fits no family's shape (NĐ 30/2020 Phụ lục I, I.3).",
                            rule="number.format", value=text,
                            position=len(str(number.number or "")))
    digits = re.match(r"\d*", text)
    printed = digits.group(0) if digits else ""
    if number.number is None:
        raise Incomplete("The number is left blank (a draft).", rule="number.blank",
                         value=text, position=0)
    if number.number == 0:
        raise InvalidComponent("The number must be 01 or more.", rule="number.zero",
                               value=text, position=0)
    if number.year is not None and not 1945 <= number.year <= 2100:
        raise InvalidComponent("The year segment is not a plausible year.", rule="number.year",
                               value=text, position=text.find(str(number.year)))
    if number.family is Family.PARTY and number.type_code not in doctypes.type_codes(Family.PARTY):
        raise InvalidComponent(f"Unknown Party type code {number.type_code!r}.",
                               rule="number.type", value=text, position=text.find("-") + 1)
    if number.number < 10 and len(printed) < 2:
        raise MissingPadding(
            "Numbers below 10 take a leading zero (NĐ 30/2020 Phụ lục I, I.3.c).",
            rule="number.padding", value=text, position=0)
    if printed.startswith("0") and (number.number >= 10 or len(printed) > 2):
        raise ExcessPadding("Only numbers below 10 take a leading zero.",
                            rule="number.padding.excess", value=text, position=0)
    return number


def is_valid(text: object) -> bool:
    """Whether :func:`validate` accepts ``text``; never raises, whatever it is given.

    >>> is_valid("34-CT/TW"), is_valid("34-XX/TW"), is_valid(None)
    (True, False, False)
    """
    if not isinstance(text, str):
        return False
    try:
        validate(text)
    except ValidationError:
        return False
    return True
