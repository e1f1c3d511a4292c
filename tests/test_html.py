"""The HTML view of a document (notebooks): vanban._html.document_html."""

from __future__ import annotations

import html.parser

import vanban
from vanban import Agency, Citation, Document, Provision, Recipient, Signature, TextBlock
from vanban._html import document_html
from vanban.enums import ProvisionKind

EVIL = '<script>alert("x")</script>'


class _Tags(html.parser.HTMLParser):
    """The tags of a fragment, and whether every tag that opens closes."""

    VOID = frozenset({"br", "hr", "img", "meta", "link", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.open: list[str] = []
        self.balanced = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.balanced = False


def tags(fragment: str) -> _Tags:
    parser = _Tags()
    parser.feed(fragment)
    parser.close()
    return parser


def test_header_signature_and_folded_body() -> None:
    text = vanban.example_text("cong-van-VHTT-draft")
    page = document_html(vanban.parse(text))
    parsed = tags(page)
    assert parsed.balanced and not parsed.open
    assert "script" not in parsed.tags
    assert "<th>Số/ký hiệu</th><td>/VHTT</td>" in page
    assert "<th>Date</th><td>TP. Bắc Kạn, 2024-09</td>" in page
    assert "<th>Signed</th><td>TRƯỞNG PHÒNG / Vũ Thị Kim Quỳnh</td>" in page
    assert "<details><summary>Body (3 provisions)</summary>" in page
    assert "<details><summary>Tasks (3)</summary>" in page
    assert "<mark>Quyết định số 927/QĐ-TTg ngày 30/8/2024</mark>" in page


def test_citations_marked_in_the_original_text() -> None:
    text = vanban.example_text()
    doc = vanban.parse(text)
    page = document_html(doc, text=text)
    assert page.count("<mark ") == len([c for c in doc.citations if c.span is not None])
    assert '<mark title="4705/HD-BQP 2024-10-31">Văn bản số 4705/HD-BQP ngày 31/10/2024</mark>' \
        in page
    assert tags(page).balanced


def test_everything_is_escaped() -> None:
    doc = Document(
        type_name=EVIL, subject=EVIL, place=EVIL, issuer=Agency(EVIL, parent=Agency(EVIL)),
        addressees=[Recipient(EVIL)], recipients=[Recipient(EVIL)],
        preamble=[TextBlock(f"Căn cứ {EVIL} & <b>bold</b>")],
        body=[Provision(ProvisionKind.ARTICLE, EVIL, title=EVIL, text=f"{EVIL} Luật <x>",
                        children=[Provision(ProvisionKind.ITEM, "1", text=EVIL)])],
        signatures=[Signature(position=EVIL, name=EVIL)],
        citations=[Citation(type_name=EVIL, title=EVIL, issuer=EVIL, text="Luật <x>")],
    )
    for page in (document_html(doc), document_html(doc, text=f"{EVIL}\n{EVIL}")):
        parsed = tags(page)
        assert "script" not in parsed.tags and "x" not in parsed.tags and "b" in parsed.tags
        assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" \
            in page
        assert parsed.balanced
    assert "<mark>Luật &lt;x&gt;</mark>" in document_html(doc)


def test_empty_document() -> None:
    page = document_html(Document())
    assert "<b>Văn bản</b>" in page and "<details" not in page and tags(page).balanced


def test_long_bodies_are_cut() -> None:
    body = [Provision(ProvisionKind.ARTICLE, f"Điều {k}", text="x" * 1000) for k in range(400)]
    page = document_html(Document(body=body))
    assert len(page) < 300_000 and "<p>…</p>" in page


def test_repr_html() -> None:
    doc = vanban.parse(vanban.example_text())
    assert doc._repr_html_() == document_html(doc)
