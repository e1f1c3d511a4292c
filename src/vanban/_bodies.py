"""Names of bodies in running text: ``Sở Nông nghiệp và Môi trường``, ``các sở, ban, ngành``.

A text is split into tokens once (:class:`Words`); :func:`read_names` then reads, from a token
on, a list of names separated by commas, semicolons and ``và``. A name starts with a head word
(``Bộ``, ``Sở``, ``Ủy ban``, ``Công an``, ``Thủ trưởng``, ``các cơ quan`` ...) and runs until a
word that cannot be part of a name: a preposition or an adverb (``theo``, ``để``, ``khẩn
trương``), a verb or a noun such as ``kết quả`` in lower case, or a capitalised verb after a
lower-case word (a heading wrapped onto the next line: ``... các tổ chức đoàn thể Đẩy mạnh``).
Capitalised words after ``và`` or right after the head belong to the name (``Bộ Kế hoạch và Đầu
tư``, ``Ban Chỉ đạo``). A new name starts at a head after a separator; otherwise the separator
joins the parts of one name (``các Bộ, ngành liên quan``, ``Sở Văn hóa, Thể thao và Du lịch``).

>>> w = Words("Giao Sở Xây dựng chủ trì, phối hợp với Công an tỉnh và các sở, ngành, "
...           "địa phương có liên quan tổ chức hướng dẫn")
>>> read_names(w, 1).names
['Sở Xây dựng']
>>> read_names(w, w.at(w.text.index("Công an")), lower_ok=True).names
['Công an tỉnh', 'các sở, ngành, địa phương có liên quan']
>>> action(w, w.at(w.text.index("tổ chức")))
'hướng dẫn'
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from vanban import _regex

__all__ = ["Names", "Words", "action", "head", "read_names", "tidy", "verb_follows"]

def _words(text: str) -> frozenset[str]:
    """The words of ``text`` (``_`` joins the syllables of one word: ``căn_cứ``)."""
    return frozenset(w.replace("_", " ") for w in text.split())


_TOKEN: Final = _regex.compile(r"\w+(?:[/&'’]\w+)*|[^\w\s]")

# The first word of a body's name, with the second words that make it something else.
_HEADS: Final[dict[str, frozenset[str]]] = {
    w: frozenset(x.split()) for w, x in {
        "bộ": "máy luật phận", "sở": "", "ủy": "", "uỷ": "", "ubnd": "", "ban": "hành",
        "văn": "", "cục": "bộ", "chi": "", "tổng": "", "vụ": "việc", "công": "", "thanh": "",
        "trung": "", "phòng": "chống ngừa tránh cháy , thủ", "viện": "dẫn trợ", "bệnh": "",
        "trường": "hợp", "đài": "", "báo": "cáo chí", "hội": (
            "nghị thảo đủ nhập tụ chợ thi diễn viên"), "liên": "", "mặt": "", "đoàn": "kết viên",
        "kho": "", "ngân": "", "bảo": "", "bhxh": "", "thuế": "suất", "chủ": "", "phó": "",
        "giám": "", "thủ": "", "thường": "", "tỉnh": "", "huyện": "", "thành": "", "đảng": "",
        "hiệp": "", "quỹ": "đất", "tòa": "", "toà": "", "kiểm": "", "hđnd": "", "mttq": "",
        "ubmttq": "", "trạm": "", "người": "", "lãnh": "", "cảng": "", "đội": "ngũ", "cơ": "",
        "doanh": "", "quân": "", "chính": "", "đơn": "", "địa": "", "tổ": "", "lực": "",
        "ngành": "", "cấp": "độ phép giấy số",
    }.items()
}
# Two-word heads: the first word, then the second words it takes.
_SECOND_WORD: Final = {w: frozenset(x.split()) for w, x in {
    "ủy": "ban", "uỷ": "ban", "văn": "phòng", "chi": "cục nhánh", "công": "an ty",
    "thanh": "tra", "trung": "tâm", "bệnh": "viện", "liên": "đoàn minh", "mặt": "trận",
    "kho": "bạc", "ngân": "hàng", "bảo": "hiểm", "chủ": "tịch", "phó": "chủ giám thủ",
    "giám": "đốc", "thủ": "trưởng tướng", "thường": "trực", "tỉnh": "ủy uỷ", "huyện": "ủy uỷ",
    "thành": "ủy uỷ", "đảng": "ủy uỷ đoàn", "hiệp": "hội", "tòa": "án", "toà": "án",
    "kiểm": "toán", "người": "đứng", "lãnh": "đạo", "cảng": "vụ", "cơ": "quan",
    "doanh": "nghiệp", "quân": "khu đội", "chính": "phủ quyền", "tổng": "cục công",
    "đơn": "vị", "địa": "phương", "tổ": "chức", "lực": "lượng",
}.items()}
# Heads that may be written in lower case where a list of bodies is expected.
_LOWER_HEADS: Final = _words(
    "bộ sở ban ngành cơ đơn địa tổ doanh cấp người thủ chủ lãnh chính lực đoàn phòng trường "
    "hội ủy ubnd")
# Heads that are verbs unless "các" comes before them: "các tổ chức", not "Tổ chức ...".
_AFTER_CAC_ONLY: Final = frozenset({"tổ", "cấp"})
# Heads that need a capitalised word after them: "lãnh đạo UBND tỉnh", not "lãnh đạo, chỉ đạo".
_NEEDS_CAPITAL_NEXT: Final = frozenset({"lãnh", "thường"})
# Heads that name nothing alone: the words after them belong to the name even when they are
# lower-case verbs ("Tổng cục quản lý ruộng đất", "Ban quản lý các khu công nghiệp").
_BARE: Final = frozenset({"tổng cục", "cục", "ban", "vụ", "viện", "ủy ban", "uỷ ban", "chi cục",
                          "trung tâm", "văn phòng", "phòng"})

VERBS: Final = frozenset("""
tuyên truyền|phổ biến|quán triệt|rà soát|báo cáo|tổng hợp|kiểm tra|thanh tra|giám sát|theo dõi
|đôn đốc|hướng dẫn|xây dựng|ban hành|trình|tham mưu|đề xuất|nghiên cứu|triển khai|thực hiện
|tổ chức|chỉ đạo|hoàn thiện|hoàn thành|sửa đổi|cung cấp|bố trí|cử|huy động|giúp|hỗ trợ
|xử lý|giải quyết|thẩm định|công bố|công khai|cập nhật|đánh giá|tiếp nhận|lập|thành lập
|kiện toàn|xác định|thu hồi|tạm dừng|đình chỉ|tăng cường|đẩy mạnh|nâng cao|duy trì|vận động
|phát động|khắc phục|chấn chỉnh|điều chỉnh|gửi|nộp|ứng dụng|tập huấn|bồi dưỡng|lựa chọn
|phân bổ|giải ngân|quản lý|kiểm soát|ngăn chặn|phát hiện|đấu tranh|điều tra|khởi tố|tuần tra
|sắp xếp|nâng cấp|mở rộng|kết nối|khai thác|chuyển giao|quảng bá|xúc tiến|thu hút|tuân thủ
|áp dụng|phát huy|thúc đẩy|đổi mới|liên kết|hợp tác|giữ gìn|tìm kiếm|chuẩn bị|sơ kết
|tổng kết|xác minh|tiến hành|đề cao|lãnh đạo|hiệu chỉnh|ghi rõ|có văn bản|có kế hoạch
|tập trung|cụ thể hóa|tham gia|bảo vệ|phát triển|đầu tư|đào tạo|tiếp tục|phản ánh
|xin ý kiến|xuất bản|đăng ký|giao|đưa|tạo điều kiện|quan tâm|chủ động|khẩn trương
|thường xuyên|kịp thời|phối hợp|chủ trì|chịu trách nhiệm|có trách nhiệm|tập hợp
""".replace("\n", "").split("|"))
# A verb before another verb is not the task's action: "tổ chức tuyên truyền".
_LIGHT: Final = frozenset({"tiến hành", "tổ chức", "thực hiện", "tăng cường", "đẩy mạnh",
                           "triển khai", "tập trung", "tiếp tục", "chủ động", "khẩn trương",
                           "thường xuyên", "kịp thời", "quan tâm"})
_NOT_ACTIONS: Final = frozenset({"chủ trì", "phối hợp", "giao", "chịu trách nhiệm",
                                 "có trách nhiệm", "tiếp tục", "chủ động", "khẩn trương",
                                 "thường xuyên", "kịp thời", "quan tâm"})
# Words that end a name whatever their case, and those that end it in lower case.
_HARD_STOPS: Final = _words("""theo để nhằm về trong tại khi
nếu thì căn_cứ trên_cơ_sở chủ_trì phối_hợp kết_hợp cùng_với có_trách_nhiệm chịu_trách_nhiệm
có_ý_kiến hằng hàng_năm hàng_tháng hàng_quý hàng_tuần định_kỳ đối_với thường_xuyên khẩn_trương
kịp_thời chủ_động tiếp_tục nghiêm_túc sớm qua thông_qua từ bằng nơi ngay là được bảo_đảm
đảm_bảo trước sau với cho đề_nghị yêu_cầu giao trân_trọng sẽ đã đang cần phải cũng không
chưa""")
_SOFT_STOPS: Final = _words("""kết_quả tình_hình việc công_tác
nội_dung hồ_sơ văn_bản số_liệu kế_hoạch danh_sách báo_cáo ý_kiến kinh_phí dự_thảo đề_án
chương_trình thông_tin những toàn_bộ trách_nhiệm các_nhiệm_vụ nhiệm_vụ""")
_AFTER_SUBJECT: Final = _words("sẽ cần phải đã đang có chịu theo căn nghiêm")
_HONORIFICS: Final = frozenset({"đ/c", "đồng", "chí", "quý", "trân", "trọng"})


class Words:
    """The tokens (words and punctuation marks) of ``text[start:stop]``, split once.

    Offsets are offsets into ``text``; a window that would end inside a word ends after it.
    Only the windows that are read are split: the start of a task, the words after ``phối
    hợp`` or ``báo cáo`` (see :meth:`window`).
    """

    __slots__ = ("lower", "start", "starts", "stop", "text", "words")

    def __init__(self, text: str, start: int = 0, stop: int | None = None) -> None:
        end = len(text) if stop is None else min(len(text), stop)
        space = text.find(" ", end, end + 40) if end < len(text) else -1
        end = len(text) if end < len(text) and space < 0 else (space if space >= 0 else end)
        self.text, self.start, self.stop = text, start, end
        found = list(_TOKEN.finditer(text, start, end))
        # map with the methods themselves: no Python-level call per token
        self.words: list[str] = list(map(re.Match.group, found))
        self.starts: list[int] = list(map(re.Match.start, found))
        self.lower = list(map(str.lower, self.words))

    def window(self, offset: int, size: int = 320) -> Words:
        """These tokens if they go on for 50 tokens past ``offset`` (or to the end of the text),
        else a new window of ``size`` characters of the same text from ``offset``."""
        if self.start <= offset and (self.stop >= len(self.text) or (
                len(self.starts) - self.at(offset) >= 50)):
            return self
        return Words(self.text, offset, offset + size)

    def __len__(self) -> int:
        return len(self.words)

    def at(self, offset: int) -> int:
        """The index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def key(self, k: int, n: int) -> str:
        """The ``n`` lower-case words from ``k``, joined by spaces."""
        return " ".join(self.lower[k : k + n])

    def end(self, k: int) -> int:
        """Where token ``k`` ends."""
        return self.starts[k] + len(self.words[k])

    def offset(self, k: int) -> int:
        """Where token ``k`` starts (the end of the window past the last token)."""
        return self.starts[k] if k < len(self.starts) else self.stop


class Names:
    """Names read from a text: the names, the char offset and token index where they end."""

    __slots__ = ("end", "names", "stop")

    def __init__(self, names: list[str], end: int, stop: int) -> None:
        self.names = names
        self.end = end
        self.stop = stop


def head(w: Words, k: int, lower_ok: bool) -> int:
    """The number of tokens of the head of a name starting at token ``k`` (0 if none)."""
    if k >= len(w):
        return 0
    low = w.lower[k]
    if low in ("các", "những"):
        inner = head(w, k + 1, True)
        return 1 + inner if inner else 0
    word = w.words[k]
    if low not in _HEADS or not (word[:1].isupper() or (lower_ok and low in _LOWER_HEADS)):
        return 0
    if low in _AFTER_CAC_ONLY and not (k > 0 and w.lower[k - 1] in ("các", "những")):
        return 0  # "Tổ chức tuyên truyền": a verb
    nxt = w.lower[k + 1] if k + 1 < len(w) else ""
    if nxt in _HEADS[low]:
        return 0
    second = _SECOND_WORD.get(low)
    if second is not None:
        if nxt not in second:
            return 0
        after = w.words[k + 2] if k + 2 < len(w) else ""
        if low in _NEEDS_CAPITAL_NEXT and not after[:1].isupper():
            return 0
        return 2
    if word.isupper() and len(word) >= 3:  # UBND, BHXH
        return 1
    if not nxt[:1].isalnum():
        return 1 if low in ("sở", "ban", "bộ", "ngành", "cấp") else 0
    return 1


def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words ``phrases`` open with: a token that is none of them opens none of the
    phrases, so the three keys from it need not be joined (tokens hold no white space)."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in phrases)


_HARD_FIRST: Final = _first_words(_HARD_STOPS)
_VERB_FIRST: Final = _first_words(VERBS)
_SOFT_OR_VERB_FIRST: Final = _first_words(_SOFT_STOPS | VERBS)


def _hard_stop(w: Words, k: int) -> bool:
    if 0 <= k < len(w.lower) and w.lower[k] not in _HARD_FIRST:
        return False
    return any(w.key(k, n) in _HARD_STOPS for n in (3, 2, 1))


def _stop(w: Words, k: int, capital_verbs: bool) -> bool:
    """Whether token ``k`` ends a name (see the module documentation)."""
    if _hard_stop(w, k):
        return True
    if w.lower[k] == "có":
        nxt = w.lower[k + 1] if k + 1 < len(w) else ""
        return nxt not in ("liên", "rừng", "thẩm")
    if k >= 0 and w.lower[k] not in _SOFT_OR_VERB_FIRST:
        return False
    lower = w.words[k][:1].islower()
    for n in (3, 2, 1):
        key = w.key(k, n)
        verb = key in VERBS
        if (verb or key in _SOFT_STOPS) and (lower or (capital_verbs and verb)):
            return True
    return False


def _complete(lower: list[str]) -> bool:
    """A name ending in ``liên quan`` (or ``liên quan khác``) is complete."""
    return lower[-2:] == ["liên", "quan"] or (lower[-1:] == ["khác"] and "liên" in lower)


def read_names(w: Words, k: int, *, lower_ok: bool = False, limit: int = 48) -> Names:
    """The bodies named from token ``k`` on; ``lower_ok`` allows lower-case heads where a list
    of bodies is expected (``phối hợp với cơ quan liên quan``)."""
    stop_at = min(len(w), k + limit)
    while k < stop_at and w.lower[k] in _HONORIFICS:
        if w.lower[k] == "quý" and k + 1 < len(w) and w.lower[k + 1] == "cơ":
            break
        k += 1
    start = w.offset(k)
    if not head(w, k, lower_ok):
        return Names([], start, k)
    names: list[str] = []
    current: list[int] = []  # token indices of the name being read
    end = start
    since_head = 0
    while k < stop_at:
        word, low = w.words[k], w.lower[k]
        if not current:
            size = head(w, k, True)
            if not size:
                break
            current.extend(range(k, k + size))
            end = w.end(k + size - 1)
            k += size
            since_head = 0
            continue
        if word == "(":  # an aside: "Bộ Quốc phòng (Cục Bản đồ)", "UBND tỉnh (qua Sở Nội vụ)"
            close = next((j for j in range(k + 1, min(k + 25, stop_at)) if w.words[j] == ")"),
                         None)
            if close is None:
                break
            k = close + 1
            continue
        if word in (",", ";", "-", "–") or low == "và":
            nxt = k + 1
            dash = word in ("-", "–")
            if head(w, nxt, not dash) and (
                    w.words[nxt][:1].isupper() or w.lower[nxt] in ("các", "những", "người")
            ) and not (len(current) == 1 and low == "và"):  # "Báo và Đài ...": one name
                names.append(_text(w, current))
                current = []
                k = nxt
                continue
            if word == ";" or nxt >= stop_at or _stop(w, nxt, False) or (
                    dash and not w.words[nxt][:1].isupper()):
                break
            current.append(k)
            k += 1
            continue
        if not word[:1].isalnum():
            break
        prev = w.words[k - 1]
        bare = since_head == 0 and w.words[current[0]][:1].isupper() and (
            " ".join(w.lower[i] for i in current) in _BARE)
        if _hard_stop(w, k) if bare else _stop(
                w, k, since_head > 0 and prev[:1].islower() and prev.lower() != "và"):
            break
        if len(current) >= 18:
            break
        current.append(k)
        end = w.end(k)
        k += 1
        since_head += 1
        if _complete([w.lower[i] for i in current[-3:]]) and k < len(w) and (
                w.words[k] not in (",", ";", "(") and w.lower[k] not in ("và", "khác")):
            break  # "các cơ quan liên quan xuất bản ...": nothing follows "liên quan"
    if current:
        names.append(_text(w, current))
    names = [n for n in (tidy(n) for n in names) if n]
    return Names(names, end if names else start, k)


def _text(w: Words, indices: list[int]) -> str:
    text = " ".join([w.words[i] for i in indices])
    if "," not in text and ";" not in text:  # most names: nothing to join up
        return text
    return _SPACE_BEFORE.sub(r"\1", text)


_SPACE_BEFORE: Final = _regex.compile(r"\s+([,;])")


def tidy(name: str) -> str:
    """A name without trailing separators; ``""`` if it is a bare word (``Bộ``)."""
    name = name.strip(" ,;-–")
    while name.lower().endswith((" và", " các")):
        name = name.rsplit(" ", 1)[0].rstrip(" ,;")
    if len(name.split()) < 2 and not (name.isupper() and len(name) >= 3):
        return ""
    return name


def verb_at(w: Words, k: int) -> str | None:
    """The verb phrase (of :data:`VERBS`) starting at token ``k``, if any."""
    if 0 <= k < len(w.lower) and w.lower[k] not in _VERB_FIRST:
        return None
    return next((w.key(k, n) for n in (3, 2, 1) if w.key(k, n) in VERBS), None)


def verb_follows(w: Words, k: int) -> bool:
    """Whether a verb (or a modal, or ``theo chức năng``) is at token ``k``: ``... các đơn vị
    tổ chức ...`` has a subject, ``... các đơn vị trong việc ...`` has none."""
    return k < len(w) and (verb_at(w, k) is not None or w.lower[k] in _AFTER_SUBJECT)


def action(w: Words, k: int) -> str | None:
    """The first verb from token ``k`` on; a light verb before another one is skipped
    (``tổ chức tuyên truyền`` → ``tuyên truyền``)."""
    stop = min(len(w), k + 60)
    pending: str | None = None
    while k < stop:
        verb = verb_at(w, k)
        if verb is None:
            if pending is not None:
                return pending
            k += 1
            continue
        k += verb.count(" ") + 1
        if verb in _NOT_ACTIONS:
            continue
        if verb in _LIGHT:
            pending = pending or verb
            continue
        return verb
    return pending
