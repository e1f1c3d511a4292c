"""Directive tasks: who must do what, by when, under which higher directive.

A directive (chỉ thị), a plan (kế hoạch), a letter (công văn) or a meeting's conclusions
(thông báo kết luận) assigns its tasks in numbered items: ``1.``, ``2.``, ``a)``, or the
dashes under an item that names a body (``2. Sở Xây dựng`` then ``- Chủ trì, phối hợp ...``).
:func:`tasks` reads each item once and returns a :class:`~vanban.model.Task` for it:

* the lead (``chủ trì``) and supporting (``phối hợp``) bodies the item names (``Giao Sở Y tế
  chủ trì, phối hợp với Công an tỉnh ...``, ``Sở Xây dựng: ...``, ``Đề nghị Ủy ban nhân dân các
  xã ...``); an item that names no lead takes it from the item above, from the sentence that
  introduces the items (``... đề nghị các đơn vị, địa phương ... cụ thể như sau:``) or from the
  addressees (Kính gửi), and is marked ``inherited``;
* the verb phrase of the task (``rà soát``), its deadline (:class:`~vanban.model.Deadline`:
  dates, periods, time limits from the signature, recurrences, urgency words), the body a
  report goes to and by when, and the figures it aims at.

Only documents whose numbered items are tasks are read: công văn, chỉ thị, kế hoạch, thông
báo, công điện, chương trình, phương án, kết luận, thông tri (and documents of unknown type);
not decisions, reports, submissions or normative documents, whose items are provisions.
Sections that state aims, background or funding (``I. MỤC ĐÍCH, YÊU CẦU``, ``KINH PHÍ``) hold
no tasks.

>>> import vanban
>>> doc = vanban.parse('''ỦY BAN NHÂN DÂN
... TỈNH LÀO CAI
... Số: 15/UBND-KT
... CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
... Độc lập - Tự do - Hạnh phúc
... Lào Cai, ngày 15 tháng 9 năm 2026
... V/v triển khai Chương trình hành động số 104-CTr/TU
... Kính gửi:
... - Các sở, ban, ngành thuộc tỉnh;
... - Ủy ban nhân dân các xã, phường.
... Thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai,
... Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
... 1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh xây dựng dự thảo
... Kế hoạch, trình Ủy ban nhân dân tỉnh trước ngày 05/10/2026.
... 2. Tổ chức tuyên truyền, báo cáo kết quả về Sở Nội vụ hằng tháng.
... Nơi nhận:
... - Như trên;
... - Lưu: VT.
... KT. CHỦ TỊCH
... PHÓ CHỦ TỊCH
... Phan Trung Bá
... ''')
>>> first, second = doc.tasks
>>> first.label, first.lead, first.support, first.action
('1', ('Sở Nông nghiệp và Môi trường',), ('Công an tỉnh',), 'xây dựng')
>>> first.deadline.text, first.deadline.date.isoformat()
('trước ngày 05/10/2026', '2026-10-05')
>>> second.lead, second.inherited, second.report_to, second.deadline.recurrence
(('Các sở, ban, ngành thuộc tỉnh', 'Ủy ban nhân dân các xã, phường'), True, 'Sở Nội vụ', 'P1M')
>>> [str(c.number) for c in doc.implements]
['104-CTr/TU']
>>> check_deadlines(doc)
[]
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from typing import Final

from vanban import _deadlines, _regex
from vanban._bodies import Names, Words, action, read_names, tidy, verb_follows
from vanban.dates import DocumentDate
from vanban.enums import Family, ProvisionKind, Severity
from vanban.model import Deadline, Document, Finding, Provision, Span, Task
from vanban.normalize import fold, normalize

__all__ = ["DEADLINE_RULE", "check_deadlines", "deadline", "extract_tasks", "tasks"]

#: The code of the rule :func:`check_deadlines` reports.
DEADLINE_RULE: Final = "VB609"

_TASK_TYPES: Final = frozenset({
    "công văn", "chỉ thị", "kế hoạch", "thông báo", "công điện", "chương trình",
    "chương trình hành động", "phương án", "kết luận", "thông tri",
})
_NUMBERED: Final = frozenset({ProvisionKind.SECTION, ProvisionKind.ITEM, ProvisionKind.POINT})
_NOT_TASKS: Final = frozenset({ProvisionKind.ARTICLE, ProvisionKind.CLAUSE,
                               ProvisionKind.CHAPTER, ProvisionKind.PART})


@functools.lru_cache(maxsize=1024)
def _fold(name: str) -> str:
    """A key for comparing names within one document (case, tone placement, spaces); cached,
    as each task inheriting the addressees compares the same names again."""
    return fold(name)


# Leads that stand for the addressees: "đề nghị các đơn vị, địa phương ...".
_GENERIC: Final = frozenset(_fold(x) for x in (
    "đơn vị", "các đơn vị", "đơn vị, địa phương", "các đơn vị, địa phương", "các cơ quan",
    "các cơ quan, đơn vị", "các cơ quan, đơn vị, địa phương", "cơ quan, đơn vị", "quý cơ quan",
    "quý đơn vị", "công ty", "quý công ty", "các địa phương", "các cơ quan, địa phương",
))
# Words that open a clause before its subject: "Căn cứ ..., các sở ... tổ chức ...".
_INTRO: Final = frozenset({"căn", "trên", "để", "đối", "khi", "trong", "sau", "hằng", "hàng",
                           "định", "theo", "thực", "nhằm", "quý", "tháng", "năm", "trước",
                           "chậm", "từ", "ngày"})
# Headings of sections and items that state aims, background or funding, not tasks.
_SKIP_TITLE: Final = _regex.compile(
    r"(?:mục đích|mục tiêu|quan điểm|đánh giá chung|tình hình|kết quả (?:đạt được|thực hiện)"
    r"|thực trạng|khó khăn|hạn chế|tồn tại|nguyên nhân|phạm vi|đối tượng|chỉ tiêu|tiêu chuẩn"
    r"|kinh phí|căn cứ|bối cảnh|đặc điểm|quy định về|hình thức khen|hồ sơ)(?:\W++\w++){0,12}\W*+"
    r"|(?:mục đích\W++)?yêu cầu\W*+",
    re.IGNORECASE,
)
# The closing paragraph that the last item swallows: it is not part of the task. It opens the
# text or a sentence: r"(?:^|(?<=[.;:])\s+)" then these words, searched for as two patterns
# (see _closing) that each open with one character.
_CLOSING_WORDS: Final = (
    r"(?:Trên đây là|Căn cứ (?:ý kiến|nội dung) chỉ đạo|Với (?:các |những )?"
    r"nội dung trên|Trân trọng|Nhận được (?:Công văn|văn bản) này"
    r"|(?:Yêu cầu|Đề nghị) (?:các|Thủ trưởng|Giám đốc|Chủ tịch)[^.;]{0,200}?"
    r"(?:nội dung trên|ý kiến chỉ đạo|(?:văn bản|Công văn|Kế hoạch|Thông báo|Chỉ thị) này))"
)
_CLOSING_FIRST: Final = _regex.compile(_CLOSING_WORDS)
_CLOSING_AFTER: Final = _regex.compile(rf"[.;:](\s+{_CLOSING_WORDS})")
_GROUP: Final = _regex.compile(
    r"\s*(?:Các|các)\s+(Bộ|Sở|Ban|Cục|Vụ|Tổng cục)\s*:\s*([^:.;]{3,400}?)\s*[:.]")
# Words in any case where a word starts: what (?i)(?<!\w)(?:word|...) matches, written to open
# with a case-sensitive class of the first letters as (?i) matches them ("k": the Kelvin sign
# too), then each word's rest in any case: a pattern that opens with a class is searched for
# that class alone (one that opens with a look-behind is tried at every offset).
_ASSIGN: Final = _regex.compile(
    r"[gGđĐyY](?<!\w[gGđĐyY])(?i:(?<=g)iao(?: cho)?|(?<=đ)ề nghị|(?<=y)êu cầu)\s+")
_ROLES: Final = _regex.compile(r"\s*,?\s*(?:chủ trì|phối hợp|kết hợp|cùng với)", re.IGNORECASE)
_SUPPORT: Final = _regex.compile(
    r"[pPkK\u212acC](?<!\w[pPkK\u212acC])"
    r"(?i:(?:(?<=p)hối|(?<=k)ết) hợp(?:\s+chặt chẽ)?(?:\s+với)?|(?<=c)ùng với)\s+")
_REPORT: Final = _regex.compile(r"[bBgG](?<!\w[bBgG])(?i:(?<=b)áo cáo|(?<=g)ửi)(?!\w)")
_TO: Final = frozenset({"về", "cho", "lên", "tới", "đến", "với", "gửi"})
_CLAUSE_END: Final = _regex.compile(r"[.;](?!\d)")
_SENTENCE_END: Final = _regex.compile(r"[.:](?!\d)")
_BOUNDARY: Final = _regex.compile(r"[,;]\s+")
_TARGET: Final = _regex.compile(  # the look-aheads: what each form opens with (a cheap test)
    r"(?<!\w)(?=[\dítkđvÍTKĐV])(?=\d|ít |t(?:ối |rên|ới)|kh(?:ông [dí]|oảng)|đ(?:ạt|ến)|vào)"
    r"(?:(?:ít nhất|tối thiểu|không dưới|không ít hơn|trên|đạt|khoảng)\s+)?"
    r"(?:\d[\d.,]*+\s*(?:%|(?:triệu|nghìn|ngàn|tỷ)\s+\w+|\w+)"
    r"|(?:đến|tới|vào)\s+(?:hết\s+)?năm\s+\d{4}(?!\w))",
    re.IGNORECASE,
)
# How much of a task's text is split for its heading; later parts are split when read.
_HEAD_WINDOW: Final = 320
_TARGET_STOP: Final = _regex.compile(r"[,;.:()]|\s(?:cho|để|tại|trong|theo|đối với|của|nhằm|với)\s")


class _Assign:
    """The bodies a unit's text names (lead, support) and where that part of it ends."""

    __slots__ = ("end", "lead", "support")

    def __init__(self, lead: tuple[str, ...] = (), support: tuple[str, ...] = (),
                 end: int = 0) -> None:
        self.lead = lead
        self.support = support
        self.end = end


# -- what a unit says about who does it -------------------------------------------------------


def _names_at(w: Words, offset: int, *, lower_ok: bool = False) -> Names:
    """The bodies named at ``offset`` of ``w``'s text (splitting that part if needed)."""
    near = w.window(offset, 320)
    return read_names(near, near.at(offset), lower_ok=lower_ok)


def _sentence_end(text: str, start: int = 0) -> int:
    m = _SENTENCE_END.search(text, start, start + 700)
    return m.end() if m else min(len(text), start + 700)


def _expand_group(w: Words, start: int) -> Names | None:
    """``Các Bộ: Công Thương, Xây dựng, Tài nguyên và Môi trường:`` → ``Bộ Công Thương``, ..."""
    m = _GROUP.match(w.text, start)
    if m is None:
        return None
    parts = [p.strip() for p in m.group(2).split(",") if p.strip()]
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return None
    return Names([f"{m.group(1)} {p}" for p in parts], m.end(), w.at(m.end()))


def _lead_at(w: Words, start: int, scope: int, lead_in: bool) -> Names | None:
    """The lead named by a clause starting at ``start``: ``Giao X``, ``Đề nghị X``, ``Chỉ đạo X
    chủ trì``, ``Trách nhiệm của X``, ``X:``, or ``X`` as the subject."""
    group = _expand_group(w, start)
    if group is not None:
        return group
    w = w.window(start, 320)
    k = w.at(start)
    first = w.key(k, 2)
    verb = next((v for v in ("giao cho", "đề nghị", "yêu cầu", "chỉ đạo", "giao")
                 if first == v or first.startswith(v + " ")), None)
    if verb is not None:
        names = read_names(w, k + verb.count(" ") + 1, lower_ok=True)
        ok = verb != "chỉ đạo" or _ROLES.match(w.text, names.end) is not None
        return names if names.names and ok else None
    if w.lower[k : k + 1] in (["trách"], ["nhiệm"]) and "của" in w.lower[k : k + 4]:
        names = read_names(w, w.lower.index("của", k) + 1, lower_ok=True)
        if names.names:
            return names
    names = read_names(w, k)
    if not names.names:
        return None
    nxt = w.key(names.stop, 2)
    if nxt.startswith(("đề nghị", "yêu cầu", "giao", "trân trọng")):  # "Bộ Y tế đề nghị X"
        return _mid_scope(w, w.offset(names.stop), scope, True)
    if lead_in and nxt.startswith(("ban hành", "thông báo", "hướng dẫn", "có ý kiến", "kết")):
        return None  # the issuer speaking: "UBND tỉnh ban hành Kế hoạch ..."
    return names


def _mid_scope(w: Words, start: int, scope: int, lead_in: bool) -> Names | None:
    """``... giao Sở Nội vụ chủ trì ...``, ``... đề nghị Bộ Xây dựng:`` inside a sentence."""
    found: Names | None = None
    for m in _ASSIGN.finditer(w.text, start, scope):
        names = _names_at(w, m.end(), lower_ok=True)
        if not names.names:
            continue
        rest = w.text[names.end : names.end + 12].lstrip(" ,")
        if lead_in or _ROLES.match(w.text, names.end) or rest[:1] in (":", "") or (
                names.end >= scope - 1):
            found = names
            if not lead_in:
                break
    return found


def _subject_after_intro(w: Words, start: int, scope: int) -> Names | None:
    """``Căn cứ ..., các sở, ban, ngành ... tổ chức ...``: the subject after an opening phrase."""
    near = w.window(start, 40)
    k = near.at(start)
    if k >= len(near) or near.lower[k] not in _INTRO:
        return None
    for n, m in enumerate(_BOUNDARY.finditer(w.text, start, scope)):
        if n >= 6:
            break
        near = w.window(m.end(), 320)
        names = read_names(near, near.at(m.end()))
        if names.names and verb_follows(near, names.stop):
            return names
    return None


def _assign(w: Words, text_start: int | None, *, lead_in: bool = False) -> _Assign:
    """The lead and support a unit's own text names; ``text_start`` is where its text begins
    after a heading line (``Giao Sở Xây dựng`` / ``Chủ trì, phối hợp ...``)."""
    text = w.text
    starts = [0] + ([text_start] if text_start else [])
    lead: Names | None = None
    for start in starts:
        lead = _lead_at(w, start, _sentence_end(text, start), lead_in)
        if lead is not None:
            break
    scope = _sentence_end(text)
    if lead is None:
        lead = _mid_scope(w, 0, scope, lead_in)
    for start in starts:
        if lead is None:
            lead = _subject_after_intro(w, start, _sentence_end(text, start))
    names = tuple(lead.names) if lead else ()
    end = lead.end if lead else 0
    support: list[str] = []
    seen = {_fold(n) for n in names}
    for n, m in enumerate(_SUPPORT.finditer(text, 0, scope if lead_in else len(text))):
        if n >= 4:
            break
        found = _names_at(w, m.end(), lower_ok=True)
        for name in found.names:
            if _fold(name) not in seen:
                seen.add(_fold(name))
                support.append(name)
        if found.names and m.start() <= end + 40:
            end = max(end, found.end)
    return _Assign(names, tuple(support), end)


# -- the walk over the body -------------------------------------------------------------------


class _Context:
    __slots__ = ("addressees", "date", "original", "out")

    def __init__(self, doc: Document, original: str | None) -> None:
        self.addressees = tuple(tidy(re.sub(r"^(?:Đ/c|đồng chí)\s+", "", r.name,
                                            flags=re.IGNORECASE)) or r.name
                                for r in doc.addressees)
        self.date = doc.date
        self.original = original
        self.out: list[Task] = []


def _resolve(own: _Assign, parent: _Assign, ctx: _Context) -> tuple[_Assign, bool]:
    """The assignment of a unit: its own lead, or its parent's (``inherited``); a generic
    lead (``các đơn vị``) and a missing one stand for the addressees."""
    if own.lead:
        lead, inherited, support = own.lead, False, own.support
    else:
        lead, inherited, support = parent.lead, True, own.support or parent.support
    if len(lead) == 1 and _fold(lead[0]) in _GENERIC and ctx.addressees:
        lead = ctx.addressees
    if not lead and ctx.addressees:
        lead, inherited = ctx.addressees, True
    return _Assign(lead, support, own.end), inherited


def _cut(text: str, *, continuation: bool = False) -> str:
    """``text`` without a closing paragraph the body's last item swallowed (``Trên đây là
    ...``, ``Yêu cầu các sở ... thực hiện tốt các nội dung trên``) and the final ``./.``;
    a ``continuation`` (the lines after an item's first) may start with one."""
    cut = _closing(text)
    if cut is not None and (cut > 0 or continuation):
        text = text[:cut]
    return text.strip().removesuffix("./.").strip()


def _closing(text: str) -> int | None:
    """Where the closing paragraph starts: what ``(?:^|(?<=[.;:])\\s+)`` and _CLOSING_WORDS
    find, by patterns that open with a character, not one tried at every offset of a task."""
    if _CLOSING_FIRST.match(text) is not None:
        return 0
    after = _CLOSING_AFTER.search(text)
    return after.start(1) if after is not None else None


def _own_text(p: Provision) -> tuple[str, int | None]:
    """A unit's heading and text, and where the text starts when the heading is a line of its
    own (``Giao Sở Xây dựng`` / ``Chủ trì, ...``), not a wrapped line of a sentence."""
    title = unicodedata.normalize("NFC", p.title.strip())
    body = unicodedata.normalize("NFC", _cut(p.text, continuation=bool(title)))
    if not title or not body:
        return title or body, None
    heading = body[:1].isupper() and (len(title.split()) <= 10 or title.isupper()) and (
        not title.endswith((",", ";", " và", "-")))
    return f"{title} {body}", (len(title) + 1) if heading else None


def _skipped(p: Provision) -> bool:
    title = p.title.strip() or p.text.strip()[:120]
    return _SKIP_TITLE.fullmatch(title.strip(" .:")) is not None


def _walk(p: Provision, path: tuple[str, ...], parent: _Assign, ctx: _Context,
          place: int) -> None:
    if p.kind not in _NUMBERED or _skipped(p):
        return
    label = p.label.strip(".-) ") or f"#{place}"  # a unit without a label: its place
    if path and label.startswith(path[-1] + "."):  # "3.1" under "3"
        path = path[:-1]
    path = (*path, label)
    own_text, text_start = _own_text(p)
    words = Words(own_text, 0, _HEAD_WINDOW)
    own = _assign(words, text_start, lead_in=p.kind is ProvisionKind.SECTION)
    here, _ = _resolve(own, parent, ctx)
    numbered = [c for c in p.children if c.kind in _NUMBERED]
    if numbered:
        for n, child in enumerate(numbered, 1):
            _walk(child, path, here, ctx, n)
        return
    if p.kind is ProvisionKind.SECTION and not own_text:
        return
    bullets = [c for c in p.children if c.kind is ProvisionKind.BULLET]
    # Dashes under a heading ("2. Thanh tra tỉnh", "a) Bộ X có trách nhiệm:") are tasks.
    heading = len(own_text.split()) <= 60 and (not own_text.endswith(":") or bool(own.lead))
    if bullets and heading:
        for n, bullet in enumerate(bullets, 1):
            text, start = _own_text(bullet)
            sub = Words(text, 0, _HEAD_WINDOW)
            _emit(bullet, ".".join((*path, f"-{n}")), sub, _assign(sub, start), here, ctx)
        return
    if bullets:
        extra = (" ".join(x for x in (b.title, b.text) if x) for b in bullets)
        words = Words(unicodedata.normalize("NFC", " ".join([own_text, *extra])), 0,
                      _HEAD_WINDOW)
    _emit(p, ".".join(path), words, own, parent, ctx)


def _emit(p: Provision, label: str, w: Words, own: _Assign, parent: _Assign,
          ctx: _Context) -> None:
    text = _cut(w.text)
    if not text:
        return
    assign, inherited = _resolve(own, parent, ctx)
    found = _deadlines.find(text, ctx.date)
    report_to, report_deadline = _report(w, len(text), found, p, ctx)
    lead_keys = {_fold(x) for x in assign.lead} if assign.support else set()
    ctx.out.append(Task(
        label=label, text=text, lead=assign.lead,
        support=tuple(s for s in assign.support if _fold(s) not in lead_keys),
        inherited=inherited, action=_action(w, own.end),
        deadline=_deadline(_deadlines.best(found), p, ctx, text), report_to=report_to,
        report_deadline=report_deadline, targets=_targets(text), span=p.span,
    ))


def _action(w: Words, offset: int) -> str | None:
    near = w.window(offset, 400)
    return action(near, near.at(offset))


def _deadline(f: _deadlines.Found | None, p: Provision, ctx: _Context,
              text: str) -> Deadline | None:
    if f is None:
        return None
    return Deadline(f.text, f.date, f.recurrence, f.relative, _span_in(f, text, p, ctx))


def _span_in(f: _deadlines.Found, text: str, p: Provision, ctx: _Context) -> Span | None:
    """Where deadline ``f`` of the task's ``text`` is printed, in the original text: the same
    occurrence of its words in the provision and the dashes under it."""
    if ctx.original is None or p.span is None:
        return None
    end = max(x.span.end for x in p.walk() if x.span is not None)
    window = normalize(ctx.original[p.span.start : end])
    pattern = _regex.compile(r"[\s*_]+".join(re.escape(w) for w in f.text.split()), re.IGNORECASE)
    nth = sum(1 for _ in pattern.finditer(text, 0, f.start))
    m = next(itertools.islice(pattern.finditer(window.text), nth, None), None)
    if m is None:
        return None
    a, b = window.span(m.start(), m.end())
    return Span(p.span.start + a, p.span.start + b)


def _report(w: Words, end: int, found: list[_deadlines.Found], p: Provision,
            ctx: _Context) -> tuple[str | None, Deadline | None]:
    """The body the task's report goes to (``báo cáo Thủ tướng Chính phủ``, ``gửi báo cáo
    về Sở Nội vụ``) and the deadline in the same clause."""
    text = w.text
    for n, m in enumerate(_REPORT.finditer(text, 0, end)):
        if n >= 6:
            break
        close = _CLAUSE_END.search(text, m.end(), m.end() + 600)
        clause_end = close.start() if close else min(len(text), m.end() + 600)
        rw = w.window(m.end(), 400)
        recipient = _recipient(rw, rw.at(m.end()), rw.at(clause_end))
        if recipient is None:
            continue
        clause_start = max(text.rfind(c, 0, m.start()) for c in ".;") + 1
        here = [f for f in found if clause_start <= f.start < clause_end]
        return recipient, _deadline(_deadlines.best(here), p, ctx, text)
    return None, None


def _recipient(w: Words, k: int, stop: int) -> str | None:
    direct = read_names(w, k + (1 if w.words[k : k + 1] == [","] else 0), lower_ok=True,
                        limit=20)
    if direct.names:
        return direct.names[0]
    for j in range(k, min(stop, k + 80, len(w))):
        if w.lower[j] in _TO:
            names = read_names(w, j + 1, lower_ok=True, limit=20)
            if names.names:
                return names.names[0]
    return None


def _targets(text: str) -> tuple[str, ...]:
    """Figures the task aims at: ``100% ...``, ``ít nhất 01 triệu căn ...``, ``đến năm 2030``."""
    out: list[str] = []
    for m in _TARGET.finditer(text):
        value = m.group()
        if value[:1].isdigit() and "%" not in value and not re.match(
                r"(?:triệu|nghìn|ngàn|tỷ)", value.split(maxsplit=1)[-1]):
            continue  # a bare number ("03 tháng", "Điều 5") is not a target
        tail = text[m.end() : m.end() + 120]
        stop = _TARGET_STOP.search(tail)
        tail = tail[: stop.start()] if stop else tail
        words = tail.split()[:10] if not value.lower().startswith(("đến", "tới", "vào")) else []
        phrase = " ".join([value, *words]).strip()
        if phrase not in out:
            out.append(phrase)
        if len(out) >= 8:
            break
    return tuple(out)


def _eligible(doc: Document) -> bool:
    if doc.family is Family.NORMATIVE:
        return False
    if doc.type_name is not None and fold(doc.type_name) not in _TASK_TYPES:
        return False
    return not any(p.kind in _NOT_TASKS for p in doc.body)


def _preamble_assign(doc: Document) -> _Assign:
    """The lead named by the sentence that introduces the items: ``... đề nghị các đơn vị,
    địa phương ... như sau:``; the last one found counts."""
    text = unicodedata.normalize("NFC", " ".join(t.text for t in doc.preamble))[-1500:]
    w: Words | None = None  # split when first needed: most preambles assign nothing
    found: Names | None = None
    for m in _ASSIGN.finditer(text):
        if w is None:
            w = Words(text)
        names = read_names(w, w.at(m.end()), lower_ok=True)
        if names.names:
            found = names
    if found is None or w is None:
        return _Assign()
    close = _CLAUSE_END.search(text, found.end)
    support: list[str] = []
    for m in _SUPPORT.finditer(text, found.end, close.start() if close else len(text)):
        support.extend(read_names(w, w.at(m.end()), lower_ok=True).names)
    return _Assign(tuple(found.names), tuple(support))


def tasks(doc: Document, *, text: str | None = None) -> tuple[Task, ...]:
    """The tasks of ``doc``, in document order (see the module documentation); never raises.

    ``text`` is the text ``doc`` was parsed from: when given, deadlines get spans into it.
    """
    if not _eligible(doc):
        return ()
    ctx = _Context(doc, text)
    top = _preamble_assign(doc)
    kinds = {p.kind for p in doc.body}
    if kinds and kinds <= {ProvisionKind.BULLET}:  # a letter whose items are dashes only
        for n, bullet in enumerate(doc.body, 1):
            own_text, start = _own_text(bullet)
            w = Words(own_text, 0, _HEAD_WINDOW)
            _emit(bullet, f"-{n}", w, _assign(w, start), top, ctx)
        return tuple(ctx.out)
    for place, p in enumerate(doc.body, 1):
        _walk(p, (), top, ctx, place)
    return tuple(ctx.out)


#: The same function as :func:`tasks`, under a name that does not shadow the module.
extract_tasks = tasks


def deadline(text: str, date: DocumentDate | None = None) -> Deadline | None:
    """The deadline ``text`` states, read as a task's is; ``date`` is the document's date, for
    dates without a year and time limits counted from the signature.

    >>> d = deadline("báo cáo trước ngày 15 tháng 3 năm 2026")
    >>> d.text, d.date.isoformat()
    ('trước ngày 15 tháng 3 năm 2026', '2026-03-15')
    >>> deadline("trong thời hạn 15 ngày kể từ ngày ký", DocumentDate(2024, 9, 20)).date
    DocumentDate(year=2024, month=10, day=5)
    >>> deadline("kịp thời báo cáo"), deadline("không có thời hạn") is None
    (Deadline(text='kịp thời', date=None, recurrence=None, relative=False), True)
    """
    f = _deadlines.best(_deadlines.find(unicodedata.normalize("NFC", text), date))
    return None if f is None else Deadline(f.text, f.date, f.recurrence, f.relative)


def check_deadlines(doc: Document) -> list[Finding]:
    """Rule ``VB609``: a task's deadline (or its report's) falls before the document's date.

    A deadline earlier than the date of issue cannot be met; it is usually a slip in the day,
    the month or the year. Only complete dates are compared; ``doc.tasks`` is read, or the tasks
    are extracted when the document has none.

    >>> doc = Document(date=DocumentDate(2024, 10, 1), tasks=[
    ...     Task("1", deadline=Deadline("trước ngày 15/9/2024", DocumentDate(2024, 9, 15)))])
    >>> [(f.code, f.field) for f in check_deadlines(doc)]
    [('VB609', 'tasks')]
    """
    if doc.date is None or not doc.date.is_complete:
        return []
    try:
        issued = doc.date.to_date()
    except ValueError:
        return []
    out: list[Finding] = []
    for task in doc.tasks or tasks(doc):
        for which, limit in _deadlines_of(task):
            if limit.date is None or not limit.date.is_complete:
                continue
            try:
                due = limit.date.to_date()
            except ValueError:
                continue
            if due < issued:
                out.append(Finding(
                    DEADLINE_RULE,
                    f"The {which} of task {task.label} ({limit.text}) is before the "
                    f"document's date ({doc.date.isoformat()}).",
                    Severity.WARNING, limit.span or task.span, "tasks",
                    f"Thời hạn {limit.text} của nhiệm vụ {task.label} trước ngày ban hành "
                    f"văn bản ({doc.date}).",
                    "Check the day, month and year of the deadline.",
                ))
    return out


def _deadlines_of(task: Task) -> Iterator[tuple[str, Deadline]]:
    if task.deadline is not None:
        yield "deadline", task.deadline
    if task.report_deadline is not None and task.report_deadline != task.deadline:
        yield "report deadline", task.report_deadline
