"""Vocabulary of :mod:`vanban.strategies`: issuing bodies and how they sign, places, names,
subjects and recipients.

Nothing here imports hypothesis. The issuer codes, their names and whether they work
collectively come from ``data/issuers.json`` (:mod:`vanban.issuers`); the document types from
``data/doctypes.json`` (:mod:`vanban.doctypes`); the authority prefixes from
``data/authorities.json`` (:mod:`vanban.authority`). What those tables do not record — the
name a body prints in its header, its head's and deputy's positions, the units that draft its
letters, the years it existed — is kept in :data:`PROFILES`, one row per kind of body, after
the examples of NĐ 30/2020 Phụ lục I, Mục V and the real documents of
``spec/conventions.md`` (§1.4.9, §1.4.11, §3.6, §5).

>>> [p.code for p in PROFILES][:4]
['CP', 'TTg', 'VPCP', 'NHNN']
>>> p = profile("UBND")
>>> p.collective, p.head, p.deputy
('ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH')
"""

from __future__ import annotations

import datetime
import functools
from typing import Final

import attrs

from vanban import issuers
from vanban.enums import Family

__all__ = [
    "ADDRESSEES",
    "GIVEN_NAMES",
    "LAWS",
    "MIDDLE_NAMES",
    "PROFILES",
    "PROVINCES",
    "RECIPIENTS",
    "SURNAMES",
    "TOPICS",
    "Profile",
    "Unit",
    "profile",
]

ND30: Final = datetime.date(2020, 3, 5)  # NĐ 30/2020 took effect the day it was signed
LAST: Final = datetime.date(2026, 12, 31)
# Ministries merged or renamed on 01/3/2025; district level abolished on 01/7/2025.
MERGER: Final = datetime.date(2025, 3, 1)
TWO_TIER: Final = datetime.date(2025, 7, 1)


@attrs.frozen
class Unit:
    """A place a body sits in: its name in the header (``TỈNH LÀO CAI``), the place name of
    the date line (``Lào Cai``) and the word for its kind (``tỉnh``) used in running text."""

    header: str
    place: str
    text: str


# Provinces and centrally governed cities (after the 2025 reorganisation; Bắc Kạn, Hà Giang,
# Long An ... are historical). Place names follow NĐ 30/2020 Phụ lục I, I.4.a: the full name for
# a unit named after a person ("Thành phố Hồ Chí Minh").
PROVINCES: Final = tuple(
    Unit(header, place, text)
    for header, place, text in (
        ("THÀNH PHỐ HÀ NỘI", "Hà Nội", "thành phố Hà Nội"),
        ("THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("THÀNH PHỐ ĐÀ NẴNG", "Đà Nẵng", "thành phố Đà Nẵng"),
        ("THÀNH PHỐ HẢI PHÒNG", "Hải Phòng", "thành phố Hải Phòng"),
        ("THÀNH PHỐ CẦN THƠ", "Cần Thơ", "thành phố Cần Thơ"),
        ("THÀNH PHỐ HUẾ", "Huế", "thành phố Huế"),
        ("TỈNH LÀO CAI", "Lào Cai", "tỉnh Lào Cai"),
        ("TỈNH NINH BÌNH", "Ninh Bình", "tỉnh Ninh Bình"),
        ("TỈNH LÂM ĐỒNG", "Lâm Đồng", "tỉnh Lâm Đồng"),
        ("TỈNH THÁI NGUYÊN", "Thái Nguyên", "tỉnh Thái Nguyên"),
        ("TỈNH QUẢNG NINH", "Quảng Ninh", "tỉnh Quảng Ninh"),
        ("TỈNH NGHỆ AN", "Nghệ An", "tỉnh Nghệ An"),
        ("TỈNH THANH HÓA", "Thanh Hóa", "tỉnh Thanh Hóa"),
        ("TỈNH KHÁNH HÒA", "Khánh Hòa", "tỉnh Khánh Hòa"),
        ("TỈNH ĐỒNG NAI", "Đồng Nai", "tỉnh Đồng Nai"),
        ("TỈNH GIA LAI", "Gia Lai", "tỉnh Gia Lai"),
        ("TỈNH AN GIANG", "An Giang", "tỉnh An Giang"),
        ("TỈNH TUYÊN QUANG", "Tuyên Quang", "tỉnh Tuyên Quang"),
        ("TỈNH QUẢNG TRỊ", "Quảng Trị", "tỉnh Quảng Trị"),
        ("TỈNH HÀ TĨNH", "Hà Tĩnh", "tỉnh Hà Tĩnh"),
        ("TỈNH ĐẮK LẮK", "Đắk Lắk", "tỉnh Đắk Lắk"),
        ("TỈNH PHÚ THỌ", "Phú Thọ", "tỉnh Phú Thọ"),
        ("TỈNH CÀ MAU", "Cà Mau", "tỉnh Cà Mau"),
        ("TỈNH SƠN LA", "Sơn La", "tỉnh Sơn La"),
    )
)
# Districts (before 01/7/2025) and communes: the places of Huyện ủy and Đảng ủy documents.
DISTRICTS: Final = tuple(
    Unit(header, place, text)
    for header, place, text in (
        ("HUYỆN ĐỨC HÒA", "Đức Hòa", "huyện Đức Hòa"),
        ("HUYỆN BẢO THẮNG", "Bảo Thắng", "huyện Bảo Thắng"),
        ("HUYỆN TÂN PHÚ", "Tân Phú", "huyện Tân Phú"),
        ("HUYỆN KIM SƠN", "Kim Sơn", "huyện Kim Sơn"),
    )
)
COMMUNES: Final = tuple(
    Unit(header, place, text)
    for header, place, text in (
        ("XÃ LŨNG CÚ", "Lũng Cú", "xã Lũng Cú"),
        ("XÃ TÂN PHÚ", "Tân Phú", "xã Tân Phú"),
        ("XÃ PHONG HẢI", "Phong Hải", "xã Phong Hải"),
        ("PHƯỜNG BA ĐÌNH", "Ba Đình", "phường Ba Đình"),
        ("XÃ BÌNH MINH", "Bình Minh", "xã Bình Minh"),
    )
)
CAPITAL: Final = Unit("TRUNG ƯƠNG", "Hà Nội", "Trung ương")

_STATE_ADMIN: Final = ("Quyết định", "Kế hoạch", "Thông báo", "Báo cáo", "Tờ trình", "Công văn",
                       "Hướng dẫn", "Chương trình", "Giấy mời", "Phương án", "Đề án")
_PARTY_COMMITTEE: Final = ("Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định", "Thông báo",
                           "Kế hoạch", "Chương trình", "Báo cáo", "Công văn", "Hướng dẫn")


@attrs.frozen
class Profile:
    """A kind of issuing body: how it is named, where it sits, how it signs, what it issues.

    ``code`` is the issuer code of the ký hiệu (``UBND``; ``QH15``); ``name`` and ``parent``
    are the header lines, with ``{unit}`` standing for the place unit (``TỈNH LÀO CAI``);
    ``scope`` says which units it sits in (``central``, ``province``, ``district``,
    ``commune``). ``collective`` is the body named after ``TM.``/``T/M`` when the body works
    collectively (NĐ 30/2020 Điều 13), ``head`` and ``deputy`` the positions of its head and
    deputy (NĐ 30/2020 Phụ lục I, Mục V: ``KT. BỘ TRƯỞNG`` / ``THỨ TRƯỞNG``); ``by_order``
    the ``TL.`` chains it uses for letters and notices. ``units`` are drafting units
    (``05/BNV-VP``; ``Lưu: VT, VP``); ``archive`` replaces ``Lưu: VT, <unit>`` for Party bodies.
    ``admin``, ``normative`` and ``party`` list the document types it issues in each family.
    """

    code: str
    name: str
    family: Family = Family.ADMINISTRATIVE
    parent: str | None = None
    scope: str = "central"
    head: str = "BỘ TRƯỞNG"
    deputy: str | None = "THỨ TRƯỞNG"
    collective: str | None = None
    by_order: tuple[tuple[tuple[str, ...], str], ...] = ()
    units: tuple[str, ...] = ("VP",)
    archive: tuple[str, ...] = ()
    admin: tuple[str, ...] = _STATE_ADMIN
    normative: tuple[str, ...] = ()
    party: tuple[str, ...] = ()
    since: datetime.date = ND30
    until: datetime.date = LAST
    text_name: str = ""

    @property
    def places(self) -> tuple[Unit, ...]:
        """The units this body may sit in."""
        return {"central": (CAPITAL,), "province": PROVINCES, "district": DISTRICTS,
                "commune": COMMUNES}[self.scope]

    def types(self, family: Family) -> tuple[str, ...]:
        """The type names this body issues in ``family``."""
        return {Family.ADMINISTRATIVE: self.admin, Family.NORMATIVE: self.normative,
                Family.PARTY: self.party}[family]

    def chains(self, type_name: str) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The signature blocks this body signs ``type_name`` with: (authority lines, position).

        A collective body signs ``TM. <body>`` (Party ``T/M``), its deputy adding ``KT. <head>``
        (NĐ 30/2020 Điều 13.2); in the Party even a deputy signs ``T/M`` (spec §3.6). A body
        under one head signs with the head's position, a deputy ``KT. <head>`` / ``<deputy>``.
        """
        party = self.family is Family.PARTY
        on_behalf, deputy_prefix = ("T/M", "K/T") if party else ("TM.", "KT.")
        out: list[tuple[tuple[str, ...], str]] = []
        if self.collective is not None:
            out.append(((f"{on_behalf} {self.collective}",), self.head))
            if self.deputy is not None:
                lines = (f"{on_behalf} {self.collective}",) if party else (
                    f"{on_behalf} {self.collective}", f"{deputy_prefix} {self.head}")
                out.append((lines, self.deputy))
        else:
            out.append(((), self.head))
            if self.deputy is not None:
                out.append(((f"{deputy_prefix} {self.head}",), self.deputy))
        if type_name in ("Công văn", "Thông báo"):
            out.extend(self.by_order)
        return tuple(out)


def _ministry(code: str, until: datetime.date = LAST, since: datetime.date = ND30,
              units: tuple[str, ...] = ("VP", "TCCB", "PC", "KHTC", "HTQT")) -> Profile:
    issuer = issuers.by_code(code)
    assert issuer is not None, code
    return Profile(code, issuer.name.upper(), units=units, since=since, until=until,
                   normative=("Thông tư",), admin=(*_STATE_ADMIN, "Chỉ thị", "Công điện"),
                   by_order=((("TL. BỘ TRƯỞNG",), "CHÁNH VĂN PHÒNG"),))


PROFILES: Final = (
    Profile("CP", "CHÍNH PHỦ", head="THỦ TƯỚNG", deputy="PHÓ THỦ TƯỚNG", collective="CHÍNH PHỦ",
            units=("KGVX", "NN", "CN", "KTTH", "PL", "QHĐP", "HC"), admin=("Nghị quyết",),
            normative=("Nghị định", "Nghị quyết")),
    Profile("TTg", "THỦ TƯỚNG CHÍNH PHỦ", head="THỦ TƯỚNG", deputy="PHÓ THỦ TƯỚNG",
            units=("KTTH", "CN", "NN", "KGVX", "QHĐP"),
            admin=("Quyết định", "Chỉ thị", "Công văn", "Công điện"), normative=("Quyết định",)),
    Profile("VPCP", "VĂN PHÒNG CHÍNH PHỦ", head="BỘ TRƯỞNG, CHỦ NHIỆM", deputy="PHÓ CHỦ NHIỆM",
            units=("CN", "KTTH", "NN", "KGVX", "PL", "QHĐP"),
            admin=("Công văn", "Thông báo", "Quyết định")),
    Profile("NHNN", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", head="THỐNG ĐỐC", deputy="PHÓ THỐNG ĐỐC",
            units=("VP", "PC", "TCKT", "CSTT"), normative=("Thông tư",)),
    _ministry("BNV"), _ministry("BTC"), _ministry("BCT"), _ministry("BCA"), _ministry("BTP"),
    _ministry("BXD"), _ministry("BGDĐT"), _ministry("BVHTTDL"), _ministry("BKHCN"),
    _ministry("BYT"), _ministry("BNNMT", since=MERGER),
    _ministry("BGTVT", until=MERGER), _ministry("BTNMT", until=MERGER),
    _ministry("BLĐTBXH", until=MERGER), _ministry("BTTTT", until=MERGER),
    _ministry("BKHĐT", until=MERGER), _ministry("BNN", until=MERGER),
    Profile("TANDTC", "TÒA ÁN NHÂN DÂN TỐI CAO", head="CHÁNH ÁN", deputy="PHÓ CHÁNH ÁN",
            units=("VP", "TCCB", "PC"), normative=("Thông tư",),
            admin=("Quyết định", "Công văn", "Kế hoạch", "Thông báo", "Báo cáo", "Hướng dẫn")),
    Profile("VKSTC", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", head="VIỆN TRƯỞNG",
            deputy="PHÓ VIỆN TRƯỞNG", units=("VP", "V14", "V9"), normative=("Thông tư",),
            admin=("Quyết định", "Công văn", "Kế hoạch", "Thông báo", "Báo cáo", "Hướng dẫn")),
    Profile("HĐTP", "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO", head="CHÁNH ÁN",
            deputy=None, collective="HỘI ĐỒNG THẨM PHÁN", units=("PC",), admin=(),
            normative=("Nghị quyết",)),
    Profile("HĐBCQG", "HỘI ĐỒNG BẦU CỬ QUỐC GIA", head="CHỦ TỊCH", deputy="PHÓ CHỦ TỊCH",
            collective="HỘI ĐỒNG BẦU CỬ QUỐC GIA", units=("TTK",),
            admin=("Nghị quyết", "Thông báo", "Công văn")),
    Profile("QH15", "QUỐC HỘI", head="CHỦ TỊCH QUỐC HỘI", deputy=None, admin=(),
            normative=("Luật", "Nghị quyết"), since=datetime.date(2021, 7, 20)),
    Profile("QH14", "QUỐC HỘI", head="CHỦ TỊCH QUỐC HỘI", deputy=None, admin=(),
            normative=("Luật", "Nghị quyết"), until=datetime.date(2021, 7, 20)),
    Profile("UBTVQH15", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", head="CHỦ TỊCH", deputy="PHÓ CHỦ TỊCH",
            collective="ỦY BAN THƯỜNG VỤ QUỐC HỘI", units=("TCCB",), admin=("Nghị quyết",),
            normative=("Pháp lệnh", "Nghị quyết"), since=datetime.date(2021, 7, 20)),
    Profile("UBND", "ỦY BAN NHÂN DÂN {unit}", scope="province", head="CHỦ TỊCH",
            deputy="PHÓ CHỦ TỊCH", collective="ỦY BAN NHÂN DÂN",
            by_order=((("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"), "PHÓ CHÁNH VĂN PHÒNG"),),
            units=("VP", "KT", "VX", "NC", "XD", "NNMT", "KGVX", "TH"),
            admin=(*_STATE_ADMIN, "Chỉ thị", "Công điện"), normative=("Quyết định",)),
    Profile("HĐND", "HỘI ĐỒNG NHÂN DÂN {unit}", scope="province", head="CHỦ TỊCH",
            deputy="PHÓ CHỦ TỊCH", collective="HỘI ĐỒNG NHÂN DÂN", units=("VP", "KTNS", "VHXH"),
            admin=("Nghị quyết", "Tờ trình", "Báo cáo", "Thông báo", "Công văn"),
            normative=("Nghị quyết",)),
    Profile("SXD", "SỞ XÂY DỰNG", parent="UBND {unit}", scope="province", head="GIÁM ĐỐC",
            deputy="PHÓ GIÁM ĐỐC", units=("VP", "QLXD", "KTQH"),
            admin=("Quyết định", "Kế hoạch", "Thông báo", "Báo cáo", "Tờ trình", "Công văn",
                   "Hướng dẫn", "Giấy mời")),
    Profile("SNV", "SỞ NỘI VỤ", parent="UBND {unit}", scope="province", head="GIÁM ĐỐC",
            deputy="PHÓ GIÁM ĐỐC", units=("VP", "TCBC", "CCVC", "XDCQ"),
            admin=("Quyết định", "Kế hoạch", "Thông báo", "Báo cáo", "Tờ trình", "Công văn",
                   "Hướng dẫn", "Giấy mời")),
    Profile("STP", "SỞ TƯ PHÁP", parent="UBND {unit}", scope="province", head="GIÁM ĐỐC",
            deputy="PHÓ GIÁM ĐỐC", units=("VP", "BTTP", "XDKTVB"),
            admin=("Quyết định", "Kế hoạch", "Thông báo", "Báo cáo", "Tờ trình", "Công văn")),
    Profile("CAT", "CÔNG AN {unit}", parent="BỘ CÔNG AN", scope="province", head="GIÁM ĐỐC",
            deputy="PHÓ GIÁM ĐỐC", units=("PV01", "PC06", "PX15"),
            admin=("Quyết định", "Kế hoạch", "Thông báo", "Báo cáo", "Công văn")),
    # Party bodies (văn bản của Đảng): Hướng dẫn 36-HD/VPTW; spec §3.
    Profile("TW", "BAN CHẤP HÀNH TRUNG ƯƠNG", family=Family.PARTY, head="TỔNG BÍ THƯ",
            deputy=None, collective="BỘ CHÍNH TRỊ", archive=("Lưu Văn phòng Trung ương Đảng",),
            admin=(), party=("Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định", "Quy định",
                             "Thông báo", "Quy chế")),
    Profile("VPTW", "VĂN PHÒNG", family=Family.PARTY, parent="BAN CHẤP HÀNH TRUNG ƯƠNG",
            head="CHÁNH VĂN PHÒNG", deputy="PHÓ CHÁNH VĂN PHÒNG", archive=("Lưu VPTW",),
            by_order=((("T/L BAN BÍ THƯ",), "CHÁNH VĂN PHÒNG"),), admin=(),
            party=("Hướng dẫn", "Công văn", "Thông báo")),
    Profile("BTCTW", "BAN TỔ CHỨC", family=Family.PARTY, parent="BAN CHẤP HÀNH TRUNG ƯƠNG",
            head="TRƯỞNG BAN", deputy="PHÓ TRƯỞNG BAN", archive=("Lưu Văn phòng Ban",),
            admin=(), party=("Hướng dẫn", "Công văn", "Thông báo", "Kế hoạch")),
    Profile("TU", "TỈNH ỦY {place}", family=Family.PARTY, scope="province", head="BÍ THƯ",
            deputy="PHÓ BÍ THƯ", collective="BAN THƯỜNG VỤ",
            archive=("Lưu Văn phòng Tỉnh ủy", "Lưu VPTU"), admin=(), party=_PARTY_COMMITTEE),
    Profile("HU", "HUYỆN ỦY {place}", family=Family.PARTY, scope="district", head="BÍ THƯ",
            deputy="PHÓ BÍ THƯ", collective="BAN THƯỜNG VỤ", archive=("Lưu Văn phòng Huyện ủy",),
            admin=(), party=_PARTY_COMMITTEE, until=TWO_TIER),
    Profile("ĐU", "ĐẢNG ỦY {unit}", family=Family.PARTY, scope="commune", head="BÍ THƯ",
            deputy="PHÓ BÍ THƯ", collective="ĐẢNG ỦY", archive=("Lưu VPĐU",), admin=(),
            party=("Nghị quyết", "Kế hoạch", "Báo cáo", "Thông báo", "Công văn", "Quyết định")),
    Profile("CB", "CHI BỘ {unit}", family=Family.PARTY, scope="commune", head="BÍ THƯ",
            deputy="PHÓ BÍ THƯ", collective="CHI BỘ", archive=("Lưu Chi bộ",), admin=(),
            party=("Nghị quyết", "Báo cáo", "Kế hoạch")),
)


@functools.cache
def profile(code: str) -> Profile:
    """The first profile of issuer ``code``; ``KeyError`` if there is none.

    >>> profile("TU").family.value, profile("TTg").name
    ('party', 'THỦ TƯỚNG CHÍNH PHỦ')
    """
    for row in PROFILES:
        if row.code == code:
            return row
    raise KeyError(code)


# Names (họ, tên đệm, tên): the commonest of each.
SURNAMES: Final = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                   "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tống", "Mai")
MIDDLE_NAMES: Final = ("Văn", "Thị", "Đức", "Minh", "Hoàng", "Thanh", "Quang", "Hữu", "Ngọc",
                       "Thu", "Xuân", "Kim", "Trung", "Hồng")
GIVEN_NAMES: Final = ("An", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai",
                      "Nam", "Phong", "Quân", "Sơn", "Thảo", "Trung", "Tuấn", "Vinh", "Thìn",
                      "Hòa", "Thủy", "Xuyên", "Tài", "Bá", "Quỳnh")

# Subjects (trích yếu): noun phrases in lower case, completed by the document's year.
TOPICS: Final = (
    "công tác phòng, chống thiên tai", "cải cách hành chính", "chuyển đổi số",
    "phát triển nhà ở xã hội", "quản lý đầu tư công", "bảo đảm trật tự, an toàn giao thông",
    "phòng cháy, chữa cháy và cứu nạn, cứu hộ", "tuyển chọn và gọi công dân nhập ngũ",
    "nâng bậc lương trước thời hạn", "thoát nước, chống úng ngập khu vực nội thành",
    "bảo vệ môi trường", "xây dựng nông thôn mới", "giảm nghèo bền vững",
    "phổ biến, giáo dục pháp luật", "công tác thi đua, khen thưởng",
    "kiểm soát thủ tục hành chính", "thực hành tiết kiệm, chống lãng phí",
    "bảo đảm an toàn thực phẩm", "công tác văn thư, lưu trữ", "tinh gọn tổ chức bộ máy",
    "phát triển văn hóa đọc", "quản lý, sử dụng tài sản công", "công tác cán bộ",
    "hỗ trợ doanh nghiệp nhỏ và vừa", "giải quyết việc làm cho người lao động",
)
# Laws cited in a preamble, with the date they were passed (spec §4.2).
LAWS: Final = (
    ("Tổ chức Chính phủ", datetime.date(2015, 6, 19)),
    ("Tổ chức Chính phủ", datetime.date(2025, 2, 18)),
    ("Tổ chức chính quyền địa phương", datetime.date(2015, 6, 19)),
    ("Tổ chức chính quyền địa phương", datetime.date(2025, 6, 16)),
    ("Đất đai", datetime.date(2024, 1, 18)),
    ("Xây dựng", datetime.date(2014, 6, 18)),
    ("Quản lý thuế", datetime.date(2019, 6, 13)),
    ("Cán bộ, công chức", datetime.date(2008, 11, 13)),
)

# Addressees (Kính gửi) and entries of Nơi nhận, by where the issuer sits.
ADDRESSEES: Final = {
    "central": ("Bộ Nội vụ", "Bộ Tài chính", "Bộ Tư pháp", "Văn phòng Chính phủ",
                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
    "province": ("Các sở, ban, ngành thuộc tỉnh", "Ủy ban nhân dân các xã, phường",
                 "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Sở Tài chính", "Sở Nội vụ"),
    "party": ("Các ban đảng, văn phòng cấp ủy", "Các đảng ủy trực thuộc",
              "Các đồng chí cấp ủy viên"),
}
RECIPIENTS: Final = {
    "central": ("Thủ tướng, các Phó Thủ tướng Chính phủ",
                "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương",
                "Văn phòng Trung ương và các Ban của Đảng", "Văn phòng Quốc hội",
                "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao",
                "Kiểm toán nhà nước", "Cổng Thông tin điện tử Chính phủ"),
    "province": ("Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
                 "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Cổng thông tin điện tử tỉnh",
                 "CVP, PCVP UBND tỉnh"),
    "party": ("Ban Bí thư Trung ương Đảng", "Các ban đảng, đảng ủy trực thuộc",
              "Các đồng chí Ủy viên Ban Thường vụ", "Các đảng bộ trực thuộc"),
}
