"""FRBR URIs (Akoma Ntoso naming) for Vietnamese documents."""

from __future__ import annotations

import re

import pytest

from _docstrategies import NAMES, parsed
from vanban import Document, DocumentDate, dates, numbers
from vanban.identifiers import IdentifierError, frbr_uri, slug

_URI = re.compile(r"/akn/vn/(act|doc)/[a-z0-9-]+(/[a-z0-9.-]+)?/\d{4}(-\d{2}(-\d{2})?)?"
                  r"/[a-z0-9.-]+/vie")


@pytest.mark.parametrize(("type_name", "number", "date", "uri"), [
    ("Nghị định", "30/2020/NĐ-CP", "05/3/2020",
     "/akn/vn/act/nghi-dinh/cp/2020-03-05/30-2020-nd-cp/vie"),
    ("Quyết định", "927/QĐ-TTg", "30/8/2024",
     "/akn/vn/doc/quyet-dinh/ttg/2024-08-30/927-qd-ttg/vie"),
    ("Chỉ thị", "34-CT/TW", "24/5/2024", "/akn/vn/doc/chi-thi/tw/2024-05-24/34-ct-tw/vie"),
    ("Luật", "62/2020/QH14", "17/6/2020", "/akn/vn/act/luat/qh14/2020-06-17/62-2020-qh14/vie"),
    ("Công văn", "05/BNV-VP", "5/3/2020", "/akn/vn/doc/cong-van/bnv/2020-03-05/05-bnv-vp/vie"),
    ("Nghị quyết", "66.3/2025/NQ-CP", "15/9/2025",
     "/akn/vn/act/nghi-quyet/cp/2025-09-15/66.3-2025-nq-cp/vie"),
    ("Công văn", "2775/SNV-CCHC&VTLT", "10/11/2025",
     "/akn/vn/doc/cong-van/snv/2025-11-10/2775-snv-cchc-vtlt/vie"),
])
def test_examples(type_name: str, number: str, date: str, uri: str) -> None:
    doc = Document(type_name=type_name, number=numbers.parse(number), date=dates.parse(date))
    assert frbr_uri(doc) == uri


def test_partial_and_missing_parts() -> None:
    draft = Document(type_name="Kế hoạch", number=numbers.parse("/KH-UBND"),
                     date=DocumentDate(2025, 10))
    assert frbr_uri(draft) == "/akn/vn/doc/ke-hoach/ubnd/2025-10/nn-kh-ubnd/vie"
    law = Document(number=numbers.parse("/2016/QH14"))
    assert frbr_uri(law) == "/akn/vn/act/luat/qh14/2016/nn-2016-qh14/vie"
    assert frbr_uri(Document(number=numbers.parse("15/QĐ-BNV"), date=DocumentDate(2020, 1, 5))
                    ) == "/akn/vn/doc/quyet-dinh/bnv/2020-01-05/15-qd-bnv/vie"
    assert frbr_uri(Document(date=DocumentDate(2020))) == "/akn/vn/doc/van-ban/2020/nn/vie"
    with pytest.raises(IdentifierError):
        frbr_uri(Document(type_name="Công văn"))
    with pytest.raises(ValueError, match="date of issue"):
        frbr_uri(Document(date=DocumentDate(None, 3, 5)))


def test_slug() -> None:
    assert slug("Thông tư liên tịch") == "thong-tu-lien-tich"
    assert slug("ĐẢNG ỦY") == "dang-uy"
    assert slug("TTr-CAT(PC04)") == "ttr-cat-pc04"


@pytest.mark.parametrize("name", NAMES)
def test_corpus_uris_are_well_formed(name: str) -> None:
    doc = parsed(name)
    if doc.date is None and (doc.number is None or doc.number.year is None):
        pytest.skip("no date of issue")
    assert _URI.fullmatch(frbr_uri(doc))
