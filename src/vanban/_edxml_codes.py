"""Code lists of edXML (QCVN 102:2016/BTTTT, as amended by SĐ1:2022), used by :mod:`vanban.edxml`.

``Priority`` (OtherInfo): 0 Thường, 1 Khẩn, 2 Thượng khẩn, 3 Hỏa tốc, 4 Hỏa tốc hẹn giờ (read as
Hỏa tốc). ``TypeDetail`` (DocumentType): the A list for văn bản quy phạm pháp luật (Type 1) and
the B list for văn bản hành chính (Type 2), as far as the published table could be read; the
numbers of B 10–17 follow the older NĐ 09/2010 order and are not confirmed. Unknown types are
written as 0, which real traffic also uses.
"""

from __future__ import annotations

from typing import Final

from vanban.enums import Urgency

__all__ = ["PRIORITY_OF", "TYPE_DETAIL", "URGENCY_OF"]

PRIORITY_OF: Final = {Urgency.NONE: 0, Urgency.URGENT: 1, Urgency.VERY_URGENT: 2,
                      Urgency.FLASH: 3}
URGENCY_OF: Final = {"0": Urgency.NONE, "1": Urgency.URGENT, "2": Urgency.VERY_URGENT,
                     "3": Urgency.FLASH, "4": Urgency.FLASH}

_A: Final = ("Hiến pháp", "Luật", "Pháp lệnh", "Lệnh", "Nghị quyết", "Nghị quyết liên tịch",
             "Nghị định", "Quyết định", "Thông tư", "Thông tư liên tịch")
_B: Final = {"Chỉ thị": 3, "Quy chế": 4, "Quy định": 5, "Thông cáo": 6, "Thông báo": 7,
             "Hướng dẫn": 8, "Chương trình": 9, "Kế hoạch": 10, "Phương án": 11, "Đề án": 12,
             "Dự án": 13, "Báo cáo": 14, "Biên bản": 15, "Tờ trình": 16, "Hợp đồng": 17,
             "Công văn": 18, "Công điện": 19, "Bản ghi nhớ": 20, "Bản cam kết": 21,
             "Bản thỏa thuận": 22, "Giấy chứng nhận": 23, "Giấy ủy quyền": 24, "Giấy mời": 25,
             "Giấy giới thiệu": 26}

#: TypeDetail by case-folded type name. A normative Quyết định and an individual one share a
#: name; the A number is used, as the name alone cannot tell them apart.
TYPE_DETAIL: Final = {name.casefold(): i for name, i in _B.items()} | {
    name.casefold(): i for i, name in enumerate(_A, start=1)}
