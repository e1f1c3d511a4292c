"""Mã định danh: the identifier of a body in electronic document exchange (QCVN 102:2016/BTTTT).

An identifier has 13 characters, ``DDD.DD.DD.LNN``: from left to right the codes of levels 4,
3 and 2 (digits; ``000``/``00`` when the level is not used) and the level-1 code, a letter for
the group of bodies followed by two digits. Quảng Ninh's QĐ 3739/QĐ-UBND (2016), applying the
standard: "000.00.00.H49 là mã của UBND tỉnh"; the standard's Phụ lục D: "000.00.00.G12 là mã
của Bộ Tài chính; 000.00.18.G12 là mã của Tổng cục Thuế". The same identifier is the
``OrganId`` of NĐ 30/2020 Phụ lục VI (String, 13) and of the edXML ``From``/``To`` blocks. No
check digit is known.

The functions follow python-stdnum: :func:`compact`, :func:`parse` (lenient), :func:`validate`
(strict), :func:`is_valid` (never raises), :func:`format`.

>>> org = parse("000.00.18.G12")
>>> org.level1, org.group, org.level2, str(org.parent)
('G12', 'G', '18', '000.00.00.G12')
>>> is_valid("000.00.00.H49"), is_valid("01.02.G22"), is_valid(" 000.00.00.h49 ")
(True, False, False)
>>> str(parse(" 000.00.00.h49 "))
'000.00.00.H49'
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from vanban.errors import InvalidFormat, NotCanonical, ValidationError

__all__ = ["GROUPS", "OrganId", "compact", "format", "is_valid", "parse", "validate"]

_STRICT: Final = re.compile(r"(\d{3})\.(\d{2})\.(\d{2})\.([A-Z])(\d{2})")
_LENIENT: Final = re.compile(r"(\d{3})\s*\.\s*(\d{2})\s*\.\s*(\d{2})\s*\.\s*([A-Za-z])\s*(\d{2})")

#: Level-1 letters whose group is known (interop fact sheet §4); others are accepted.
GROUPS: Final = {
    "A": "Cơ quan Đảng",
    "G": "Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    "H": "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
    "K": "Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương",
}


@attrs.frozen
class OrganId:
    """A parsed mã định danh: ``level4``–``level2`` are digit strings, ``level1`` is ``G12``.

    >>> OrganId("000", "00", "11", "H53").depth
    2
    """

    level4: str = attrs.field(validator=attrs.validators.matches_re(r"\d{3}"))
    level3: str = attrs.field(validator=attrs.validators.matches_re(r"\d{2}"))
    level2: str = attrs.field(validator=attrs.validators.matches_re(r"\d{2}"))
    level1: str = attrs.field(validator=attrs.validators.matches_re(r"[A-Z]\d{2}"))

    @property
    def group(self) -> str:
        """The letter of level 1: ``G`` ministries, ``H`` provinces, ``K`` provincial councils."""
        return self.level1[0]

    @property
    def group_name(self) -> str | None:
        """The group's name when the letter is known (:data:`GROUPS`)."""
        return GROUPS.get(self.group)

    @property
    def depth(self) -> int:
        """The lowest level used: 1 for ``000.00.00.G12``, 2 for ``000.00.18.G12`` … 4."""
        if self.level4 != "000":
            return 4
        if self.level3 != "00":
            return 3
        return 2 if self.level2 != "00" else 1

    @property
    def parent(self) -> OrganId | None:
        """The body one level up (the lowest used level set to zeros); ``None`` at level 1.

        >>> parse("001.02.18.G12").parent
        OrganId(level4='000', level3='02', level2='18', level1='G12')
        """
        depth = self.depth
        if depth == 1:
            return None
        if depth == 4:
            return attrs.evolve(self, level4="000")
        if depth == 3:
            return attrs.evolve(self, level3="00")
        return attrs.evolve(self, level2="00")

    def __str__(self) -> str:
        return format(self)


def format(org: OrganId) -> str:
    """The canonical 13-character form."""
    return f"{org.level4}.{org.level3}.{org.level2}.{org.level1}"


def compact(text: str) -> str:
    """Strip white space (around and inside) and upper-case the letter.

    >>> compact(" 000. 00.00.g22 ")
    '000.00.00.G22'
    """
    return "".join(text.split()).upper()


def parse(text: str) -> OrganId:
    """Read an identifier leniently (spaces, a lower-case letter); raise
    :class:`~vanban.errors.InvalidFormat` (rule ``orgid.format``) when it is not one.

    >>> parse("777.77.04.D77").group_name is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    m = _LENIENT.fullmatch(text.strip())
    if m is None:
        raise InvalidFormat("Not a mã định danh: expected DDD.DD.DD.LNN (QCVN 102:2016).",
                            rule="orgid.format", value=text, position=0)
    return OrganId(m[1], m[2], m[3], m[4].upper() + m[5])


def validate(text: str) -> OrganId:
    """Check that ``text`` is an identifier written exactly ``DDD.DD.DD.LNN``.

    >>> validate("000.00.00.G22").level1
    'G22'
    >>> validate("000.00.00.g22")
    Traceback (most recent call last):
    ...
    vanban.errors.NotCanonical: Write the identifier as '000.00.00.G22'. [orgid.form] ... 10
    """
    org = parse(text)
    if not _STRICT.fullmatch(text):
        canonical = format(org)
        pos = next((i for i, (a, b) in enumerate(zip(text, canonical, strict=False)) if a != b),
                   min(len(text), len(canonical)))
        raise NotCanonical(f"Write the identifier as {canonical!r}.", rule="orgid.form",
                           value=text, position=pos)
    return org


def is_valid(text: object) -> bool:
    """Whether :func:`validate` accepts ``text``; never raises."""
    if not isinstance(text, str):
        return False
    try:
        validate(text)
    except ValidationError:
        return False
    return True
