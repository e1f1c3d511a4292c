"""Small closed vocabularies shared by the model, the validators and the data tables.

Each enum's value is a stable lower-case English string, used in JSON output.

>>> Family("party")
<Family.PARTY: 'party'>
>>> Urgency.from_text("HỎA TỐC")
<Urgency.FLASH: 'flash'>
>>> Urgency.FLASH.label
'Hỏa tốc'
"""

from __future__ import annotations

import enum
from typing import Any, TypeVar

from vanban.normalize import fold as _key  # case, NFC and tone placement folded

_E = TypeVar("_E", bound=enum.Enum)

__all__ = [
    "AuthorityKind",
    "Confidentiality",
    "Family",
    "ProvisionKind",
    "Relation",
    "Severity",
    "Urgency",
]


class Family(enum.StrEnum):
    """The three families of Vietnamese official documents, which differ in number shape.

    * ``administrative`` — văn bản hành chính under NĐ 30/2020 (``15/QĐ-BNV``, ``05/BNV-VP``);
    * ``normative`` — văn bản quy phạm pháp luật, with a year segment (``30/2020/NĐ-CP``);
    * ``party`` — văn bản của Đảng (``34-CT/TW``).
    """

    ADMINISTRATIVE = "administrative"
    NORMATIVE = "normative"
    PARTY = "party"


class Urgency(enum.StrEnum):
    """Mức độ khẩn (NĐ 30/2020 Điều 4.2.c; Phụ lục I, III.2): Khẩn, Thượng khẩn, Hỏa tốc."""

    NONE = "none"
    URGENT = "urgent"
    VERY_URGENT = "very_urgent"
    FLASH = "flash"

    @property
    def label(self) -> str:
        """The mark as NĐ 30 names it (``""`` for none)."""
        return _URGENCY_LABELS[self]

    @classmethod
    def from_text(cls, text: str) -> Urgency:
        """Read a mark (any case, either tone placement); raise ``ValueError`` if unknown.

        >>> Urgency.from_text("Thượng khẩn")
        <Urgency.VERY_URGENT: 'very_urgent'>
        """
        key = _key(text)
        for member, label in _URGENCY_LABELS.items():
            if label and _key(label) == key:
                return member
        raise ValueError(f"unknown urgency mark: {text!r}")


_URGENCY_LABELS = {
    Urgency.NONE: "",
    Urgency.URGENT: "Khẩn",
    Urgency.VERY_URGENT: "Thượng khẩn",
    Urgency.FLASH: "Hỏa tốc",
}


class Confidentiality(enum.StrEnum):
    """Độ mật (NĐ 30/2020 Phụ lục I, III.2): Mật, Tối mật, Tuyệt mật."""

    NONE = "none"
    CONFIDENTIAL = "confidential"
    SECRET = "secret"
    TOP_SECRET = "top_secret"

    @property
    def label(self) -> str:
        """The stamp as NĐ 30 names it (``""`` for none)."""
        return _SECRECY_LABELS[self]

    @classmethod
    def from_text(cls, text: str) -> Confidentiality:
        """Read a stamp (any case); raise ``ValueError`` if unknown.

        >>> Confidentiality.from_text("TỐI MẬT")
        <Confidentiality.SECRET: 'secret'>
        """
        key = _key(text)
        for member, label in _SECRECY_LABELS.items():
            if label and _key(label) == key:
                return member
        raise ValueError(f"unknown confidentiality stamp: {text!r}")


_SECRECY_LABELS = {
    Confidentiality.NONE: "",
    Confidentiality.CONFIDENTIAL: "Mật",
    Confidentiality.SECRET: "Tối mật",
    Confidentiality.TOP_SECRET: "Tuyệt mật",
}


class AuthorityKind(enum.StrEnum):
    """Signing authority (thẩm quyền ký), NĐ 30/2020 Phụ lục I, II.7.b; Party HD 36.

    State documents write ``TM.``, ``KT.``, ``TL.``, ``TUQ.``, ``Q.``; Party documents
    ``T/M``, ``K/T``, ``T/L``. The kind is the same whichever family writes it.
    """

    ON_BEHALF = "on_behalf"  # TM. / T/M — thay mặt (a collective body)
    DEPUTY = "deputy"  # KT. / K/T — ký thay (a deputy for the head)
    BY_ORDER = "by_order"  # TL. / T/L — thừa lệnh
    AUTHORISED = "authorised"  # TUQ. — thừa ủy quyền
    ACTING = "acting"  # Q. — quyền (acting head)


class ProvisionKind(enum.StrEnum):
    """The units of a document's numbered body, largest first.

    Normative structure (Luật Ban hành VBQPPL 2025 Điều 7.2): phần, chương, mục, tiểu mục,
    điều, khoản, điểm. Administrative documents number their items ``I.``, ``1.``, ``a)``,
    ``-`` (NĐ 30/2020 Phụ lục I, II.6); those are ``section``, ``item``, ``point`` and
    ``bullet``.
    """

    PART = "part"  # Phần I
    CHAPTER = "chapter"  # Chương I
    SECTION = "section"  # Mục 1 (normative) or I. (reports, plans)
    SUBSECTION = "subsection"  # Tiểu mục 1
    ARTICLE = "article"  # Điều 1.
    CLAUSE = "clause"  # khoản: 1. inside an Điều
    POINT = "point"  # điểm: a)
    ITEM = "item"  # 1. in an administrative document (a directive's task)
    BULLET = "bullet"  # - or +
    APPENDIX = "appendix"  # Phụ lục I


class Severity(enum.StrEnum):
    """How much a finding matters, as a linter would say."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Relation(enum.StrEnum):
    """What a document says it does with a document it cites (viện dẫn).

    The phrases are those of NĐ 30/2020 Phụ lục I (căn cứ ban hành) and of amending documents
    (Luật Ban hành VBQPPL 2025 Điều 8.3, 69).
    """

    BASIS = "basis"  # Căn cứ ...
    IMPLEMENTS = "implements"  # Thực hiện ..., Triển khai ..., Thi hành ...
    ACCORDING_TO = "according_to"  # Theo ..., theo quy định tại ...
    PROPOSAL = "proposal"  # Xét đề nghị ... tại ..., Theo đề nghị ...
    AMENDS = "amends"  # sửa đổi, bổ sung ...
    REPEALS = "repeals"  # bãi bỏ ..., hết hiệu lực
    REPLACES = "replaces"  # thay thế ...
    ATTACHED_TO = "attached_to"  # kèm theo ...
    AMENDED_BY = "amended_by"  # được sửa đổi, bổ sung bởi ...
    REFERENCE = "reference"  # any other mention


def members(cls: type[_E]) -> dict[Any, _E]:
    """The table ``cls(value)`` looks a value (or a member) up in first: the model's
    converters look there before calling ``cls``, whose call costs two Python calls.

    >>> members(Severity)["info"] is Severity.INFO is members(Severity)[Severity.INFO]
    True
    """
    return cls._value2member_map_  # type: ignore[return-value]
