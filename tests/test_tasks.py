"""Directive tasks: the hand-read table, every deadline form, assignees, reports, the rule."""

from __future__ import annotations

import datetime
import json
import re
import time
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vanban
from _docstrategies import any_documents
from vanban import _deadlines, serialize
from vanban import tasks as tasks_module
from vanban._bodies import Words, read_names
from vanban.dates import DocumentDate
from vanban.enums import Relation
from vanban.model import Citation, Deadline, Document, Recipient, Task
from vanban.normalize import fold
from vanban.tasks import DEADLINE_RULE, check_deadlines, extract_tasks, tasks

FIXTURES = Path(__file__).parent / "fixtures" / "tasks"
TABLE: list[dict[str, Any]] = json.loads((FIXTURES / "expected.json").read_text("utf-8"))["tasks"]


@cache
def _parsed(name: str) -> dict[str, Task]:
    return {t.label: t for t in vanban.parse_file(FIXTURES / f"{name}.txt").tasks}


def _names_key(names: list[str] | tuple[str, ...]) -> str:
    """Names compared as printed, whether a list is split at "và" and commas or not."""
    text = re.sub(r"[,;]", " ", fold(" ".join(names)))
    return " ".join(w for w in text.split() if w != "và")


def _deadline_ok(task: Task, row: dict[str, Any]) -> bool:
    d = task.deadline
    if d is None or row["deadline_text"] is None:
        return d is None and row["deadline_text"] is None
    a, b = fold(d.text), fold(row["deadline_text"])
    date = d.date.isoformat() if d.date is not None else None
    return (a in b or b in a) and date == row["deadline_date"] and (
        d.recurrence == row["recurrence"])


def _agreement(rows: list[dict[str, Any]]) -> dict[str, float]:
    found = assignees = deadlines = reports = 0
    for row in rows:
        task = _parsed(row["doc"]).get(row["label"])
        if task is None:
            continue
        found += 1
        assignees += (_names_key(task.lead) == _names_key(row["lead"])
                      and _names_key(task.support) == _names_key(row["support"]))
        deadlines += _deadline_ok(task, row)
        reports += fold(task.report_to or "") == fold(row["report_to"] or "")
    n = len(rows)
    return {"tasks": found / n, "assignees": assignees / n, "deadlines": deadlines / n,
            "reports": reports / n}


def test_table_is_hand_read_from_the_copied_documents() -> None:
    docs = {row["doc"] for row in TABLE}
    assert len(docs) >= 10
    assert all((FIXTURES / f"{d}.txt").exists() for d in docs)
    assert {row["set"] for row in TABLE} == {"dev", "heldout"}


def test_agreement_with_the_hand_read_table() -> None:
    """Assignees (lead and support) and deadlines agree with the table for >= 90% of tasks.

    Measured: 223 tasks in 17 documents; tasks found 0.99, assignees 0.98, deadlines 0.97.
    """
    score = _agreement(TABLE)
    assert score["tasks"] >= 0.95, score
    assert score["assignees"] >= 0.90, score
    assert score["deadlines"] >= 0.90, score
    assert score["reports"] >= 0.90, score


def test_agreement_on_documents_read_after_development() -> None:
    """The held-out rows (41 tasks in 5 documents, read after the extractor was written):
    assignees 0.88, deadlines 0.88."""
    score = _agreement([row for row in TABLE if row["set"] == "heldout"])
    assert score["assignees"] >= 0.80, score
    assert score["deadlines"] >= 0.80, score


def test_no_tasks_in_background_sections() -> None:
    labels = set(_parsed("121"))
    assert not any(label.startswith("I.") for label in labels)  # I. MỤC ĐÍCH, YÊU CẦU
    assert "II.1" in labels and "III.4" in labels


# -- deadlines --------------------------------------------------------------------------------

BASE = DocumentDate(2024, 9, 20)


@pytest.mark.parametrize(("text", "expected", "date", "recurrence", "relative"), [
    ("báo cáo trước ngày 15/10/2024.", "trước ngày 15/10/2024", "2024-10-15", None, False),
    ("trình trước ngày 15 tháng 3 năm 2026", "trước ngày 15 tháng 3 năm 2026", "2026-03-15",
     None, False),
    ("hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028", "chậm nhất đến ngày 01 tháng 7 năm 2028",
     "2028-07-01", None, False),
    ("gửi trước ngày 20/10", "trước ngày 20/10", "2024-10-20", None, False),
    ("hoàn thành trong quý IV năm 2024", "trong quý IV năm 2024", "2024-12-31", None, False),
    ("trình trong Quý III/2024", "trong Quý III/2024", "2024-09-30", None, False),
    ("xong trong tháng 6/2026", "xong trong tháng 6/2026", "2026-06-30", None, False),
    ("hoàn thành trong tháng 02/2024", "trong tháng 02/2024", "2024-02-29", None, False),
    ("thực hiện trong năm 2025", "trong năm 2025", "2025-12-31", None, False),
    ("hoàn thành cuối năm 1982", "cuối năm 1982", "1982-12-31", None, False),
    ("trong 6 tháng đầu năm 2025", "trong 6 tháng đầu năm 2025", "2025-06-30", None, False),
    ("báo cáo hằng tháng", "hằng tháng", None, "P1M", False),
    ("định kỳ 6 tháng báo cáo", "định kỳ 6 tháng", None, "P6M", False),
    ("Định kỳ hằng năm báo cáo", "Định kỳ hằng năm", None, "P1Y", False),
    ("định kỳ hằng tuần báo cáo", "định kỳ hằng tuần", None, "P1W", False),
    ("báo cáo hằng quý", "hằng quý", None, "P3M", False),
    ("trước ngày 15/11 hằng năm", "trước ngày 15/11 hằng năm", None, "P1Y", False),
    ("công khai chậm nhất vào ngày 05 hằng tháng", "chậm nhất vào ngày 05 hằng tháng", None,
     "P1M", False),
    ("trong thời hạn 15 ngày kể từ ngày ký", "trong thời hạn 15 ngày kể từ ngày ký",
     "2024-10-05", None, True),
    ("sau 30 ngày kể từ ngày ban hành văn bản", "sau 30 ngày kể từ ngày ban hành văn bản",
     "2024-10-20", None, True),
    ("trong thời hạn 03 (ba) tháng kể từ ngày ký", "trong thời hạn 03 (ba) tháng kể từ ngày ký",
     "2024-12-20", None, True),
    ("trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản",
     "trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản", None, None, True),
    ("chậm nhất 10 ngày kể từ ngày nhận được hồ sơ", "chậm nhất 10 ngày kể từ ngày nhận được hồ sơ",
     None, None, True),
    ("khẩn trương rà soát", "khẩn trương", None, None, False),
    ("kịp thời báo cáo", "kịp thời", None, None, False),
    ("Sớm ứng dụng công nghệ", "Sớm", None, None, False),
    ("trong thời gian sớm nhất", "trong thời gian sớm nhất", None, None, False),
])
def test_deadline_forms(text: str, expected: str, date: str | None, recurrence: str | None,
                        relative: bool) -> None:
    found = _deadlines.best(_deadlines.find(text, BASE))
    assert found is not None
    assert (found.text, found.date.isoformat() if found.date else None, found.recurrence,
            found.relative) == (expected, date, recurrence, relative)


@pytest.mark.parametrize("text", [
    "để kịp thời xem xét, giải quyết",  # the purpose, not the task's time
    "công khai đầy đủ, kịp thời, đúng quy định",  # a quality
    "đánh giá tính đầy đủ, kịp thời và tính hợp pháp",
    "kế hoạch 5 năm và hằng năm của địa phương",  # a kind of plan
    "trợ cấp hàng tháng",
    "trong năm 2025 và các năm tiếp theo",
    "trong 5 năm tới",  # a duration
    "Quyết định số 927/QĐ-TTg ngày 30/8/2024",  # a citation's date
    "số liệu từ ngày 14/7/2011",
    "định kỳ hạn trả nợ",
    "trước ngày 30/02/2024",  # no such day
])
def test_not_deadlines(text: str) -> None:
    assert _deadlines.find(text, BASE) == []


def test_precise_deadlines_beat_vague_ones() -> None:
    text = "Khẩn trương ban hành kế hoạch, báo cáo hằng tháng, hoàn thành trong Quý III năm 2024"
    assert _deadlines.best(_deadlines.find(text, BASE)).text == "trong Quý III năm 2024"
    assert _deadlines.best(_deadlines.find("Khẩn trương, báo cáo hằng tháng", BASE)).text == (
        "hằng tháng")


def test_relative_deadline_without_a_complete_document_date() -> None:
    found = _deadlines.best(_deadlines.find("trong thời hạn 15 ngày kể từ ngày ký",
                                            DocumentDate(2024, 9)))
    assert found is not None and found.relative and found.date is None
    found = _deadlines.best(_deadlines.find("trước ngày 20/10", None))
    assert found is not None and found.date is None


# -- documents --------------------------------------------------------------------------------

HEADER = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 15/UBND-KT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 15 tháng 9 năm 2026
V/v triển khai nhiệm vụ
Kính gửi:
- Các sở, ban, ngành thuộc tỉnh;
- Ủy ban nhân dân các xã, phường.
"""
FOOTER = """Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phan Trung Bá
"""


def _doc(body: str, header: str = HEADER) -> Document:
    return vanban.parse(header + body + "\n" + FOOTER)


def test_lead_and_support_named_in_the_item() -> None:
    doc = _doc("""Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh và các sở, ngành liên quan tổ chức tuyên truyền.
2. Sở Xây dựng: rà soát các công trình, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/10/2026.
3. Đề nghị Ủy ban nhân dân các xã, phường phối hợp với Bộ Chỉ huy Quân sự tỉnh kiểm tra.
4. Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch xây dựng đề án.
""")
    got = [(t.label, t.lead, t.support, t.inherited, t.action) for t in doc.tasks]
    assert got == [
        ("1", ("Sở Y tế",), ("Công an tỉnh", "các sở, ngành liên quan"), False, "tuyên truyền"),
        ("2", ("Sở Xây dựng",), (), False, "rà soát"),
        ("3", ("Ủy ban nhân dân các xã, phường",), ("Bộ Chỉ huy Quân sự tỉnh",), False,
         "kiểm tra"),
        ("4", ("Bộ Kế hoạch và Đầu tư",), ("Sở Văn hóa, Thể thao và Du lịch",), False,
         "xây dựng"),
    ]
    second = doc.tasks[1]
    assert second.report_to == "Ủy ban nhân dân tỉnh"
    assert second.report_deadline == second.deadline
    assert second.deadline.date == DocumentDate(2026, 10, 15)


def test_lead_inherited_from_the_lead_in_and_the_addressees() -> None:
    doc = _doc("""Sở Nội vụ đề nghị các đơn vị, địa phương triển khai, cụ thể như sau:
1. Tổ chức quán triệt nội dung Kế hoạch.
2. Rà soát, báo cáo kết quả về Sở Nội vụ hằng quý.
""")
    first, second = doc.tasks
    assert first.lead == ("Các sở, ban, ngành thuộc tỉnh", "Ủy ban nhân dân các xã, phường")
    assert first.inherited and first.action == "quán triệt"
    assert (second.report_to, second.deadline.recurrence) == ("Sở Nội vụ", "P3M")
    named = _doc("""Ủy ban nhân dân tỉnh đề nghị Công an tỉnh thực hiện các nội dung sau:
1. Tăng cường tuần tra, kiểm soát.
""")
    assert named.tasks[0].lead == ("Công an tỉnh",) and named.tasks[0].inherited


def test_dashes_under_a_body_are_tasks_and_points_inherit() -> None:
    doc = _doc("""Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
I. NHIỆM VỤ
1. Sở Tài chính
- Chủ trì, phối hợp với các cơ quan liên quan bố trí kinh phí.
- Hằng năm, tổng hợp dự toán.
2. Các Bộ: Công Thương, Xây dựng, Tài nguyên và Môi trường:
a) Khẩn trương ban hành kế hoạch;
b) Chủ trì, phối hợp với các cơ quan liên quan rà soát, hoàn thành trong quý IV năm 2026.
II. KINH PHÍ THỰC HIỆN
1. Kinh phí do ngân sách bảo đảm.
""")
    got = {t.label: t for t in doc.tasks}
    assert list(got) == ["I.1.-1", "I.1.-2", "I.2.a", "I.2.b"]
    assert got["I.1.-1"].lead == ("Sở Tài chính",) and got["I.1.-1"].inherited
    assert got["I.1.-1"].support == ("các cơ quan liên quan",)
    assert got["I.1.-2"].deadline.recurrence == "P1Y"
    assert got["I.2.a"].lead == ("Bộ Công Thương", "Bộ Xây dựng", "Bộ Tài nguyên và Môi trường")
    assert got["I.2.a"].deadline.text == "Khẩn trương"
    assert got["I.2.b"].deadline.date == DocumentDate(2026, 12, 31)


def test_targets() -> None:
    doc = _doc("""Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Phấn đấu đến năm 2030 hoàn thành xây dựng ít nhất 01 triệu căn nhà ở xã hội; bảo đảm 100% \
người có công được chăm lo về nhà ở.
""")
    assert doc.tasks[0].targets == ("đến năm 2030", "ít nhất 01 triệu căn nhà ở xã hội",
                                    "100% người có công được chăm lo về nhà ở")


def test_deadline_spans_point_into_the_text() -> None:
    text = (FIXTURES / "034.txt").read_text("utf-8")
    doc = vanban.parse(text)
    spans = [(t.deadline.text, t.deadline.span) for t in doc.tasks if t.deadline is not None]
    assert spans
    for printed, span in spans:
        assert span is not None
        assert fold(" ".join(text[span.start : span.end].replace("*", "").split())) == fold(printed)


def test_only_documents_whose_items_are_tasks() -> None:
    decision = vanban.parse((Path(vanban.__file__).parent / "examples" / "706.txt").read_text(
        "utf-8")) if (Path(vanban.__file__).parent / "examples" / "706.txt").exists() else None
    if decision is not None:
        assert isinstance(decision.tasks, tuple)
    qd = _doc("Điều 1. Giao Sở Y tế chủ trì.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n",
              HEADER.replace("V/v triển khai nhiệm vụ", "QUYẾT ĐỊNH\nVề việc giao nhiệm vụ"))
    assert qd.tasks == ()
    report = Document(type_name="Báo cáo", body=_doc("1. Giao Sở Y tế rà soát.").body)
    assert tasks(report) == ()
    assert extract_tasks is tasks


def test_empty_items_and_documents() -> None:
    assert tasks(Document()) == ()
    assert _doc("Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n1.\n./.").tasks == ()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_documents)
def test_never_raises_on_any_document(doc: Document) -> None:
    for task in tasks(doc):
        assert task.label
    check_deadlines(doc)


def test_linear_time_on_long_items() -> None:
    item = "1. Giao Sở Y tế chủ trì, phối hợp với " + "các sở, ngành, " * 3000 + "rà soát.\n"
    start = time.perf_counter()
    doc = _doc("Chủ tịch yêu cầu:\n" + item + "2. " + "kịp thời, " * 5000 + "\n")
    assert time.perf_counter() - start < 5
    assert doc.tasks[0].lead == ("Sở Y tế",)


# -- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường Theo "
     "chức năng", ["Công an tỉnh", "các sở, ban, ngành, đoàn thể tỉnh",
                   "Ủy ban nhân dân các xã, phường"]),
    ("Thủ trưởng các sở; Chủ tịch Ủy ban nhân dân các xã; người đứng đầu các cơ quan có liên "
     "quan chịu trách nhiệm", ["Thủ trưởng các sở", "Chủ tịch Ủy ban nhân dân các xã",
                               "người đứng đầu các cơ quan có liên quan"]),
    ("Bộ Quốc phòng (Cục Bản đồ) có trách nhiệm", ["Bộ Quốc phòng"]),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức đoàn thể Đẩy mạnh tuyên truyền",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức đoàn thể"]),
    ("Báo và Đài Phát thanh, Truyền hình Lâm Đồng tăng cường",
     ["Báo và Đài Phát thanh, Truyền hình Lâm Đồng"]),
    ("Tổ chức tuyên truyền", []),
    ("Báo cáo kết quả", []),
    ("Trường hợp cần thiết", []),
])
def test_read_names(text: str, names: list[str]) -> None:
    assert read_names(Words(text), 0).names == names


# -- implements, the rule, JSON ---------------------------------------------------------------


def test_implements_walks_up_and_dedupes() -> None:
    doc = vanban.parse_file(FIXTURES / "000.txt")
    assert [str(c.number) for c in doc.implements] == ["1281/SVHTTDL-QLVHGĐ", "34-CT/TW"]
    cite = [Citation("Chỉ thị", vanban.numbers.parse("34-CT/TW"), relation="implements"),
            Citation("Luật", title="Đất đai", relation="basis"),
            Citation("Chỉ thị", vanban.numbers.parse("34-CT/TW"), relation="implements"),
            Citation("Quyết định", vanban.numbers.parse("927/QĐ-TTg"), relation="reference")]
    admin = Document(number=vanban.numbers.parse("15/UBND-KT"), citations=cite)
    assert [(c.type_name, c.relation) for c in admin.implements] == [
        ("Chỉ thị", Relation.IMPLEMENTS), ("Luật", Relation.BASIS)]
    normative = Document(number=vanban.numbers.parse("30/2020/NĐ-CP"), citations=cite)
    assert [c.type_name for c in normative.implements] == ["Chỉ thị"]


def test_check_deadlines() -> None:
    task = Task("1", deadline=Deadline("trước ngày 15/9/2024", DocumentDate(2024, 9, 15)),
                report_deadline=Deadline("trước ngày 20/9/2024", DocumentDate(2024, 9, 20)))
    doc = Document(date=DocumentDate(2024, 10, 1), tasks=[task])
    findings = check_deadlines(doc)
    assert [f.code for f in findings] == [DEADLINE_RULE, DEADLINE_RULE]
    assert "trước ngày 15/9/2024" in findings[0].message and findings[0].message_vi
    assert check_deadlines(Document(date=DocumentDate(2024, 9), tasks=[task])) == []
    assert check_deadlines(Document(date=DocumentDate(2024, 9, 1), tasks=[task])) == []
    for name in {row["doc"] for row in TABLE}:
        assert check_deadlines(vanban.parse_file(FIXTURES / f"{name}.txt")) == []
    parsed = _doc("Chủ tịch yêu cầu:\n1. Giao Sở Y tế báo cáo trước ngày 15/8/2026.\n")
    assert [f.field for f in check_deadlines(parsed)] == ["tasks"]


def test_tasks_in_json() -> None:
    doc = vanban.parse_file(FIXTURES / "034.txt")
    text = serialize.to_json(doc)
    data = json.loads(text)
    assert data["tasks"][0]["label"] == "1.a"
    assert data["tasks"][0]["deadline"]["date"] == {"year": 2024, "month": 9, "day": 30}
    back = serialize.from_json(text)
    assert back == doc and back.tasks[0].deadline.span == doc.tasks[0].deadline.span
    schema = serialize.json_schema()
    assert "tasks" in schema["properties"] and {"Task", "Deadline"} <= set(schema["$defs"])
    old = {k: v for k, v in json.loads(serialize.to_json(Document())).items() if k != "tasks"}
    assert serialize.from_dict(old) == Document()


def test_dates_resolve_against_the_document() -> None:
    doc = _doc("""Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Nội vụ trình Ủy ban nhân dân tỉnh trong thời hạn 15 ngày kể từ ngày ký.
""")
    deadline = doc.tasks[0].deadline
    assert deadline.relative
    assert deadline.date.to_date() == datetime.date(2026, 9, 15) + datetime.timedelta(days=15)


def test_recipients_as_addressees() -> None:
    doc = Document(type_name="Công văn", addressees=[Recipient("Đ/c Chủ tịch UBND tỉnh")],
                   body=_doc("Bộ Y tế đề nghị:\n1. Tổ chức triển khai.\n").body)
    assert tasks(doc)[0].lead == ("Chủ tịch UBND tỉnh",)


_GATED_PIECES = [
    "trước", "TRƯỚC", "Chậm nhất", "hạn chót", "HẠN CUỐI", "trong", "đến hết", "Không quá",
    "cuối", "hết", "xong trong", "trong vòng", "quý", "IV", "năm", "tháng", "ngày", "hằng",
    "Hàng", "định kỳ", "sớm", "khẩn trương", "KỊP THỜI", "ngay lập tức", "thời hạn", "sau",
    "tối đa", "kể từ", "ký", "ít nhất", "Tối thiểu", "không dưới", "trên", "đạt", "khoảng",
    "tới", "vào", "triệu", "%", "06", "15", "2024", "/", ".", "-", ",", "(", ")", " ", "\n",
    "và", "đột xuất", "ſ", "\u212a", "İ", "ı", "Đ", "ạ", "Ố", "ị", "ớ", "Ế", "ằ", "t", "k", "x",
]


@given(st.lists(st.sampled_from(_GATED_PIECES), max_size=14).map("".join))
def test_opening_letter_look_aheads_change_no_match(text: str) -> None:
    """The look-aheads for the letters the forms open with are a cheap test, not a rule."""
    for gated, gate in (
        (_deadlines._PATTERN, r"(?=tr(?:ước|ong)|c(?:hậm|uối)|h(?:ạn|ết|ằng|àng)|đ(?:ến|ịnh)"
         r"|kh(?:ông|ẩn)|kịp|xong|s(?:au|ớm)|tối|ngay|^)"),
        (tasks_module._TARGET, r"(?=\d|ít |t(?:ối |rên|ới)|kh(?:ông [dí]|oảng)|đ(?:ạt|ến)|vào)"),
    ):
        assert gate in gated.pattern
        plain = re.compile(gated.pattern.replace(gate, "", 1), gated.flags)
        for start in (0, 1):
            assert [(m.span(), m.groups()) for m in gated.finditer(text, start)] == [
                (m.span(), m.groups()) for m in plain.finditer(text, start)]


_CLOSING_PIECES = [
    "Trên đây là", "Căn cứ ý kiến chỉ đạo", "Với các nội dung trên", "Trân trọng",
    "Nhận được văn bản này", "Yêu cầu các", "Đề nghị Giám đốc", "nội dung trên", "Kế hoạch này",
    ".", ";", ":", " ", "\n", "\t", "x", "các sở", ",",
]


@given(st.lists(st.sampled_from(_CLOSING_PIECES), max_size=12).map("".join))
def test_closing_paragraph_found_where_the_single_pattern_finds_it(text: str) -> None:
    single = re.compile(r"(?:^|(?<=[.;:])\s+)" + tasks_module._CLOSING_WORDS)
    found = single.search(text)
    assert tasks_module._closing(text) == (found.start() if found else None)


_WORD_PIECES = [
    "giao", "GIAO", " cho", "đề nghị", "ĐỀ NGHỊ", "yêu cầu", "YÊU CẦU", "phối hợp", "KẾT HỢP",
    "\u212aết hợp", "chặt chẽ", "với", "cùng với", "CÙNG VỚI", "báo cáo", "BÁO CÁO", "gửi",
    "GỬI", " ", "\n", ",", "x", "_", "1", "İ", "ı", "iao", "ết", "ửi", "g", "k", "Đ", "y",
]


@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=12).map("".join))
def test_words_open_with_a_class_yet_match_as_case_insensitive_words(text: str) -> None:
    for pattern, words in (
        (tasks_module._ASSIGN, r"(?:giao(?: cho)?|đề nghị|yêu cầu)\s+"),
        (tasks_module._SUPPORT, r"(?:(?:phối|kết) hợp(?:\s+chặt chẽ)?(?:\s+với)?|cùng với)\s+"),
        (tasks_module._REPORT, r"(?:báo cáo|gửi)(?!\w)"),
    ):
        plain = re.compile(r"(?<!\w)" + words, re.IGNORECASE)
        for start in (0, 1):
            assert [m.span() for m in pattern.finditer(text, start)] == [
                m.span() for m in plain.finditer(text, start)]


def test_an_item_without_a_label_takes_its_place() -> None:
    # found by the property test above: a unit printed without a label gave a task labelled ""
    from vanban.enums import ProvisionKind
    from vanban.model import Provision

    doc = Document(type_name="Kế hoạch", body=(
        Provision(ProvisionKind.ITEM, "1", text="Giao Sở Y tế chủ trì rà soát."),
        Provision(ProvisionKind.ITEM, "", text="Giao Công an tỉnh kiểm tra."),
    ))
    assert [t.label for t in tasks(doc)] == ["1", "#2"]
