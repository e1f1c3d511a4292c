"""The footer: Nơi nhận (ô 9b) and the signature block (ô 7a–7c), and what follows them.

In a PDF text layer the two sit side by side (Nơi nhận on the left, the signature on the
right); a DOCX extraction gives them cell after cell; a web page puts the signature on one line
(``KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên``). The footer is read cell by cell: cells that
start with a dash are Nơi nhận entries, cells that start with an authority prefix (NĐ 30/2020
Phụ lục I, II.7.b) open the signature, upper-case cells give the position and a name in
title case closes it.
"""

from __future__ import annotations

from typing import Final

from vanban import _regex
from vanban.authority import match_prefix
from vanban.parser import vocab
from vanban.parser.layout import DASH_ITEM as _DASH
from vanban.parser.layout import Line, clean
from vanban.parser.signature import (
    INCOMPLETE_TARGETS,
    PREFIX_TOKEN,
    RECIPIENTS,
    SignatureParts,
    drop_signed_note,
    glued_signature,
    is_name,
    known_position,
    opens_upper,
    shift_parts,
    split_signature,
)

__all__ = ["Footer", "SignatureParts", "read_footer", "split_signature"]

_PREFIX_OPENS: Final = "TtKkQq\u212a"
_NOISE: Final = _regex.compile(
    r"^(?:\(?\s*(?:Đã\s+ký|đã\s+ký|Signed|Ký\s+bởi)|\[.*\]$|Digitally\s+signed|Date\s*:|Ký\s+số|"
    r"\d{1,3}$|Người\s+ký|Email|Cơ\s+quan|Thời\s+gian\s+ký)",
)
_APPENDIX: Final = _regex.compile(r"^(?:PHỤ\s+LỤC|Phụ\s+lục|DANH\s+MỤC|MẪU|Mẫu\s+số|BIỂU)")
_HEADING: Final = _regex.compile(r"(?:PHỤ\s++LỤC|DANH\s++MỤC)(?![^\W\d_])")  # an appendix's own


class Footer:
    """Nơi nhận entries (text, group, start, end), signature blocks and the trailing text."""

    def __init__(self, start_line: int) -> None:
        self.start_line = start_line
        self.recipients: list[tuple[str, str | None, int, int]] = []
        self.recipients_found = False
        self.signatures: list[SignatureParts] = []
        self.appendix_line: int | None = None
        self.appendix_offset: int | None = None
        self.last_raw = ""  # the last Nơi nhận entry before its final punctuation was cut
        self.more: list[str] = []  # lines that continue it, joined to it once (join_more)
        self.unrecognised: list[tuple[int, int]] = []

    def extend_last(self, text: str, end: int) -> None:
        """``text``, ending at ``end``, goes on with the last Nơi nhận entry (joined once, by
        :meth:`join_more`: a long run of such lines stays linear)."""
        self.more.append(text)
        item, group, start, _ = self.recipients[-1]
        self.recipients[-1] = (item, group, start, end)

    def join_more(self) -> None:
        """Join the lines that continue the last Nơi nhận entry to it (``clean`` of the
        whole is ``clean`` applied line by line, as the entry grew)."""
        if self.more:
            self.last_raw = clean(" ".join([self.last_raw, *self.more]))
            self.more.clear()
            _, group, start, end = self.recipients[-1]
            self.recipients[-1] = (self.last_raw.rstrip(" ;.,"), group, start, end)


def _is_upper(text: str) -> bool:
    if "_" in text or any(map(str.isdigit, text)):
        return False  # a drafter's code (ô 12) such as "LQ_VP7_QS.2024"
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 2 and all(map(str.isupper, letters))


def _recipients_line(lines: list[Line], start: int) -> int | None:
    """The first line from ``start`` on with a cell that opens with ``Nơi nhận``."""
    for line in lines[start:]:
        for cell in line.cells:
            if cell.text[:1] in "Nn" and RECIPIENTS.match(cell.text):  # a cheap test first
                return line.index
    return None


def read_footer(work: str, lines: list[Line], body_line: int) -> Footer:
    """Find and read the footer after ``body_line``.

    The document's own footer comes before its appendices: when an appendix heading (``PHỤ
    LỤC``, ``DANH MỤC``) stands between the body and the footer found, and the text before the
    heading closes with a signature of its own, that one is the document's, and the later
    ones belong to forms in the appendix (a ``TM. ...`` block printed in a form)."""
    start, _ = _footer_start(lines, body_line)
    heading = _appendix_heading(lines, body_line, start)
    if heading is not None:
        before, strong_before = _footer_start(lines[:heading], body_line)
        if before < heading and (strong_before or _near(lines, before, heading)):
            start = before
    footer = Footer(start)
    if start >= len(lines):
        return footer
    _walk(work, lines, footer)
    footer.join_more()
    return footer


def _footer_start(lines: list[Line], body_line: int) -> tuple[int, bool]:
    """The first line of the footer in ``lines`` (``len(lines)`` if none), and whether a Nơi
    nhận or an authority prefix says so (rather than a position and a name alone)."""
    nn = _recipients_line(lines, body_line)
    auth = _authority_lines(lines, body_line)
    if nn is not None:
        before = [i for i in auth if nn - 12 <= i < nn]
        return (before[0] if before and _only_signature_between(lines, before[0], nn)
                else nn), True
    if auth:
        return (auth[0] if len(auth) == 1 else _last_block(auth)), True
    return _trailing_signature(lines, body_line), False


def _appendix_heading(lines: list[Line], body_line: int, end: int) -> int | None:
    """The first line between ``body_line`` and ``end`` that opens with an upper-case appendix
    heading: ``PHỤ LỤC``, or ``DANH MỤC`` that says what it is attached to."""
    for line in lines[body_line + 1 : end]:
        if line.cells and line.cells[0].text[:1] in "PD" and _HEADING.match(line.cells[0].text) \
                and (line.cells[0].text[0] == "P" or _attached(lines, line.index)):
            return line.index
    return None


def _attached(lines: list[Line], index: int) -> bool:
    """Whether the heading at ``index`` or one of the four lines after it says what it is
    attached to (``Kèm theo ...``, ``Ban hành kèm theo ...``): a DANH MỤC of the body's own
    does not."""
    seen = 0
    for line in lines[index : index + 10]:
        if line.cells:
            if "kèm theo" in line.text.casefold():
                return True
            seen += 1
            if seen == 5:  # a title of three or four lines, then "(Ban hành kèm theo ...)"
                break
    return False


def _near(lines: list[Line], start: int, end: int) -> bool:
    """At most four lines that are not blank from ``start`` to ``end``: the signature closes
    the text before ``end``."""
    return sum(1 for line in lines[start:end] if line.cells) <= 4


def _authority_lines(lines: list[Line], start: int) -> list[int]:
    out = []
    for line in lines[start:]:
        for cell in line.cells:
            # cheap tests before the table of spellings: what PREFIX_TOKEN opens with (in
            # any case, the Kelvin sign K included)
            if cell.text[:1] not in _PREFIX_OPENS or not PREFIX_TOKEN.match(cell.text):
                continue
            found = match_prefix(cell.text)
            if found is not None and _is_upper(cell.text[: found[2] + 12]):
                out.append(line.index)
                break
    return out


def _last_block(auth: list[int]) -> int:
    start = auth[-1]
    for i in reversed(auth[:-1]):
        if start - i <= 3:
            start = i
        else:
            break
    return start


def _only_signature_between(lines: list[Line], first: int, nn: int) -> bool:
    for line in lines[first:nn]:
        for cell in line.cells:
            text = cell.text
            if not (match_prefix(text) or _is_upper(text) or is_name(text) or _NOISE.match(text)):
                return False
    return True


def _trailing_signature(lines: list[Line], body_line: int) -> int:
    """No Nơi nhận and no authority prefix: a position and a name (``CHỦ TỊCH QUỐC HỘI
    Nguyễn Thị Kim Ngân``), on one line or two, the first such after the body's start."""
    for line in lines[body_line:]:
        if not line.cells:  # blank
            continue
        text = line.cells[-1].text
        # more than 16 words (a paragraph of the body): at least 33 characters
        long = len(text) >= 33 and len(text.split(None, 16)) > 16
        if opens_upper(text):  # else split_signature finds no position
            parts = split_signature(text)
            if parts.name is not None and parts.position and known_position(
                    parts.position[-1][0]) and (not long or _FOOTNOTE.match(
                        text, parts.rest or 0)):
                return line.index  # (a long line: the footnotes a web page ran on the name)
        if long:
            continue
        if known_position(text) and line.index + 1 < len(lines):
            following = [ln for ln in lines[line.index + 1 : line.index + 9] if not ln.blank]
            for nxt in following[:6]:  # dotted lines and a "Ngày ..." line may come between
                last = drop_signed_note(nxt.cells[-1].text)
                if is_name(last):
                    return line.index
                if not (_FILLER.match(last) or last.startswith(("Ngày", "ngày"))):
                    break
    tail: list[Line] = []  # the last two lines that are not blank
    for k in range(len(lines) - 1, body_line - 1, -1):
        if lines[k].cells:
            tail.insert(0, lines[k])
            if len(tail) == 2:
                break
    for line in reversed(tail):  # "Nguyễn Văn An (Đã ký)" closing the text
        if is_name(line.cells[-1].text):
            return line.index
    if tail and known_position(tail[-1].cells[-1].text):  # a draft: the position, no name yet
        return tail[-1].index
    return len(lines)


# no white space and a digit or "_" (up to the first one, then the rest: one read of a cell)
_CODE: Final = _regex.compile(r"^[^\s_\d]*+[_\d]\S*+$")
_FILLER: Final = _regex.compile(r"^[.…_\-\s]+$")
# a footnote's number and its first word: after a signature's name ("CHỦ NHIỆM Nguyễn Hạnh Phúc
# 1 Luật hải quan số ...", "... [1] Luật ...": a consolidated text's footnotes run on by a web
# page), or opening a line after the footnotes' rule
_FOOTNOTE: Final = _regex.compile(r"(?:\d{1,3}|\[\d{1,3}\])\s++[^\W\d_]")
_RULE: Final = _regex.compile(r"[-_–—]{4}+[-_–—\s]*+$")  # a line drawn with dashes
# An authority goes on over lines while it ends open ("BAN CHẤP HÀNH,"); past this length
# (real ones are under 100 characters) it is not joined on, so a long run of such lines does
# not copy the growing text once per line.
_LONGEST_AUTHORITY: Final = 400
_PREFIX_WINDOW: Final = 120  # what match_prefix needs to see: a prefix and its target
_MOST_JOINT: Final = 20  # joint signatures side by side on one line (real ones: 2 to 4)


_FORM_FIELD: Final = _regex.compile(r"[^:\n]{3,60}:[^\S\n]+\S")  # "LABEL: value"
# A short note in brackets that a PDF's gap parts from the entry before it on its line (the
# drafter's name, the copies: "(Thuận)", "(02b)"); not a signature's "(Đã ký)", "(Da ky)",
# "(Đóng dấu)", "(Ghi rõ họ và tên)".
_ENTRY_NOTE: Final = _regex.compile(
    r"\((?![^()\n]*(?i:\bk[ýíyi]\b|\bd[ấa]u\b|\bt[êe]n\b))[^()\n]{1,30}\)[.;]?"
)


def _walk(work: str, lines: list[Line], footer: Footer) -> None:
    in_list = False
    list_done = False
    group: str | None = None
    sig = SignatureParts()
    list_col: int | None = None
    last_open = False  # the last Nơi nhận entry may continue on the next line
    name_line: int | None = None
    position_line = -1
    entry_line = -2  # the line of the Nơi nhận label or of the last entry
    pending = ""
    seen_after_position = 0
    seen = -1  # the last line that is not blank
    after_rule = False  # a rule of dashes ended the Nơi nhận list
    luu_open = False  # the Lưu entry ended on its colon
    for line in lines[footer.start_line :]:
        if not line.cells:  # blank
            continue
        previous, seen = seen, line.index
        if sig.position and sig.name is None and not in_list:
            seen_after_position += 1
        if not in_list and (_APPENDIX.match(line.cells[0].text) or seen_after_position > 6):
            footer.appendix_line = line.index
            break
        if name_line is not None and not in_list and line.index > name_line and not (
                RECIPIENTS.match(line.cells[0].text) and not footer.recipients_found):
            first = line.cells[0].text
            if after_rule and not _APPENDIX.match(first) and (
                    _FOOTNOTE.match(first) or _is_upper_box(first) or not _is_upper(first)
                    or not _document_follows(lines, line.index)):
                # after the footnotes' rule: footnotes ("[1] ...", and their lines) and the text
                # boxes a DOCX extraction puts last ("HỎA TỐC", "DỰ THẢO"), not an appendix; an
                # upper-case title after them ("KẾ HOẠCH ...") is an attached document
                footer.unrecognised += [(cell.start, cell.end) for cell in line.cells]
                continue
            footer.appendix_line = line.index
            break
        for index, cell in enumerate(line.cells):
            text = cell.text
            if index and entry_line == line.index and footer.recipients and \
                    _ENTRY_NOTE.fullmatch(text):
                footer.extend_last(text, cell.end)  # "- Lưu: VT, TCCC   (Thuận).": a PDF's gap
                continue
            m = RECIPIENTS.match(text)
            if m and not footer.recipients_found:
                footer.recipients_found = True
                in_list, group, last_open, list_col = True, None, False, cell.col
                entry_line = line.index
                rest = text[m.end() :].strip()
                if rest:
                    _add_recipient(footer, rest, group, cell.start + m.end(), cell.end)
                    last_open = not rest.endswith((";", "."))
                continue
            right = index > 0 or cell.tabbed or (list_col is not None
                                                 and cell.col >= list_col + 20)
            start = cell.start  # where ``text`` starts in the work text
            if not in_list and not right and footer.recipients_found and not footer.recipients \
                    and not list_done and sig.name is None and _DASH.match(text):
                # a DOCX table read row by row: "Nơi nhận:" | the signature's cell, then the
                # list's cell on the next row; its entries are the list's, not the signer's
                in_list, last_open = True, False
            if in_list and not right:
                if _RULE.match(text):
                    # a rule of dashes: the footnotes' separator of a DOCX extraction ("-----"
                    # then "[1] ..."), not an entry; the list has ended, unless an entry
                    # follows (a rule drawn inside the list)
                    footer.unrecognised.append((start, cell.end))
                    nxt = next((ln for ln in lines[line.index + 1 : line.index + 3] if ln.cells),
                               None)
                    if nxt is None or list_done or not _DASH.match(nxt.cells[0].text) or \
                            _RULE.match(nxt.cells[0].text):
                        in_list, list_done, last_open, after_rule = False, True, False, True
                    continue
                if _DASH.match(text):
                    is_luu = vocab.strip_marks(_DASH.sub("", text)).casefold().startswith("luu")
                    glued = glued_signature(text) if is_luu and not list_done else None
                    entry = text if glued is None else text[:glued].rstrip()
                    _add_recipient(footer, entry, group, start, start + len(entry))
                    entry_line = line.index
                    last_open = not entry.rstrip().endswith((";", "."))
                    # "- Lưu:" alone: its units come on the next line ("VT, CĐKDLTTĐĐ.")
                    luu_open = is_luu and entry.rstrip().endswith(":")
                    if is_luu:
                        list_done, last_open = True, False
                    if glued is None:
                        continue
                    # the signature cell run on after the last entry: read it as its own cell
                    in_list, list_done, last_open = False, True, False
                    text, start = text[glued:], start + glued
                if luu_open and previous == entry_line and len(text) <= 80 and \
                        not match_prefix(text) and not is_name(text) and \
                        not known_position(text):  # a draft's "GIÁM ĐỐC" after a blank "Lưu:"
                    footer.extend_last(text, cell.end)
                    entry_line, luu_open = line.index, False
                    continue
                luu_open = False
                if text.endswith(":") and len(text) < 60 and not match_prefix(text):
                    group = text.rstrip(":").strip()
                    continue
                if last_open and footer.recipients and not _is_upper(text) \
                        and not match_prefix(text) and not is_name(text):
                    footer.extend_last(text, cell.end)
                    entry_line = line.index
                    last_open = not text.endswith((";", "."))
                    continue
                if not last_open and not list_done and text.endswith((";", ".")) and \
                        previous == entry_line and sig.name is None and \
                        list_col is not None and abs(cell.col - list_col) <= 6 and not (
                        _is_upper(text) or match_prefix(text) or is_name(text)):
                    # an entry without its dash (a bullet the extraction dropped, or a line
                    # after an entry that ended with ";"): "Trợ lý, Thư ký của: TTg;", on the
                    # next line after an entry, at the list's column, before the signer's name
                    _add_recipient(footer, text, group, cell.start, cell.end)
                    entry_line = line.index
                    if vocab.strip_marks(text).casefold().startswith("luu"):
                        list_done = True
                    continue
                glued = (glued_signature(text) if list_done and previous == entry_line
                         and footer.recipients and not match_prefix(text) else None)
                if glued is not None:
                    # the Lưu entry's end wrapped onto the signature's line, run on with it
                    # ("- Lưu VT;" / "TCHQ.(195) KT. BỘ TRƯỞNG THỨ TRƯỞNG Vũ Thị Mai")
                    footer.extend_last(text[:glued], start + len(text[:glued].rstrip()))
                    text, start = text[glued:], start + glued
                if list_done or match_prefix(text) or _is_upper(text) or is_name(text):
                    in_list = False
                else:
                    footer.unrecognised.append((start, cell.end))
                    continue
            if _NOISE.match(text) or _CODE.match(text) or _FILLER.match(text) or (
                    text.startswith(("Ngày", "ngày")) and "năm" in text):
                footer.unrecognised.append((start, cell.end))
                continue
            if PREFIX_TOKEN.fullmatch(text.strip() + " ") or PREFIX_TOKEN.fullmatch(text.strip()):
                pending = text.strip()  # "KT." alone on its line: the next cell completes it
                continue
            if pending:
                text, shift_back, pending = pending + " " + text, len(pending) + 1, ""
            else:
                shift_back = 0
            if sig.name is not None:
                if match_prefix(text) and not in_list:
                    footer.signatures.append(sig)
                    sig = SignatureParts()
                else:
                    footer.unrecognised.append((start, cell.end))
                    continue
            if index + 1 < len(line.cells) and _FORM_FIELD.match(text):
                # a form's field beside the signer's box ("PHÒNG XỬ LÝ CHÍNH: NỘI CHÍNH" |
                # "LÃNH ĐẠO VĂN PHÒNG"): not a position
                footer.unrecognised.append((start, cell.end))
                continue
            parts = split_signature(text)
            if parts.empty:
                footer.unrecognised.append((start, cell.end))
                continue
            if parts.authority and (sig.position or sig.name):
                footer.signatures.append(sig)
                sig = SignatureParts()
            shift = start - shift_back
            sig.authority += [(t, shift + s, shift + e) for t, s, e in parts.authority]
            if parts.position and not parts.authority and sig.authority and not sig.position \
                    and len(sig.authority[-1][0]) <= _LONGEST_AUTHORITY \
                    and _incomplete(sig.authority[-1][0]):
                t, s, _ = sig.authority[-1]
                pt, _, pe = parts.position[0]
                sig.authority[-1] = (clean(t + " " + pt), s, shift + pe)
            elif parts.position:
                if not sig.position or (line.index == position_line + 1
                                        and not known_position(sig.position[-1][0])):
                    sig.position += [(t, shift + s, shift + e) for t, s, e in parts.position]
                    position_line = line.index
                else:
                    footer.unrecognised.append((start, cell.end))
            if parts.name is not None:
                t, s, e = parts.name
                sig.name = (t, shift + s, shift + e)
                name_line = line.index
                if parts.rest is not None:
                    pos = parts.rest
                    # joint signatures side by side on one line (each read from its offset:
                    # a long run of them stays linear)
                    joint = 0
                    while joint < _MOST_JOINT and match_prefix(text[pos : pos + _PREFIX_WINDOW]):
                        joint += 1
                        footer.signatures.append(sig)
                        sig = split_signature(text, pos)
                        shift_parts(sig, shift)
                        name_line = line.index if sig.name else None
                        if sig.rest is None or sig.rest <= pos:
                            pos = len(text)
                            break
                        pos = sig.rest
                    rest_text = text[pos:]
                    offset = shift + pos
                    docx_order = not footer.recipients_found and not RECIPIENTS.search(rest_text)
                    if rest_text and not docx_order:  # the appendix ran on after the name
                        footer.appendix_line = line.index
                        footer.appendix_offset = offset
                        footer.signatures.append(sig)
                        return
                    if rest_text:  # text after the name, Nơi nhận still to come
                        footer.unrecognised.append((offset, offset + len(rest_text)))
    if not sig.empty:
        footer.signatures.append(sig)


def _incomplete(authority: str) -> bool:
    target = PREFIX_TOKEN.sub("", authority, count=1).strip()
    return target.endswith((",", " VÀ", "-")) or target in INCOMPLETE_TARGETS


# "- Bộ A; - Bộ B" on one line, and "- Cục A; Vụ B. - Lưu: VT" (an item closed by a full stop)
_ITEM_BREAK: Final = _regex.compile(r";\s*[-+•]\s*|\.\s++[-+•]\s++(?=\S)")


def _document_follows(lines: list[Line], index: int) -> bool:
    """Whether a type name (``KẾ HOẠCH``) or an appendix heading opens one of the four lines
    from ``index`` that are not blank: an attached document, not a text box or a footnote's
    upper-case tail."""
    seen = 0
    for line in lines[index : index + 8]:
        if line.cells:
            text = line.cells[0].text
            if vocab.TYPE_LINE.match(text) or _APPENDIX.match(text):
                return True
            seen += 1
            if seen == 4:
                break
    return False


def _is_upper_box(text: str) -> bool:
    """A text box's few words in capitals (``HỎA TỐC``, ``DỰ THẢO``, ``MẬT``)."""
    return len(text) <= 40 and text.isupper() and len(text.split(None, 4)) <= 4


def _add_recipient(footer: Footer, text: str, group: str | None, start: int, end: int) -> None:
    footer.join_more()
    for part in _ITEM_BREAK.split(text):
        footer.last_raw = clean(_DASH.sub("", part))
        item = footer.last_raw.rstrip(" ;.,")
        if item and any(map(str.isalnum, item)):
            footer.recipients.append((item, group, start, end))
