"""Citations in running text (viện dẫn): every cited document, with spans, in linear time.

NĐ 30/2020 Phụ lục I, II.6 (viện dẫn): "Khi viện dẫn lần đầu văn bản có liên quan, phải
ghi đầy đủ tên loại, số, ký hiệu của văn bản, thời gian ban hành văn bản, tên cơ quan, tổ chức
ban hành văn bản và trích yếu nội dung văn bản (đối với Luật và Pháp lệnh chỉ ghi tên loại và tên
của Luật, Pháp lệnh); trong các lần viện dẫn tiếp theo, chỉ ghi tên loại và số, ký hiệu của văn
bản đó." So a first citation reads ``<tên loại> số <số/ký hiệu> ngày <date> của <cơ quan> <trích
yếu>``, a law ``Luật <tên> ngày <date>``; later ones ``<tên loại> số <số/ký hiệu>`` or
``<tên loại> nêu trên``. Structural units precede the document, smallest first, with Phần,
Chương, Mục, Tiểu mục and Điều capitalised (Phụ lục II, V.7): ``điểm a khoản 2 Điều 103 Mục 5
Chương XII Phần I của Bộ luật Hình sự``.

>>> cs = cite("Căn cứ Quyết định số 927/QĐ-TTg ngày 30/8/2024 của Thủ tướng Chính phủ; "
...           "Thực hiện Chỉ thị số 34-CT/TW ngày 24 tháng 5 năm 2024 của Ban Bí thư,")
>>> [(c.type_name, str(c.number), c.date.isoformat(), c.issuer, c.relation.value) for c in cs]
... # doctest: +NORMALIZE_WHITESPACE
[('Quyết định', '927/QĐ-TTg', '2024-08-30', 'Thủ tướng Chính phủ', 'basis'),
 ('Chỉ thị', '34-CT/TW', '2024-05-24', 'Ban Bí thư', 'implements')]
>>> c = cite("Căn cứ điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự.")[0]
>>> c.type_name, c.title, c.pinpoint
('Bộ luật', 'Hình sự', 'điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I')
>>> [c.text for c in cite("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;")]
['Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015']

The text is read once: one tokenizer pass finds the anchors (numbers, law names, brackets),
then each anchor is read with windows of bounded size before and after it, which stop at the
neighbouring citations — a date or an issuer never comes from the next citation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from vanban import _citetok as tok
from vanban import numbers
from vanban._citeclause import relations
from vanban._citeread import Found, Reader, printed_key, resolve
from vanban._citesource import Source
from vanban.dates import DocumentDate
from vanban.model import Citation, _trusted_citation, _trusted_span
from vanban.normalize import Normalized, fold

__all__ = ["annotate", "cite", "number_text", "unique"]


def cite(text: str, *, self_references: bool = False) -> list[Citation]:
    """Every citation of another document in ``text``, in text order.

    Spans point into ``text`` as given; ``text[c.span.start:c.span.end] == c.text``. With
    ``self_references=True`` references to the document itself (``Quyết định này``,
    ``khoản 2 Điều này``, a bare ``Điều 5``, the document's own ``Số:``) are returned too, with
    ``is_self=True``. Never raises on a ``str``.

    >>> [(c.type_name, str(c.number), c.date.isoformat()) for c in cite(
    ...     "các văn bản số 1407/UBND-NNMT ngày 05 tháng 4 năm 2026 và số 1446/UBND-NNMT ngày "
    ...     "07 tháng 4 năm 2026")]
    [(None, '1407/UBND-NNMT', '2026-04-05'), (None, '1446/UBND-NNMT', '2026-04-07')]
    >>> [(c.is_self, c.type_name, c.pinpoint) for c in cite(
    ...     "theo khoản 2 Điều 3 Quyết định này", self_references=True)]
    [(True, 'Quyết định', 'khoản 2 Điều 3')]
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return _cite(text, Source(text), self_references)


def _cite_normalized(norm: Normalized) -> list[Citation]:
    """``cite(norm.original)`` for a caller that holds the text normalised already (the parser):
    when normalising changed nothing, no line needs it and the text is read in place without
    looking for one."""
    text = norm.original
    plain = norm.text is text or norm.text == text
    return _cite(text, Source(text, plain=plain), False)


def _cite(text: str, src: Source, self_references: bool) -> list[Citation]:
    reader = Reader(src, self_references)
    reader.run()
    relations(reader)
    kept: list[Found] = []
    end = -1
    for f in reader.found:
        if (f.is_self and not self_references) or f.start < end or f.end <= f.start:
            continue
        end = f.end
        kept.append(f)
    out: list[Citation] = []
    for f, ref in zip(kept, resolve(kept), strict=True):
        start, stop = src.span(f.start, f.end)
        out.append(_trusted_citation(  # no converter, no validator: the values are sound
            f.type_name, f.number, f.date, f.issuer, f.title, f.pinpoint, f.relation, f.is_self,
            text[start:stop], _trusted_span(start, stop), ref,
        ))
    return out


def number_text(citation: Citation) -> str | None:
    """The số/ký hiệu as printed in the citation, spaces removed (``3331/SNV-TCBC``).

    This keeps what :class:`~vanban.numbers.DocumentNumber` cannot hold (``169-CP``,
    ``QCVN01:2019/BCT``) and the printed padding (``5/QĐ-UBND``).

    >>> number_text(cite("theo Công văn số 3331 /SNV-TCBC ngày 5/3/2025")[0])
    '3331/SNV-TCBC'
    """
    found = tok.STANDARD.search(citation.text) or tok.NUMBER.search(citation.text)
    if found is None:
        return None
    start = found.start() - (1 if found.re is tok.STANDARD else 0)
    return numbers.compact(citation.text[start : found.end()]).replace(" ", "")


def _key(c: Citation) -> str | None:
    printed = number_text(c)
    return printed_key(printed, c.number) if printed else None


def _complete(d: DocumentDate | None) -> bool:
    return d is not None and d.is_complete


def unique(citations: Iterable[Citation]) -> list[Citation]:
    """One citation per cited document, in order of first mention, fields merged.

    Mentions are grouped by number (compacted), by ``refers_to``, or for a law cited by name by
    its title and date; a law cited by number and elsewhere by name and date is one document.
    Each field comes from the first mention that gives it.

    >>> cs = cite("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật Đất đai số 31/2024/QH15; "
    ...           "Tờ trình số 92/TTr-UBND ngày 21/4/2026; Tờ trình số 92/TTr-UBND nêu trên")
    >>> [(c.type_name, c.title, str(c.number), c.date.isoformat()) for c in unique(cs)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Luật', 'Đất đai', '31/2024/QH15', '2024-01-18'),
     ('Tờ trình', None, '92/TTr-UBND', '2026-04-21')]
    """
    items = list(citations)
    groups: list[list[Citation]] = []
    dated_groups: set[int] = set()
    where: dict[object, int] = {}
    owner: list[int] = []  # the group of each mention (-1: none)
    for i, c in enumerate(items):
        g: int | None
        num = _key(c)
        if c.refers_to is not None and 0 <= c.refers_to < i:
            g = owner[c.refers_to]
        elif num is not None:
            g = where.setdefault(("n", num, c.is_self), len(groups))
        elif c.title:
            title = (fold(c.type_name or ""), fold(c.title), c.is_self)
            if _complete(c.date):  # a law by name and date; the same name without a date joins it
                assert c.date is not None
                g = where.get((*title, c.date.isoformat()))
                if g is None:
                    named = where.get(title)
                    g = named if named is not None and named not in dated_groups else len(groups)
                    where[(*title, c.date.isoformat())] = g
                dated_groups.add(g)
            else:
                g = where.get(title, len(groups))
            where.setdefault(title, g)
        else:
            g = -1
        if g == len(groups):
            groups.append([])
        if g >= 0:
            groups[g].append(c)
        owner.append(g)
    return _merge_laws([_merge(g) for g in groups])


def _merge(group: list[Citation]) -> Citation:
    """One citation from the mentions of one document: the first value of each field."""
    lead = next((c for c in group if number_text(c)), group[0])
    full = next((c.date for c in group if _complete(c.date)), None)  # beats "năm 2014"
    return attrs.evolve(
        lead,
        type_name=next((c.type_name for c in group if c.type_name), None),
        number=next((c.number for c in group if c.number), None),
        date=full or next((c.date for c in group if c.date), None),
        issuer=next((c.issuer for c in group if c.issuer), None),
        title=next((c.title for c in group if c.title), None),
        pinpoint=next((c.pinpoint for c in group if c.pinpoint), None),
        refers_to=None,
    )


def _same_document(a: Citation, b: Citation) -> bool:
    """A law by name and the same law by number; or a number printed without its year segment
    (``126/NĐ-CP``) and the full number (``126/2024/NĐ-CP``) with the same date."""
    if a.date is not None and b.date is not None and a.date != b.date:
        return False
    if a.number is None and b.number is None:
        return False
    if a.number is None or b.number is None:
        return bool(a.title and b.title and fold(a.type_name or "") == fold(b.type_name or "")
                    and fold(a.title) == fold(b.title))
    m, n = a.number, b.number
    return (m.year is None) != (n.year is None) and _complete(a.date) and (
        (m.number, m.type_code, m.issuer) == (n.number, n.type_code, n.issuer))


def _merge_laws(items: list[Citation]) -> list[Citation]:
    """Join the entries :func:`_same_document` finds to be one document."""
    out: list[Citation | None] = list(items)
    for i in range(len(out)):
        for j in range(i + 1, min(len(out), i + 200)):
            a, b = out[i], out[j]
            if a is not None and b is not None and _same_document(a, b):
                full = a.number is not None and (b.number is None or a.number.year is not None)
                out[i], out[j] = _merge([a, b] if full else [b, a]), None
    return [c for c in out if c is not None]


def annotate(text: str, citations: Iterable[Citation], fn: Callable[[Citation, str], str]) -> str:
    """``text`` with each citation's span replaced by ``fn(citation, original_substring)``.

    Spans that overlap an earlier one are left alone. Linear in the length of ``text``.

    >>> t = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;"
    >>> annotate(t, cite(t), lambda c, s: f"<mark>{s}</mark>")
    'Căn cứ <mark>Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020</mark> của Chính phủ;'
    """
    spans = sorted((c.span.start, c.span.end, i, c) for i, c in enumerate(citations) if c.span)
    pieces: list[str] = []
    last = 0
    for start, end, _, c in spans:
        if start < last or end > len(text):
            continue
        pieces.append(text[last:start])
        pieces.append(fn(c, text[start:end]))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
