"""Identifiers for documents: FRBR work-expression URIs in the Akoma Ntoso naming convention.

No official Akoma Ntoso mapping exists for Vietnam; this one follows the AKN naming convention
(``/akn/{country}/{doctype}/{subtype}/{actor}/{date}/{number}/{language}``) with three rules:

* ``doctype`` is ``act`` for văn bản quy phạm pháp luật and ``doc`` for the others
  (administrative and Party documents);
* the ``subtype`` is always present: the type name (tên loại, NĐ 30/2020 Điều 7) folded to ASCII
  (``nghi-dinh``, ``cong-van``), so that an actor is never mistaken for a subtype;
* the last segment is the whole số/ký hiệu (NĐ 30/2020 Phụ lục I, I.3), folded to ASCII and
  lower case with ``/`` written ``-`` (``30-2020-nd-cp``): sequence numbers restart every year
  and for every body, so the digits alone would not identify the work.

The ``actor`` is the issuer as the number writes it, up to its first hyphen (``cp``, ``ttg``,
``bnv`` for ``05/BNV-VP``); the date is the date of issue, ISO, as far as it is known
(``2024-09`` for a draft whose day is blank); the language is ``vie``. A draft's blank number
is written ``nn`` (``nn-vhtt``).

>>> from vanban import Document, dates, numbers
>>> doc = Document(type_name="Nghị định", number=numbers.parse("30/2020/NĐ-CP"),
...                date=dates.parse("ngày 05 tháng 3 năm 2020"))
>>> frbr_uri(doc)
'/akn/vn/act/nghi-dinh/cp/2020-03-05/30-2020-nd-cp/vie'
>>> frbr_uri(Document(type_name="Chỉ thị", number=numbers.parse("34-CT/TW"),
...                   date=dates.parse("24/5/2024")))
'/akn/vn/doc/chi-thi/tw/2024-05-24/34-ct-tw/vie'
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from vanban import doctypes, numbers
from vanban.enums import Family
from vanban.errors import VanbanError
from vanban.model import Document

__all__ = ["IdentifierError", "frbr_uri", "slug"]

_NOT_SLUG: Final = re.compile(r"[^a-z0-9.]+")


class IdentifierError(VanbanError, ValueError):
    """The document lacks what an identifier needs (a date of issue, or a year)."""


def slug(text: str) -> str:
    """Fold ``text`` to lower-case ASCII words joined by ``-`` (``đ`` becomes ``d``).

    >>> slug("Thông tư liên tịch"), slug("SNV-CCHC&VTLT"), slug("66.3/2025/NQ-CP")
    ('thong-tu-lien-tich', 'snv-cchc-vtlt', '66.3-2025-nq-cp')
    """
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _NOT_SLUG.sub("-", text).strip("-.")


def _subtype(doc: Document) -> str:
    if doc.type_name:
        return slug(doc.type_name)
    number = doc.number
    if number is not None and number.type_code:
        row = doctypes.by_code(number.type_code, number.family)
        if row is not None:
            return slug(row.name)
    if number is not None and number.type_code is None:  # as vanban.parse names them
        return {Family.ADMINISTRATIVE: "cong-van", Family.NORMATIVE: "luat"}.get(
            number.family, "van-ban")
    return "van-ban"


def frbr_uri(doc: Document) -> str:
    """The FRBR expression URI of ``doc`` (see the module documentation).

    Raise :class:`IdentifierError` when neither a date of issue nor a year in the number is
    known.

    >>> from vanban import Document, dates, numbers
    >>> frbr_uri(Document(type_name="Công văn", number=numbers.parse("Số: /VHTT"),
    ...                   date=dates.parse("ngày   tháng 9 năm 2024")))
    '/akn/vn/doc/cong-van/vhtt/2024-09/nn-vhtt/vie'
    """
    number = doc.number
    if doc.date is not None and doc.date.year is not None:
        date = doc.date.isoformat()
    elif number is not None and number.year is not None:
        date = f"{number.year:04d}"
    else:
        raise IdentifierError("An FRBR URI needs the date of issue (or the year of the number).")
    family = doc.family or (number.family if number is not None else None)
    parts = ["", "akn", "vn", "act" if family is Family.NORMATIVE else "doc", _subtype(doc)]
    if number is not None:
        actor = slug(re.split(r"[-/]", number.issuer, maxsplit=1)[0])
        if actor:
            parts.append(actor)
    parts.append(date)
    if number is None:
        parts.append("nn")
    else:
        text = slug(numbers.format(number))
        parts.append(text if not number.is_blank else f"nn-{text}")
    parts.append("vie")
    return "/".join(parts)
