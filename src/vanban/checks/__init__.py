"""A linter for Vietnamese official documents: the rule catalogue and :func:`check`.

Each rule (:class:`Rule`) has a code (``VB101``), a name, the legal source it enforces
(NĐ 30/2020 for administrative documents, the law on normative documents, the Party's Hướng dẫn
36-HD/VPTW; see ``spec/conventions.md``), examples and a fix. :data:`rules` is the catalogue;
``docs/rules.md`` is generated from it by :func:`render_rules_markdown`.

Codes are grouped: VB1xx number, VB2xx place and date, VB3xx header, VB4xx addressees and Nơi
nhận, VB5xx signature, VB6xx body numbering, VB7xx citations.

>>> from vanban.checks import check, rules
>>> len(rules) >= 30
True
>>> text = '''BỘ NỘI VỤ
... CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
... Độc lập - Tự do - Hạnh phúc
... Số: 5/BNV-VP
... Hà Nội, ngày 5 tháng 3 năm 2024
... V/v nâng bậc lương
... Kính gửi: Sở Nội vụ.
... Bộ Nội vụ đề nghị Sở thực hiện./.
... Nơi nhận:
... - Như trên;
... - Lưu: VT, VP.
... KT. BỘ TRƯỞNG
... THỨ TRƯỞNG
... Nguyễn Văn A
... '''
>>> [(f.code, f.message) for f in check(text)]  # doctest: +NORMALIZE_WHITESPACE
[('VB104', 'The number 5 below 10 lacks its leading zero.'),
 ('VB203', 'The day 5 lacks its leading zero.')]
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from vanban.checks import (  # noqa: F401 - importing the modules registers their rules
    _rules_body,
    _rules_citation,
    _rules_date,
    _rules_header,
    _rules_number,
    _rules_recipients,
    _rules_signature,
)
from vanban.checks._core import Rule, enabled, registry, run
from vanban.checks._helpers import latest
from vanban.checks.context import Context, looks_like_draft
from vanban.checks.docs import render_rules_markdown
from vanban.model import Document, Finding
from vanban.parser import parse

__all__ = ["Rule", "check", "get_rule", "looks_like_draft", "render_rules_markdown", "rules"]

rules: tuple[Rule, ...] = registry()
"""The catalogue: every rule, by code."""


def get_rule(code: str) -> Rule:
    """The rule with ``code`` (``VB101``) or name (``number-missing``); ``KeyError`` if none.

    >>> get_rule("VB101").name, get_rule("number-blank").code
    ('number-missing', 'VB102')
    """
    for entry in rules:
        if code in (entry.code, entry.name):
            return entry
    raise KeyError(code)


def check(
    doc: Document | str,
    *,
    text: str | None = None,
    draft: bool = False,
    today: datetime.date | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    retroactive: bool = False,
) -> list[Finding]:
    """Check a document against the catalogue and return the findings, sorted by position.

    ``doc`` is a :class:`~vanban.model.Document` or the text of one (which is then parsed).
    ``text`` is the text a document was parsed from: rules that read the printed form (the
    padding of the number and date, the Quốc hiệu, ``./.``, the spelling of prefixes) need it
    and are skipped without it. ``draft`` accepts what a draft leaves blank: the number, the
    day or month, the date line, the signer's name (:func:`looks_like_draft` guesses it).
    ``today`` enables the rules on future dates (VB207, VB703); the clock is never read.
    ``select`` and ``ignore`` pick rules by code prefix (``VB1`` is every VB1xx rule), by name
    or ``ALL``; an unknown selector raises ``ValueError``. A rule whose source took effect
    after the document's date (NĐ 30/2020 on 05/3/2020, say) is not applied to it unless
    ``retroactive`` is set.

    Findings are sorted by the start of their span (findings without a span first), then by
    code. The parser's own findings (``parse.*``) stay in ``doc.findings`` and are not
    repeated.

    >>> from vanban import numbers
    >>> doc = Document(type_name="Công văn", number=numbers.parse("/BNV-VP"))
    >>> [f.code for f in check(doc, select=["VB1"])]
    ['VB102']
    >>> check(doc, select=["VB1"], draft=True)
    []
    """
    if isinstance(doc, str):
        text, doc = doc, parse(doc)
    ctx = Context(doc, text, draft=draft, today=today)
    findings: list[Finding] = []
    for entry in enabled(rules, select, ignore):
        if entry.needs_text and text is None:
            continue
        if not entry.applies_to(ctx.family):
            continue
        if not retroactive and entry.since is not None and _before(doc, entry.since):
            continue
        findings.extend(run(entry, ctx))
    findings.sort(key=lambda f: (f.span.start if f.span is not None else -1, f.code))
    return findings


def _before(doc: Document, since: datetime.date) -> bool:
    """Whether the document is certainly dated before ``since``."""
    last = latest(doc.date) if doc.date is not None else None
    return last is not None and last < since
