"""A document as HTML, for notebooks (``Document._repr_html_``).

:func:`document_html` shows the header (number, date, issuer, type, subject), the signature,
the citations and the findings, with the body folded in a ``<details>`` element. Citations are
highlighted with ``<mark>``: in the text a document was parsed from when it is given (``text``;
the citations' spans point into it), otherwise where a citation's printed text occurs in the
text of a provision. Everything that comes from the document is escaped.

>>> from vanban import Document, parse, example_text
>>> html = document_html(parse(example_text()))
>>> "<td>706/UBND-VP7</td>" in html, html.count("<details"), html.count("<mark>")
(True, 2, 3)
>>> "&lt;script&gt;" in document_html(Document(subject="<script>alert(1)</script>"))
True
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable

from vanban.model import Agency, Citation, Document, Provision

__all__ = ["document_html"]

_STYLE = (
    "<style>.vanban-doc{font-family:system-ui,sans-serif;line-height:1.4;max-width:60em}"
    ".vanban-doc table{border-collapse:collapse}"
    ".vanban-doc th{text-align:left;padding:0 1em 0 0;vertical-align:top;color:#555;"
    "font-weight:normal}"
    ".vanban-doc td{vertical-align:top}"
    ".vanban-doc mark{background:#fff3b0;padding:0 .1em}"
    ".vanban-doc .vb-label{font-weight:bold}"
    ".vanban-doc .vb-children{margin-left:1.5em}"
    ".vanban-doc pre{white-space:pre-wrap}</style>"
)
_MAX_BODY_CHARS = 200_000  # a notebook cell is no place for a whole code of law


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def document_html(doc: Document, text: str | None = None) -> str:
    """``doc`` as an HTML fragment; ``text``, the text it was parsed from, if you have it."""
    out = [_STYLE, '<div class="vanban-doc">']
    title = " ".join(x for x in (doc.type_name, str(doc.number) if doc.number else None) if x)
    out.append(f"<p><b>{_e(title or 'Văn bản')}</b></p>")
    out.append("<table>")
    for key, value in _header(doc):
        out.append(f"<tr><th>{_e(key)}</th><td>{_e(value)}</td></tr>")
    out.append("</table>")
    citations = [c for c in doc.citations if not c.is_self]
    if text is not None:
        out.append(_details("Text", "<pre>" + _marked_text(text, doc.citations) + "</pre>"))
    elif doc.body or doc.preamble:
        body = "".join(f"<p>{_marked(b.text, citations)}</p>" for b in doc.preamble)
        body += _provisions(doc.body, citations)
        count = sum(len(p.walk()) for p in doc.body)
        out.append(_details(f"Body ({count} provisions)" if count else "Body", body))
    if citations:
        rows = "".join(
            f"<tr><td>{_e(c.type_name or '')}</td><td>{_e(c.number or '')}</td>"
            f"<td>{_e(c.date.isoformat() if c.date else '')}</td><td>{_e(c.issuer or '')}</td>"
            f"<td>{_e(c.title or '')}</td><td>{_e(c.relation.value)}</td></tr>"
            for c in citations)
        table = ("<table><tr><th>type</th><th>number</th><th>date</th><th>issuer</th>"
                 f"<th>title</th><th>relation</th></tr>{rows}</table>")
        out.append(_details(f"Citations ({len(citations)})", table))
    tasks = getattr(doc, "tasks", ())
    if tasks:
        rows = "".join(
            f"<tr><td>{_e(t.label)}</td><td>{_e('; '.join(t.lead))}</td>"
            f"<td>{_e(t.action or '')}</td>"
            f"<td>{_e(t.deadline.text if t.deadline is not None else '')}</td></tr>"
            for t in tasks)
        table = ("<table><tr><th>task</th><th>lead</th><th>action</th><th>deadline</th></tr>"
                 f"{rows}</table>")
        out.append(_details(f"Tasks ({len(tasks)})", table))
    if doc.findings:
        items = "".join(f"<li><code>{_e(f.code)}</code> {_e(f.message)}</li>"
                        for f in doc.findings)
        out.append(_details(f"Findings ({len(doc.findings)})", f"<ul>{items}</ul>"))
    out.append("</div>")
    return "".join(out)


def _header(doc: Document) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if doc.number is not None:
        rows.append(("Số/ký hiệu", str(doc.number)))
    if doc.date is not None or doc.place:
        when = doc.date.isoformat() if doc.date is not None else ""
        rows.append(("Date", ", ".join(x for x in (doc.place, when) if x)))
    issuer = doc.issuer
    if issuer is not None:
        names = []
        agency: Agency | None = issuer
        while agency is not None:
            names.append(agency.name)
            agency = agency.parent
        rows.append(("Issuer", " / ".join(reversed(names))))
    if doc.type_name:
        rows.append(("Type", doc.type_name))
    if doc.subject:
        rows.append(("Subject", doc.subject))
    if doc.addressees:
        rows.append(("Kính gửi", "; ".join(r.name for r in doc.addressees)))
    for signature in doc.signatures:
        rows.append(("Signed", " / ".join(x for x in (signature.competence, signature.position,
                                                       signature.name) if x)))
    if doc.recipients:
        rows.append(("Nơi nhận", "; ".join(r.name for r in doc.recipients)))
    return rows


def _details(summary: str, content: str) -> str:
    return f"<details><summary>{_e(summary)}</summary>{content}</details>"


def _provisions(provisions: Iterable[Provision], citations: list[Citation],
                budget: list[int] | None = None) -> str:
    budget = budget if budget is not None else [_MAX_BODY_CHARS]
    out: list[str] = []
    for p in provisions:
        if budget[0] <= 0:
            out.append("<p>…</p>")
            break
        budget[0] -= len(p.title) + len(p.text)
        head = f'<span class="vb-label">{_e(p.label)}</span>'
        if p.title:
            head += f" <b>{_marked(p.title, citations)}</b>"
        text = f" {_marked(p.text, citations)}" if p.text else ""
        children = _provisions(p.children, citations, budget) if p.children else ""
        if children:
            children = f'<div class="vb-children">{children}</div>'
        out.append(f"<div><p>{head}{text}</p>{children}</div>")
    return "".join(out)


def _pattern(citations: list[Citation]) -> re.Pattern[str] | None:
    return _compiled(frozenset(" ".join(c.text.split()) for c in citations if c.text.strip()))


@functools.lru_cache(maxsize=16)
def _compiled(texts: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for a document's citations, built once, not once per paragraph."""
    words = sorted(texts, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(r"\s+".join(re.escape(w) for w in t.split(" ")) for t in words))


def _marked(text: str, citations: list[Citation]) -> str:
    """``text`` escaped, with each citation's printed text in ``<mark>``."""
    pattern = _pattern(citations)
    if pattern is None:
        return _e(text)
    out: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(_e(text[last : m.start()]))
        out.append(f"<mark>{_e(m.group())}</mark>")
        last = m.end()
    out.append(_e(text[last:]))
    return "".join(out)


def _marked_text(text: str, citations: Iterable[Citation]) -> str:
    """The whole text escaped, with the citations' spans in ``<mark>``."""
    spans = sorted(((c.span.start, c.span.end, c) for c in citations
                    if c.span is not None and c.span.end <= len(text)), key=lambda s: s[:2])
    out: list[str] = []
    last = 0
    for start, end, c in spans:
        if start < last:
            continue
        label = " ".join(x for x in (c.type_name, str(c.number) if c.number else None,
                                     c.date.isoformat() if c.date else None) if x)
        out.append(_e(text[last:start]))
        out.append(f'<mark title="{_e(label)}">{_e(text[start:end])}</mark>')
        last = end
    out.append(_e(text[last:]))
    return "".join(out)
