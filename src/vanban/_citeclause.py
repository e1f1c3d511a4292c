"""Reading the clause around each citation: its relation, its trích yếu, its sentence's date.

The second pass of :mod:`vanban.citations`, once :class:`vanban._citeread.Reader` has found every
citation: :func:`relations` reads the text before each citation (at most :data:`CLAUSE_SPAN`
characters, each read once for all citations) for the phrase that says what the document does
with it (``Căn cứ``, ``sửa đổi, bổ sung``, ...), and the text after it for its title.
"""

from __future__ import annotations

import re
from typing import Final

from vanban import _citetok as tok
from vanban import _regex
from vanban._citeread import LOOK_AHEAD, Found, Reader, date_in
from vanban.enums import Relation

CLAUSE_SPAN: Final = 250  # how far before a citation its clause (and trigger) is looked for


def relations(reader: Reader) -> None:
    """Relations, titles (trích yếu) and sentence dates, once every citation is known.

    The clause before each citation is read once for all citations: the scan goes on from where
    the previous citation left it (at most :data:`CLAUSE_SPAN` back) and keeps the triggers
    (``Căn cứ``, ``sửa đổi, bổ sung``, ...) met since the last boundary (sentence end, item).
    """
    t, found = reader.t, reader.found
    pos = sentence = 0
    recent: list[tuple[int, int, str]] = []  # triggers since the last boundary
    post: re.Match[str] | None = None
    post_to = 0  # POST_TRIGGER was searched up to here (post: what it found)
    clause, kinds = tok.CLAUSE.finditer, tok.CLAUSE_KINDS
    for n, f in enumerate(found):
        anchor = f.pin_start
        if anchor - CLAUSE_SPAN > pos:
            pos = sentence = anchor - CLAUSE_SPAN
            recent = []
        # up to the citation; one character more, for the look-ahead of a boundary (". Công")
        end = anchor + 1 if anchor + 1 > pos else pos
        for m in clause(t, _last_stop(t, pos, anchor, end), end):
            kind = kinds[m.lastindex or 0]
            if kind == "boundary":
                if m.start() < anchor:
                    sentence, recent = m.end(), []
            elif m.end() <= anchor:
                recent.append((m.start(), m.end(), kind))
        del recent[:-32]
        pos = anchor if anchor > pos else pos
        relation = _pick(recent, anchor, found[n - 3 if n > 3 else 0 : n]) if recent else None
        if relation is not None:
            f.relation = relation
        elif not f.is_self:
            if (post is None or post.start() < f.core_end) and post_to < f.core_end + LOOK_AHEAD:
                begin = f.core_end if f.core_end > post_to else post_to
                post_to = f.core_end + LOOK_AHEAD
                post = tok.POST_TRIGGER.search(t, begin, post_to)
            after = tok.relation_of(post) if post is not None else "boundary"
            if post is not None and after != "boundary" and (
                    f.core_end <= post.start() <= f.core_end + LOOK_AHEAD):
                f.relation = _RELATIONS[after]
        if f.date is None and f.kind == "num":
            _sentence_date(reader, n, sentence)
        if f.kind == "num" and not f.is_self:
            _title(reader, n)


_RELATIONS: Final = {r.value: r for r in Relation}  # as Relation(value), without its cost
_STOPS: Final = ".!?:"


def _last_stop(t: str, pos: int, anchor: int, end: int) -> int:
    """Where the scan of ``t[pos:end]`` by :data:`CLAUSE <vanban._citetok.CLAUSE>` may begin as
    well as at ``pos``: at the last boundary at ".", "!", "?" or ":" before ``anchor`` (``pos``
    if none). No match of CLAUSE holds such a mark but at its start (triggers are letters,
    white space and commas; a boundary runs on over white space only), so the scan from ``pos``
    meets the boundary there too, and a boundary forgets the triggers and the sentence before
    it: what the scan leaves behind is the same."""
    at = anchor
    while at > pos:
        at = max(t.rfind(".", pos, at), t.rfind(":", pos, at), t.rfind("!", pos, at),
                 t.rfind("?", pos, at))
        if at <= pos:
            break
        m = tok.CLAUSE.match(t, at, end)
        if m is not None and tok.CLAUSE_KINDS[m.lastindex or 0] == "boundary":
            return at
    return pos


def _pick(recent: list[tuple[int, int, str]], anchor: int, before: list[Found]) -> Relation | None:
    """The relation of the nearest trigger before ``anchor``; a trigger inside the title of an
    earlier citation ("Luật sửa đổi, bổ sung ...; Luật ...") speaks for that title only."""
    closed: list[tuple[int, int]] | None = None  # made when first needed
    for start, end, kind in reversed(recent):
        if anchor - end > CLAUSE_SPAN:
            break
        if closed is None:
            closed = [(g.start, g.title_end) for g in before if 0 < g.title_end <= anchor]
        if closed and any(a <= start < b for a, b in closed):
            continue
        if kind == "theo":  # "theo" counts only right before the citation
            if anchor - end <= 30:
                return Relation.ACCORDING_TO
            continue
        return _RELATIONS[kind]
    return None


# The literal first: the engine finds "Ngày" with a fast string search, then looks behind.
_SENTENCE_DAY: Final = _regex.compile(r"Ngày(?<![\w,]Ngày)[^\S\n]*\d")


def _sentence_date(reader: Reader, n: int, sentence: int) -> None:
    """``Ngày 09/01/2025, Hiệp hội ... có Công văn số 282/...``: the date opening the sentence."""
    f, t = reader.found[n], reader.t
    floor = max(sentence, reader.found[n - 1].core_end if n else 0, f.start - 300)
    for m in _SENTENCE_DAY.finditer(t, floor, f.start):
        found = date_in(t[m.start() : m.start() + 40])
        if found is not None and found.start == 0:
            f.date = found.date


def _title(reader: Reader, n: int) -> None:
    f, t, found = reader.found[n], reader.t, reader.found
    head = tok.TITLE_HEAD.match(t, f.after)
    if head is None or head.start("kw") - f.after > 3:
        return
    about = head.group("kw").casefold() in ("về", "về việc", "v/v")  # "về ...": the abstract
    begin = head.end() if about else head.start("kw")
    limit = min(begin + 300, len(t))
    if n + 3 < len(found):  # a title holds at most two nested citations
        limit = min(limit, max(begin, found[n + 3].pin_start))
    stop = tok.TITLE_STOP.search(t, begin, limit)
    end = stop.start() if stop else limit
    for k in range(n + 1, len(found)):
        g = found[k]
        if g.start >= end:
            break
        if tok.SIBLING.search(t, max(begin, g.pin_start - 12), g.pin_start):
            end = g.pin_start
            break
    end = tok.trim(t, begin, end)
    if end > begin:
        f.title = reader.src.field(begin, end)
        f.title_end = end
