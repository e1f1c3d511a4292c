"""Signing authority (thẩm quyền ký): the prefix before a body or position in a signature block.

NĐ 30/2020 Phụ lục I, II.7.b prescribes for state documents (administrative and normative):

* ``TM.`` — thay mặt, before the name of a collective body (``TM. ỦY BAN NHÂN DÂN``);
* ``KT.`` — ký thay, a deputy signing for the head (``KT. BỘ TRƯỞNG``);
* ``TL.`` — thừa lệnh, by order of the head (``TL. CHỦ TỊCH``);
* ``TUQ.`` — thừa ủy quyền, by written authorisation;
* ``Q.`` — quyền, an acting head (``Q. GIÁM ĐỐC``).

Party documents write ``T/M``, ``K/T``, ``T/L`` (slash, no dot). A signature block may chain
several lines: ``TM. ỦY BAN NHÂN DÂN`` / ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``. The prefixes, their
meaning, accepted spellings and real examples are in ``data/authorities.json``.

>>> a = parse_authority("KT.CHỦ TỊCH")
>>> a.kind, a.prefix, a.target, str(a)
(<AuthorityKind.DEPUTY: 'deputy'>, 'KT.', 'CHỦ TỊCH', 'KT. CHỦ TỊCH')
>>> str(parse_authority("k/t bộ trưởng"))
'K/T bộ trưởng'
>>> match_prefix("KTXH") is None, match_prefix("Q.1") is None
(True, True)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

import attrs

from vanban import _regex
from vanban._pickling import by_fields
from vanban._tables import _check_keys, _family, _fold, _read_rows, _text, _texts
from vanban.enums import AuthorityKind, Family
from vanban.errors import InvalidComponent, InvalidFormat, VanbanError

__all__ = [
    "Authority",
    "AuthorityRow",
    "canonical_prefix",
    "match_prefix",
    "parse_authority",
    "prefixes",
]


@attrs.frozen
class AuthorityRow:
    """A row of the prefix table: the canonical ``prefix`` and the spellings read as it.

    ``target_heads``, when not empty, lists the position words that must follow the prefix for
    it to count (``Q.`` is otherwise an ordinary abbreviation, e.g. of Quận).
    """

    prefix: str
    kind: AuthorityKind
    family: Family
    meaning: str
    source: str
    variants: tuple[str, ...]
    examples: tuple[str, ...] = ()
    target_heads: tuple[str, ...] = ()
    note: str = ""


def _state_or_party(family: Family) -> Family:
    """Normative documents are state documents: they sign like administrative ones."""
    family = Family(family)
    return Family.ADMINISTRATIVE if family is Family.NORMATIVE else family


def _clean_target(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110").split())


@by_fields
@attrs.frozen
class Authority:
    """One authority line: ``prefix`` (canonical, ``KT.`` or ``K/T``) and its ``target``.

    ``family`` is administrative for every state document (normative ones included) or party.
    The target is kept as written, NFC, with runs of spaces collapsed.

    >>> a = Authority.of(AuthorityKind.ON_BEHALF, " BAN  THƯỜNG VỤ", Family.PARTY)
    >>> a.prefix, a.target, str(a)
    ('T/M', 'BAN THƯỜNG VỤ', 'T/M BAN THƯỜNG VỤ')
    >>> Authority(AuthorityKind.DEPUTY, "KT.", "CHỦ TỊCH", Family.PARTY)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vanban.errors.InvalidComponent: 'KT.' is not the prefix of deputy in party documents ...
    """

    kind: AuthorityKind = attrs.field(converter=AuthorityKind)
    prefix: str
    target: str = attrs.field(converter=_clean_target)
    family: Family = attrs.field(converter=_state_or_party)

    def __attrs_post_init__(self) -> None:
        expected = canonical_prefix(self.kind, self.family)
        if self.prefix != expected:
            raise InvalidComponent(
                f"{self.prefix!r} is not the prefix of {self.kind} in {self.family} documents"
                f" (expected {expected!r}).",
                rule="authority.prefix", value=self.prefix, position=None,
            )

    @classmethod
    def of(
        cls, kind: AuthorityKind, target: str, family: Family = Family.ADMINISTRATIVE
    ) -> Authority:
        """Build an authority line with the canonical prefix of ``kind`` in ``family``."""
        return cls(kind, canonical_prefix(kind, family), target, family)

    def __str__(self) -> str:
        return f"{self.prefix} {self.target}" if self.target else self.prefix


def prefixes() -> tuple[AuthorityRow, ...]:
    """The rows of the prefix table, state prefixes first.

    >>> [row.prefix for row in prefixes()]
    ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'T/M', 'K/T', 'T/L']
    """
    return _table()


def canonical_prefix(kind: AuthorityKind, family: Family = Family.ADMINISTRATIVE) -> str:
    """The prefix NĐ 30 (state) or the Party rules write for ``kind``.

    Raise :class:`~vanban.errors.InvalidComponent` (a :class:`ValueError`) for a kind the family
    does not use (Party documents have no ``TUQ.`` or ``Q.``).

    >>> canonical_prefix(AuthorityKind.BY_ORDER), canonical_prefix("by_order", Family.PARTY)
    ('TL.', 'T/L')
    """
    family = _state_or_party(family)
    for row in _table():
        if row.kind == kind and row.family is family:
            return row.prefix
    raise InvalidComponent(
        f"{family} documents have no prefix for {kind}.", rule="authority.kind", value=str(kind)
    )


def match_prefix(line: str) -> tuple[AuthorityKind, Family, int] | None:
    """Find an authority prefix at the start of ``line``; never raises.

    Return the kind, the family (administrative for state documents, party) and the offset in
    ``line`` where the target begins (after the prefix and the spaces that follow it), or
    ``None``. Spellings with ``.`` or ``/`` match in any case (``k/t``, ``Kt.``); bare letters only
    in capitals and when a space follows, so ordinary words (``KTXH``, ``TMĐT``, ``Tl``) do not.
    ``Q.`` counts only before a head's position (``Q. GIÁM ĐỐC``, not ``Q.1``, ``Q. Ba Đình``).

    >>> match_prefix("TM. ỦY BAN NHÂN DÂN")
    (<AuthorityKind.ON_BEHALF: 'on_behalf'>, <Family.ADMINISTRATIVE: 'administrative'>, 4)
    >>> match_prefix("T/L CHÁNH VĂN PHÒNG")[:2]
    (<AuthorityKind.BY_ORDER: 'by_order'>, <Family.PARTY: 'party'>)
    >>> match_prefix("TMĐT") is None, match_prefix("Q. Ba Đình") is None
    (True, True)
    """
    if not isinstance(line, str):
        return None
    openers = _openers()
    if openers is not None and line.lstrip()[:1] not in openers:
        return None  # a cheap test first: no spelling's regex can match
    candidates = []
    for regex, row in _matchers():
        found = regex.match(line)
        if found:
            candidates.append((found.end(), row))
    candidates.sort(key=lambda c: c[0], reverse=True)
    for end, row in candidates:
        start = end
        while start < len(line) and line[start].isspace():
            start += 1
        if start == len(line) or not line[start].isalpha():
            continue
        if start == end and line[end - 1].isalnum():
            continue  # "KTXH", "TMĐT", "T/MX": the letters run on into a word
        if row.target_heads and not _has_head(line[start:], row.target_heads):
            continue
        return row.kind, row.family, start
    return None


def parse_authority(line: str) -> Authority:
    """Read an authority line leniently (``KT.CHỦ TỊCH``, ``KT CHỦ TỊCH``, ``k/t chủ tịch``).

    Raise :class:`~vanban.errors.InvalidFormat` (rule ``authority.prefix``) when the line does
    not begin with a prefix.

    >>> parse_authority("TM. UỶ BAN NHÂN DÂN").target
    'UỶ BAN NHÂN DÂN'
    >>> parse_authority("Q. GIÁM ĐỐC").kind
    <AuthorityKind.ACTING: 'acting'>
    >>> try:
    ...     parse_authority("PHÓ CHỦ TỊCH")
    ... except InvalidFormat as exc:
    ...     print(exc.rule, exc.value, exc.position)
    authority.prefix PHÓ CHỦ TỊCH 0
    """
    if not isinstance(line, str):
        raise TypeError(f"expected str, got {type(line).__name__}")
    found = match_prefix(line)
    if found is None:
        raise InvalidFormat(
            "No signing-authority prefix.",
            rule="authority.prefix", value=line, position=0,
        )
    kind, family, end = found
    return Authority(kind, canonical_prefix(kind, family), line[end:], family)


# -- matching and loading ------------------------------------------------------------------


def _has_head(target: str, heads: tuple[str, ...]) -> bool:
    words = [_fold(word) for word in re.findall(r"\w+", unicodedata.normalize("NFC", target[:60]))]
    for head in heads:
        wanted = _fold(head).split()
        if words[: len(wanted)] == wanted:
            return True
    return False


def _variant_regex(variant: str) -> str:
    """A variant as a regex: letters in any case unless the variant is bare letters; a space
    stands for optional spaces. No nested quantifiers, so matching stays linear."""
    bare = variant.isalpha()
    parts = [r"\s*"]
    for ch in variant:
        if ch == " ":
            parts.append(r"[ \t]*")
        elif ch.isalpha() and not bare:
            parts.append(f"[{ch.upper()}{ch.lower()}]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


@functools.cache
def _matchers() -> tuple[tuple[re.Pattern[str], AuthorityRow], ...]:
    return tuple(
        (_regex.compile(_variant_regex(variant)), row)
        for row in _table()
        for variant in row.variants
    )


@functools.cache
def _openers() -> frozenset[str] | None:
    """The characters a spelling's regex (:func:`_variant_regex`) can match after the white
    space it skips (``\\s*`` skips what ``str.lstrip`` strips): a line that opens with none of
    them has no prefix, and the thirty regexes need not be tried. ``None`` if a spelling could
    match with no character at all."""
    out: set[str] = set()
    for row in _table():
        for variant in row.variants:
            first = variant.lstrip(" ")[:1]
            if not first:
                return None
            if first.isalpha() and not variant.isalpha():
                out.update(first.upper() + first.lower())
            else:
                out.add(first)
    return frozenset(out)


def _kind(value: Any, where: str) -> AuthorityKind:
    try:
        return AuthorityKind(value)
    except ValueError:
        raise VanbanError(f"{where}: unknown kind {value!r}") from None


@functools.cache
def _table() -> tuple[AuthorityRow, ...]:
    required = {"prefix", "kind", "family", "meaning", "source", "variants", "examples"}
    out: list[AuthorityRow] = []
    seen: set[tuple[AuthorityKind, Family]] = set()
    for where, row in _read_rows("authorities.json"):
        _check_keys(row, where, required, {"target_heads", "note"})
        entry = AuthorityRow(
            prefix=_text(row, "prefix", where),
            kind=_kind(row["kind"], where),
            family=_family(row["family"], where),
            meaning=_text(row, "meaning", where),
            source=_text(row, "source", where),
            variants=_texts(row, "variants", where),
            examples=_texts(row, "examples", where),
            target_heads=_texts(row, "target_heads", where),
            note=_text(row, "note", where) if row.get("note") else "",
        )
        if entry.family is Family.NORMATIVE:
            raise VanbanError(f"{where}: use 'administrative' for state documents")
        if (entry.kind, entry.family) in seen or entry.prefix not in entry.variants:
            raise VanbanError(f"{where}: duplicate kind, or prefix missing from variants")
        seen.add((entry.kind, entry.family))
        out.append(entry)
    return tuple(out)
