"""Word lists and patterns the parser recognises, kept apart from the logic that uses them.

Headers follow NĐ 30/2020 Phụ lục I (ô 1–5) and Hướng dẫn 36-HD/VPTW; the lists of head
nouns and positions are built from the real documents of the development corpus and the
examples of NĐ 30/2020 Phụ lục I, Mục V.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from vanban import _regex, doctypes
from vanban._trie import alternation, literal


def _marks_table() -> dict[int, int | None]:
    table: dict[int, int | None] = {0x0111: ord("d"), 0x0110: ord("D")}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = ord(base)
    for cp in range(0x300, 0x370):  # combining marks of decomposed text
        table[cp] = None
    return table


_MARKS: Final = _marks_table()


def strip_marks(text: str) -> str:
    """Remove diacritics (and map đ/Đ to d/D): a key for text typed without them.

    >>> strip_marks("Đảng Cộng sản Việt Nam")
    'Dang Cong san Viet Nam'
    """
    return text.translate(_MARKS)


# The national title and motto, and the Party's title (any case, with or without diacritics).
# The Quốc hiệu, its motto and the Party's name; a Quốc hiệu whose "NAM" a text box cut off
# ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" closing its cell) is one too, and so is one typed or
# recognised with a wrong tone mark on a vowel ("CỘNG HÕA", "VIẾT NAM").
NATIONAL: Final = (
    r"C[ÔỘỒỐỔỖO]NG\s*H[OÒÓỎÕỌ]\s*[AÀÁẢÃẠ]\s+X[AÃÀÁẢẠ]\s+H[ÔỘỒỐỔỖO]I\s+CH[UỦÙÚŨỤ]\s+"
    r"NGH[IĨÌÍỈỊ]A\s+VI[ÊỆỀẾỂỄE]T(?:\s+NAM|(?![^\W\d_]))"
    r"|[ĐD][ỘO]C\s+L[ẬA]P\s*[-–—]\s*T[ỰU]\s+DO\s*[-–—]\s*H[ẠA]NH\s+PH[ÚU]C"
    r"|[ĐD][ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM"
)
# A note a website inserted in brackets ("[Điều này được hướng dẫn bởi ...]"), up to 600
# characters on one line.
NOTE: Final = r"\[[^\]\n]{0,600}+\]"
# a rule under a name: hyphens, underscores, dots, or en/em dashes as a PDF text layer prints it
SEPARATOR: Final = r"[-_=~•.–—]{3,}+|(?<!\S)\*(?!\S)"
# ("II /": a scan's "11", read after the label and reported as a number it cannot read)
NUMBER_LABEL: Final = (
    r"(?<![\w/])(?:(?:Luật|Bộ\s+luật|Nghị\s+quyết|Pháp\s+lệnh|Lệnh|LUẬT|BỘ\s+LUẬT|NGHỊ\s+QUYẾT)\s+)?"
    r"(?:Số|SỐ|số|So|SO)(?:\s*:\s*|\s+)(?=[\d.…/\-–—_]|$|[IlO|]{1,4}[^\S\n]?/)"
)
SUBJECT_LABEL: Final = r"(?<![\w/])[Vv]\s*/\s*[vV](?![\w/])\.?\s*:?"
# How a công văn's abstract opens without "V/v" (ô 5b): "Về ..." or, in a Party công văn,
# "về việc ..." in lower case.
ABSTRACT_OPENS: Final = ("Về ", "về việc ")
ADDRESS_LABEL: Final = r"(?<!\w)(?:K[íi]nh\s+(?:g[ửu]i|tr[ìi]nh))\s*:?"
DRAFT: Final = (
    r"(?<!\w)D[ỰU]\s+TH[ẢA]O(?!\w)(?:\s+(?:lần\s+\d+|LẦN\s+\d+|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?))?"
)
URGENCY: Final = r"(?<!\w)(?:H[ỎO]A\s+T[ỐO]C|HO[ẢA]\s+T[ỐO]C|TH[ƯU][ỢO]NG\s+KH[ẨA]N|KH[ẨA]N)(?!\w)"

# Types of document as printed in the header (upper case), longest first.
_EXTRA_TYPES: Final = ("PHIẾU TRÌNH", "KẾT LUẬN", "THÔNG TRI", "QUY ĐỊNH", "ĐỀ ÁN", "ĐIỀU LỆ")


def _type_names() -> tuple[str, ...]:
    names = {row.name.upper() for row in doctypes.document_types()}
    names.update(alias.upper() for row in doctypes.document_types() for alias in row.aliases)
    names.update(_EXTRA_TYPES)
    names = {re.sub(r"\s*\(.*?\)", "", n) for n in names}
    return tuple(sorted(names, key=len, reverse=True))


TYPE_NAMES: Final = _type_names()
# the names as a trie: a flat alternation of fifty names is slow to try at every word
TYPE_LINE: Final = _regex.compile(r"(?<![\w])" + alternation(TYPE_NAMES, literal) + r"(?![\w:])")
# the names without diacritics: a type line typed without them or recognised with a wrong one
# ("QUYET DINH", OCR's "QUYÉT ĐỊNH") → the name
TYPE_KEYS: Final = {strip_marks(name): name for name in TYPE_NAMES}

# Sentences that open a body: where a flattened header stops.
BODY_START: Final = (
    r"(?:Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Trả\s+lời|Phúc\s+đáp|"
    r"Triển\s+khai|Thi\s+hành|Tiếp\s+nhận|Nhằm|Để\s|Ngày\s+\d|Vừa\s+qua|Hiện\s+nay|"
    r"Trên\s+cơ\s+sở|Qua\s|Sau\s+khi|Được\s|Trong\s|Nhận\s+được|Thời\s+gian\s+qua|"
    r"Thừa\s+lệnh|Với\s|Tại\s|Ủy\s+ban\s+nhân\s+dân\s+tỉnh\s+\w+\s+(?:nhận|đã|có))"
)

# The authority line of a decision's preamble, which follows its title (ô 5a).
ENACTING_AUTHORITY: Final = (
    r"(?:CHỦ\s+TỊCH\s+(?:ỦY|UỶ|UBND)|BỘ\s+TRƯỞNG\s+BỘ|THỦ\s+TƯỚNG\s+CHÍNH\s+PHỦ|"
    r"GIÁM\s+ĐỐC\s+SỞ|CỤC\s+TRƯỞNG\s+CỤC|TỔNG\s+CỤC\s+TRƯỞNG|"
    r"(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN\s+(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG)|"
    r"HỘI\s+ĐỒNG\s+THẨM\s+PHÁN|TỔNG\s+KIỂM\s+TOÁN\s+NHÀ\s+NƯỚC|"
    r"HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|(?<!CHỨC )(?:CHÍNH\s+PHỦ|QUỐC\s+HỘI)\s*$|BAN\s+CHẤP\s+HÀNH|"
    r"BAN\s+THƯỜNG\s+VỤ|"
    r"TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG|THỐNG\s+ĐỐC|VIỆN\s+TRƯỞNG|CHÁNH\s+ÁN|"
    r"QUỐC\s+HỘI\s+NƯỚC|(?:ỦY|UỶ)\s+BAN\s+THƯỜNG\s+VỤ\s+QUỐC\s+HỘI\s*$|"
    r"(?:ỦY|UỶ)\s+BAN\s+THƯỜNG\s+VỤ\s+QUỐC\s+HỘI\s+(?=Căn|CĂN))"
)

# Nouns that begin the name of a body (compared without diacritics, upper case).
_HEADS: Final = (
    "BO", "SO", "CUC", "TONG CUC", "VU", "VIEN", "UY BAN", "UBND", "HDND", "HOI DONG",
    "VAN PHONG", "PHONG", "BAN", "CHI CUC", "CONG AN", "TRUONG", "BENH VIEN", "TRUNG TAM",
    "QUOC HOI", "CHINH PHU", "THU TUONG", "CHU TICH", "TINH UY", "THANH UY", "HUYEN UY",
    "DANG UY", "DANG BO", "CHI BO", "HIEP HOI", "HOI", "TAP DOAN", "CONG TY", "DOAN",
    "MAT TRAN", "KIEM TOAN", "TOA AN", "NGAN HANG", "PHU", "THANH TRA", "DAI HOC", "HOC VIEN",
    "BO CHI HUY", "BO TU LENH", "QUAN KHU", "LIEN DOAN", "DAI", "BAO", "KHO BAC", "CHI NHANH",
    "UBMTTQ", "LIEN MINH", "TONG CONG TY", "QUY", "UBKT", "CUC THUE", "HOI LIEN HIEP",
)
HEAD: Final = _regex.compile(r"(?:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")\b")
# Heads of a unit inside a ministry or province, where a flattened line is split in two.
SUB_HEAD: Final = _regex.compile(
    r"\s(?=(?:TỔNG CỤC|CỤC|SỞ|VỤ|VIỆN|TRUNG TÂM|CHI CỤC|THANH TRA|BAN QUẢN LÝ|CÔNG AN)\s"
    r"|(?:VĂN PHÒNG|BAN TỔ CHỨC|BAN TUYÊN GIÁO|BAN DÂN VẬN|BAN NỘI CHÍNH|ỦY BAN KIỂM TRA|"
    r"UỶ BAN KIỂM TRA|ĐẢNG ỦY|ĐẢNG UỶ|CHI BỘ)(?:\s|$))"
)

# Signing positions (chức vụ), upper case.
POSITIONS: Final = (
    "PHÓ THỦ TƯỚNG", "THỦ TƯỚNG", "THỨ TRƯỞNG", "BỘ TRƯỞNG", "PHÓ CHỦ TỊCH", "CHỦ TỊCH",
    "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ CỤC TRƯỞNG", "CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG",
    "TỔNG CỤC TRƯỞNG", "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "PHÓ CHỦ NHIỆM", "CHỦ NHIỆM",
    "PHÓ TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "PHÓ BÍ THƯ THƯỜNG TRỰC",
    "PHÓ BÍ THƯ", "BÍ THƯ", "TỔNG BÍ THƯ", "CHỦ TỊCH QUỐC HỘI", "PHÓ CHỦ TỊCH QUỐC HỘI",
    "CHỦ TỊCH NƯỚC", "PHÓ THỐNG ĐỐC", "THỐNG ĐỐC", "VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG",
    "CHÁNH ÁN", "PHÓ CHÁNH ÁN", "TỔNG KIỂM TOÁN", "PHÓ TỔNG KIỂM TOÁN", "HIỆU TRƯỞNG",
    "PHÓ HIỆU TRƯỞNG", "CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "TRƯỞNG ĐOÀN", "TỔ TRƯỞNG",
    "LÃNH ĐẠO VĂN PHÒNG", "TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "CHỦ TỊCH HỘI ĐỒNG",
    "LÃNH ĐẠO PHÒNG", "LÃNH ĐẠO SỞ", "CHUYÊN VIÊN", "NGƯỜI KÝ",
)
POSITION_KEYS: Final = frozenset(strip_marks(p) for p in POSITIONS)
