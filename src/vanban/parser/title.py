"""The title under the type name (ô 5a) and the enacting authority's line after it.

Part of the header's reader (:mod:`vanban.parser.header`): :class:`TitleReader` holds the
methods that read a title piece by piece, cut an enacting authority run on after it
(``... VỀ DÒNG HỌ HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO``) and tell the authority's own
line (``CHÍNH PHỦ`` / ``Căn cứ ...``) from a title's last line.
"""

from __future__ import annotations

import re
from typing import Any, Final

from vanban import _regex
from vanban.parser import vocab
from vanban.parser.addressees import LINE_BODY as _LINE_BODY
from vanban.parser.layout import Line, clean

__all__ = ["TitleReader", "is_upper"]

_BODY_START: Final = _regex.compile(vocab.BODY_START)
# A title line ending in a word that the next line completes: "... CỦA" / "QUỐC HỘI",
# "... CỦA VĂN PHÒNG" / "CHÍNH PHỦ", "... PHÓ CHỦ TỊCH THƯỜNG TRỰC" / "ỦY BAN NHÂN DÂN ...".
_OPEN_END: Final = _regex.compile(
    r"(?:(?:^|\s)(?:CỦA|VÀ|VỚI|GIỮA|CHO|VĂN\s+PHÒNG|THƯỜNG\s+TRỰC|PHÓ|TRƯỞNG|TỔNG)|,)\s*$"
)
# Types printed in practice with the authority's line after the title, though NĐ 30/2020 Mẫu
# 1.4 and the Party's HD 36 show no such line (conventions §1.3, §3.2): there a council's term
# after the line ("BAN CHẤP HÀNH ĐẢNG BỘ XÃ LŨNG CÚ" / "KHÓA I, NHIỆM KỲ 2025 - 2030") says
# the line names whom the title is about, not who enacts it.
_UNLISTED_TYPES: Final = frozenset({"CHỈ THỊ", "QUY ĐỊNH", "QUY CHẾ"})
# The types whose title the enacting authority's own line follows (ô 5a), and words by which
# a line goes on with a title instead ("... ỦY BAN NHÂN DÂN TỈNH TẠI BUỔI LÀM VIỆC ...").
_ENACTED_TYPES: Final = frozenset({"NGHỊ ĐỊNH", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "THÔNG TƯ",
                                   "THÔNG TƯ LIÊN TỊCH", "NGHỊ QUYẾT LIÊN TỊCH"}) | _UNLISTED_TYPES
# The Party's enacting bodies, on a line of their own after the title (a Quy định of the Bộ
# Chính trị under the header of the Ban Chấp hành Trung ương).
_PARTY_AUTHORITY: Final = _regex.compile(r"(?:BỘ\s++CHÍNH\s++TRỊ|BAN\s++BÍ\s++THƯ)\s*+")
# A council's term and session, on one line or two: "KHÓA X, KỲ HỌP THỨ 20", "KHÓA X - KỲ HỌP
# THỨ 20", "KHÓA X" / "KỲ HỌP THỨ 20", "(KỲ HỌP CHUYÊN ĐỀ)".
_SESSION: Final = _regex.compile(
    r"\(?\s*+(?:KH[ÓO]A\s+[IVXLC\d]+(?![\w])|K[ỲY]\s+H[ỌO]P(?![\w]))", re.IGNORECASE
)
_TITLE_WORDS: Final = frozenset({"TẠI", "VỀ", "CỦA", "VỚI", "ĐỐI", "TRONG", "NĂM", "GIAI"})
_ENACTING: Final = _regex.compile(vocab.ENACTING_AUTHORITY)
_WORD: Final = _regex.compile(r"\S+")
# words that complete a type name on its own line ("CHƯƠNG TRÌNH HÀNH ĐỘNG", the form "PHIẾU
# TRÌNH GIẢI QUYẾT CÔNG VIỆC") rather than begin its title
_TYPE_SUFFIXES: Final = frozenset({"HÀNH ĐỘNG", "LIÊN TỊCH", "LIÊN NGÀNH",
                                   "GIẢI QUYẾT CÔNG VIỆC"})
# a law's name may end with a body's name ("LUẬT TỔ CHỨC CHÍNH PHỦ"): no enacting line to cut
_LAW_TYPES: Final = frozenset({"LUẬT", "BỘ LUẬT", "PHÁP LỆNH", "HIẾN PHÁP"})


class TitleReader:
    """The title's part of the header's reader; the reader sets these attributes."""

    work: str
    lines: list[Line]
    h: Any  # the Header being read (vanban.parser.header.Header)
    mode: str | None
    title_inline: bool
    title_case: bool | None
    done: bool
    done_at: int
    _cell_start: int
    _cell_end: int

    def _title(self, s: int, e: int, line: Line) -> None:
        h = self.h
        text = self.work[s:e]
        stripped = clean(text)
        if self.title_case is None:
            first = _WORD.search(text)
            self.title_case = first is not None and not any(map(str.islower, first.group(0)))
            self.title_inline = h.type_name is not None and line.start <= h.type_name[1]
            if (self.title_inline and stripped in _TYPE_SUFFIXES and self._type_line_alone(line)
                    and self.title_case and not self.work[e : self._cell_end].strip()
                    and h.type_name is not None and h.type_name[1] == self._cell_start):
                self.title_case = None  # "CHƯƠNG TRÌNH HÀNH ĐỘNG": the rest of the type name
                return
        if self.title_case:
            cut = _upper_prefix(text)
            enacting = _ENACTING.search(text, 0, cut or len(text))
            law = h.type_name is not None and clean(h.type_name[0]).upper() in _LAW_TYPES
            own_line = (enacting is not None and enacting.start() == 0) or bool(
                _PARTY_AUTHORITY.fullmatch(stripped))
            if own_line and self._enacting_line(stripped, line):
                self.done = True  # the enacting authority's own line (ô 5a), then "Căn cứ ..."
                return
            if enacting and enacting.start() > 0 and not law:
                # the first authority that the title's words before it do not lead into
                # ("... DO QUỐC HỘI, HỘI ĐỒNG NHÂN DÂN BẦU ... QUỐC HỘI": the last)
                for m in _ENACTING.finditer(text, enacting.start(), cut or len(text)):
                    # (the words just before it: a bounded window, so a line of many
                    # authorities is read once)
                    if m.start() > 0 and not _OPEN_END.search(
                            text[max(0, m.start() - 40) : m.start()].rstrip()):
                        cut = m.start()
                        self.done = True
                        break
            if cut < len(text.rstrip()):
                if cut:
                    h.subject.append((clean(text[:cut]), s, s + cut))
                rest = text[cut:]
                if _BODY_START.match(rest.lstrip()) or self.title_inline or self.done:
                    self.done = True
                    self.done_at = s + cut
                else:
                    h.unrecognised.append((s + cut, e))
                self.mode = None
                return
            h.subject.append((stripped, s, e))
            return
        body = _BODY_START.search(text)
        if body and body.start() > 0 and text[body.start() - 1] == " ":
            h.subject.append((clean(text[: body.start()]), s, s + body.start()))
            self.done = True
            self.done_at = s + body.start()
            return
        if is_upper(stripped) and h.subject and s <= self._cell_start:
            # an upper-case line after a title in sentence case (not a symbol that goes on a
            # line of it: "... kèm theo Quyết định số 10/2021/QĐ-UBND")
            self.mode = None
            h.unrecognised.append((s, e))
            return
        h.subject.append((stripped, s, e))

    def _enacting_line(self, text: str, line: Line) -> bool:
        """Whether ``text``, which opens with an enacting authority (``CHÍNH PHỦ``, ``CHỦ TỊCH
        ỦY BAN NHÂN DÂN TỈNH ...``), is that authority's own line between an upper-case title
        and the body (NĐ 30/2020 ô 5a): the type is one that has the line, the line says
        nothing else, the title's last line does not stop on a word the line completes
        (``CỦA VĂN PHÒNG`` / ``CHÍNH PHỦ``), and ``Căn cứ ...`` follows."""
        h = self.h
        if not h.subject or h.type_name is None or \
                clean(h.type_name[0]).upper() not in _ENACTED_TYPES:
            return False
        words = text.split()
        if len(words) > 30 or _TITLE_WORDS.intersection(words) or \
                _OPEN_END.search(h.subject[-1][0]) or not self._body_follows(line):
            return False
        # a short title that names no subject yet ("QUY CHẾ" / "LÀM VIỆC"), then a body and its
        # term ("BAN CHẤP HÀNH ĐẢNG BỘ XÃ ..." / "KHÓA I, ..."): the title goes on with them
        return not (clean(h.type_name[0]).upper() in _UNLISTED_TYPES and self._short_title()
                    and self._session_follows(line))

    def _short_title(self) -> bool:
        words = " ".join(text for text, _, _ in self.h.subject).split()
        return len(words) <= 3 and not _TITLE_WORDS.intersection(words)

    def _session_follows(self, line: Line) -> bool:
        following = next((ln for ln in self.lines[line.index + 1 : line.index + 4] if ln.cells),
                         None)
        return following is not None and bool(_SESSION.match(following.cells[0].text))

    def _body_follows(self, line: Line) -> bool:
        """Whether the next line that is not blank opens the body (``Căn cứ ...``), after the
        council's term and session if they come between (``KHÓA X, KỲ HỌP THỨ 20``)."""
        for following in self.lines[line.index + 1 : line.index + 6]:
            if following.cells:
                text = following.cells[0].text
                if not _SESSION.match(text):
                    return bool(_LINE_BODY.match(text))
        return False

    def _type_line_alone(self, line: Line) -> bool:
        """Whether the type name's line holds nothing but the type name and a word or two."""
        nxt = next((ln for ln in self.lines[line.index + 1 :] if not ln.blank), None)
        return nxt is not None and len(line.cells) == 1


def _upper_prefix(text: str) -> int:
    """The end of the leading run of words without a lower-case letter."""
    end = 0
    for word in _WORD.finditer(text):
        if any(map(str.islower, word.group(0))):
            break
        end = word.end()
    return end


def is_upper(text: str) -> bool:
    letters = list(filter(str.isalpha, text))
    return bool(letters) and sum(map(str.isupper, letters)) >= 0.85 * len(letters)
