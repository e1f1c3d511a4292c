"""vanban.corpus: reading many documents, records, data frames, the citation graph, Dask."""

from __future__ import annotations

import datetime
import io
import itertools
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

import vanban
from vanban import corpus
from vanban.corpus import ReadError, Result
from vanban.model import Document

DRAFT = "cong-van-VHTT-draft"

DECISION = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/QĐ-UBND
Lâm Đồng, ngày 05 tháng 3 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT, NC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""

LETTER = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 120/UBND-NC
Lâm Đồng, ngày 10 tháng 3 năm 2025
V/v triển khai Quyết định số 15/QĐ-UBND
Kính gửi: Sở Nội vụ.
Thực hiện Quyết định số 15/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân \
tỉnh giao Sở Nội vụ xây dựng kế hoạch./.
Nơi nhận:
- Như trên;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "b" / ".git").mkdir(parents=True)
    (root / "a.txt").write_text(vanban.example_text(), encoding="utf-8")
    (root / "b" / "draft.md").write_text(vanban.example_text(DRAFT), encoding="utf-8")
    (root / "b" / "decision.TXT").write_text(DECISION, encoding="utf-8-sig")
    (root / "b" / "bad.txt").write_bytes(b"caf\xe9")
    (root / "b" / "image.png").write_bytes(b"\x89PNG")
    (root / "b" / ".git" / "x.txt").write_text("x", encoding="utf-8")
    (root / "~$lock.docx").write_bytes(b"x")
    return root


def names(paths: list[str], root: Path) -> list[str]:
    return [str(Path(p).relative_to(root)) if p != "-" else p for p in paths]


def test_files_expands_directories(folder: Path) -> None:
    found = corpus.files([folder, folder / "missing.txt", "-"])
    assert names(found, folder) == ["a.txt", "b/bad.txt", "b/decision.TXT", "b/draft.md",
                                    "missing.txt", "-"]


def test_read_text_reasons(folder: Path, tmp_path: Path) -> None:
    assert corpus.read_text(folder / "b" / "decision.TXT") == DECISION  # the BOM is dropped
    with pytest.raises(ReadError, match=r"^No such file or directory$"):
        corpus.read_text(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match=r"^not UTF-8 text: byte 0xe9 at offset 3$"):
        corpus.read_text(folder / "b" / "bad.txt")
    with pytest.raises(ReadError, match="Is a directory"):
        corpus.read_text(folder)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(ReadError, match=r"^not a valid \.docx file|python-docx"):
        corpus.read_text(broken)
    with pytest.raises(ReadError, match="No such file"):
        corpus.read_text(tmp_path / "missing.docx")
    assert isinstance(ReadError("x"), OSError) and isinstance(ReadError("x"), vanban.VanbanError)


def test_read_text_docx(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    word = docx.Document()
    word.add_paragraph("Số: 05/BNV-VP")
    word.add_paragraph("Hà Nội, ngày 05 tháng 3 năm 2020")
    word.save(str(tmp_path / "cv.docx"))
    assert corpus.read_text(tmp_path / "cv.docx").splitlines()[0] == "Số: 05/BNV-VP"


@pytest.mark.parametrize("workers", [1, 2])
def test_read_keeps_order_and_collects_errors(folder: Path, workers: int) -> None:
    paths = [folder, folder / "missing.txt", folder / "a.txt"] * 3
    results = list(corpus.read(paths, workers=workers, chunksize=2))
    assert len(results) == 18
    assert [Path(r.file).name for r in results[:6]] == [
        "a.txt", "bad.txt", "decision.TXT", "draft.md", "missing.txt", "a.txt"]
    bad = [r for r in results if not r.ok]
    assert {r.error for r in bad} == {"not UTF-8 text: byte 0xe9 at offset 3",
                                      "No such file or directory"}
    assert all(r.document is None for r in bad)
    good = [r.document for r in results if r.ok]
    assert [str(d.number) for d in good[:4]] == ["706/UBND-VP7", "15/QĐ-UBND", "/VHTT",
                                                 "706/UBND-VP7"]
    assert good[0] == vanban.parse(vanban.example_text())
    assert all(r.text is None for r in results)


def test_read_same_documents_with_one_and_two_workers(folder: Path) -> None:
    one = list(corpus.read([folder] * 3, workers=1, keep_text=True))
    two = list(corpus.read([folder] * 3, workers=2, keep_text=True, chunksize=1))
    assert one == two
    assert one[0].text == vanban.example_text()
    assert [r.document.findings for r in one if r.document] == [
        r.document.findings for r in two if r.document]


def test_read_small_inputs_stay_in_process(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("no pool for two files")

    monkeypatch.setattr(corpus, "ProcessPoolExecutor", no_pool)
    assert [r.ok for r in corpus.read([folder / "a.txt", folder / "b" / "bad.txt"],
                                      workers=4)] == [True, False]


def test_read_streams_with_a_bounded_number_in_flight() -> None:
    pulled = itertools.count()
    text = "Hà Nội, ngày 05 tháng 3 năm 2020"

    def texts() -> Iterator[str]:
        while True:
            next(pulled)
            yield text

    results = corpus.read_texts(texts(), workers=2, chunksize=3)
    first = list(itertools.islice(results, 5))
    results.close()  # type: ignore[attr-defined]
    assert [r.document.place for r in first if r.document] == ["Hà Nội"] * 5
    assert [r.file for r in first] == ["#0", "#1", "#2", "#3", "#4"]
    in_flight = next(pulled)
    assert in_flight <= 3 * (2 * 4 + 2), in_flight  # chunks a worker x workers, and some


def test_read_texts_with_names() -> None:
    results = list(corpus.read_texts([("x", DECISION), ("y", LETTER)], workers=1))
    assert [(r.file, str(r.document.number)) for r in results if r.document] == [
        ("x", "15/QĐ-UBND"), ("y", "120/UBND-NC")]


def test_read_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(DECISION.encode())))
    (result,) = corpus.read(["-"], workers=2)
    assert result.file == "-" and str(result.document.number) == "15/QĐ-UBND"


def _issuer(result: Result) -> str:
    return result.document.issuer.name if result.document and result.document.issuer else "?"


def test_apply_runs_in_the_workers(folder: Path) -> None:
    values = list(corpus.apply(_issuer, [folder] * 2, workers=2, chunksize=1))
    assert values == ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "?", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
                      "Phòng Văn hóa và Thông tin"] * 2


def test_documents_and_results_pickle(folder: Path) -> None:
    results = list(corpus.read([folder], workers=1, keep_text=True))
    for result in results:
        back = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == result and back.text == result.text
        if result.document is not None:
            doc = result.document
            again = pickle.loads(pickle.dumps(doc))
            assert again == doc
            assert again.findings == doc.findings and again.spans == doc.spans
            assert again.span_of("number") == doc.span_of("number")
    draft = vanban.parse(vanban.example_text(DRAFT))
    assert pickle.loads(pickle.dumps(draft)).tasks == draft.tasks


def test_to_records(folder: Path) -> None:
    results = list(corpus.read([folder], workers=1))
    records = corpus.to_records(results)
    assert [Path(r["file"]).name for r in records] == ["a.txt", "decision.TXT", "draft.md"]
    assert records[0]["Number"] == "706/UBND-VP7" and records[0]["IssuedDate"] == "2024-11-04"
    assert records[0] == {"file": results[0].file, "Number": "706/UBND-VP7",
                          **vanban.metadata(results[0].document)}
    assert corpus.to_records([vanban.parse(DECISION)])[0]["file"] is None


def test_to_frame_documents(folder: Path) -> None:
    pd = pytest.importorskip("pandas")
    frame = corpus.to_frame(corpus.read([folder], workers=1))
    assert list(frame["Number"]) == ["706/UBND-VP7", "15/QĐ-UBND", "/VHTT"]
    assert pd.api.types.is_datetime64_any_dtype(frame["IssuedDate"])
    assert frame["IssuedDate"].iloc[0] == pd.Timestamp("2024-11-04")
    assert pd.isna(frame["IssuedDate"].iloc[2])  # the draft's day is blank
    assert frame["ToPlaces"].iloc[0] == ["Như trên", "Lưu: VT, VP2, VP7"]
    assert list(frame.columns[:3]) == ["file", "Number", "TypeName"]


def test_to_frame_citations() -> None:
    pd = pytest.importorskip("pandas")
    frame = corpus.to_frame([vanban.parse(DECISION), vanban.parse(LETTER)], "citations")
    assert list(frame.columns) == ["file", "Number", "IssuedDate", "OrganName", "type_name",
                                   "number", "date", "issuer", "title", "pinpoint",
                                   "relation", "is_self", "text", "start", "end"]
    row = frame[frame["number"] == "30/2020/NĐ-CP"].iloc[0]
    assert (row["Number"], row["type_name"], row["relation"]) == (
        "15/QĐ-UBND", "Nghị định", "basis")
    assert row["date"] == pd.Timestamp("2020-03-05")
    assert DECISION[row["start"]:row["end"]] == row["text"]
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    empty = corpus.to_frame([vanban.Document()], "citations")
    assert len(empty) == 0 and "number" in empty.columns


def test_to_frame_tasks() -> None:
    pd = pytest.importorskip("pandas")
    from vanban import model

    deadline = model.Deadline("trước ngày 30/3/2025", vanban.DocumentDate(2025, 3, 30))
    doc = vanban.Document(
        number=vanban.numbers.parse("20/KH-SNV"), date=vanban.DocumentDate(2025, 3, 18),
        issuer=vanban.Agency("SỞ NỘI VỤ"),
        tasks=[model.Task("1", "Phòng Tổ chức rà soát", lead=["Phòng Tổ chức"],
                          action="rà soát", deadline=deadline),
               model.Task("2", "Văn phòng Sở bảo đảm kinh phí", lead=["Văn phòng Sở"])])
    frame = corpus.to_frame([doc, vanban.Document()], "tasks")
    assert list(frame["label"]) == ["1", "2"]
    assert list(frame["Number"]) == ["20/KH-SNV"] * 2
    assert frame["IssuedDate"].iloc[0] == pd.Timestamp("2025-03-18")
    assert frame["OrganName"].iloc[0] == "SỞ NỘI VỤ"
    assert frame["lead"].iloc[0] == ["Phòng Tổ chức"]
    assert frame["deadline"].iloc[0] == pd.Timestamp("2025-03-30")
    assert pd.isna(frame["deadline"].iloc[1])
    assert frame["deadline_text"].iloc[0] == "trước ngày 30/3/2025"
    parsed = corpus.to_frame([vanban.parse(vanban.example_text(DRAFT))], "tasks")
    assert list(parsed["label"]) == [t.label for t in vanban.parse(
        vanban.example_text(DRAFT)).tasks]


def test_to_frame_tasks_without_tasks_attribute() -> None:
    pytest.importorskip("pandas")

    class Old:  # a document from before Document.tasks
        number = None
        date = None
        issuer = None

    assert corpus.rows([Old()], "tasks") == []  # type: ignore[list-item]
    frame = corpus.to_frame([Document()], "tasks")
    assert list(frame.columns) == ["file", "Number", "IssuedDate", "OrganName"]


def test_to_frame_rejects_an_unknown_kind() -> None:
    with pytest.raises(ValueError, match="kind"):
        corpus.rows([], "people")


def test_citation_graph() -> None:
    docs = [vanban.parse(DECISION), vanban.parse(LETTER), vanban.parse(DECISION),
            vanban.Document(place="Hà Nội")]
    results = [Result(f"{k}.txt", d) for k, d in enumerate(docs)]
    graph = corpus.citation_graph(results)
    assert list(graph) == ["15/QĐ-UBND", "120/UBND-NC", "2.txt", "3.txt"]
    assert graph["120/UBND-NC"] == ("15/QĐ-UBND",)
    assert graph["15/QĐ-UBND"] == ("30/2020/NĐ-CP",)
    assert graph["3.txt"] == ()
    assert graph.cited_by("15/QĐ-UBND") == ("120/UBND-NC",)
    assert graph.external() == {"30/2020/NĐ-CP"}
    assert graph.files["120/UBND-NC"] == "1.txt"
    assert len(graph.citations["120/UBND-NC", "15/QĐ-UBND"]) == 2
    assert "4 documents" in repr(graph)
    bare = corpus.citation_graph(docs[:2])
    assert list(bare) == ["15/QĐ-UBND", "120/UBND-NC"]


def test_citation_graph_to_networkx() -> None:
    nx = pytest.importorskip("networkx")
    graph = corpus.citation_graph([vanban.parse(DECISION), vanban.parse(LETTER)]).to_networkx()
    assert isinstance(graph, nx.DiGraph)
    assert graph.edges["120/UBND-NC", "15/QĐ-UBND"] == {"count": 2, "relation": "implements"}
    assert graph.nodes["15/QĐ-UBND"]["in_corpus"] is True
    assert graph.nodes["15/QĐ-UBND"]["date"] == datetime.date(2025, 3, 5)
    assert graph.nodes["30/2020/NĐ-CP"] == {"in_corpus": False}


def test_to_bag_with_dask(folder: Path) -> None:
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.bag")
    bag = corpus.to_bag([folder], npartitions=2)
    assert bag.npartitions == 2
    with dask.config.set(scheduler="synchronous"):
        results = bag.compute()
        numbers = sorted(bag.filter(lambda r: r.ok).map(
            lambda r: str(r.document.number)).compute())
    assert [Path(r.file).name for r in results] == ["a.txt", "bad.txt", "decision.TXT",
                                                    "draft.md"]
    assert numbers == ["/VHTT", "15/QĐ-UBND", "706/UBND-VP7"]
    assert corpus.to_bag([folder]).npartitions == 1


def test_read_leaves_the_collector_as_it_found_it(folder: Path) -> None:
    import gc

    assert gc.get_freeze_count() == 0
    assert len(list(corpus.read([folder] * 4, workers=2, chunksize=1))) == 16
    assert gc.get_freeze_count() == 0
    gc.freeze()  # a program that froze it before forking workers of its own
    try:
        frozen = gc.get_freeze_count()
        assert len(list(corpus.read([folder] * 4, workers=2, chunksize=1))) == 16
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
