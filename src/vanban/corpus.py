"""Many documents at once: parallel reading, records and data frames, the citation graph, Dask.

:func:`read` parses files (``.txt``, ``.md``, ``.docx``; directories are searched recursively)
in a pool of processes and yields one :class:`Result` a file, in the order given. A file that
cannot be read is a result with an ``error``, never an exception, so one bad file does not stop
a run of ten thousand. Results stream: only a bounded number of files is in flight at a time,
so memory holds what the caller keeps, not the whole corpus.

>>> import vanban
>>> from vanban import corpus
>>> results = list(corpus.read([vanban.example_path().parent], workers=1))
>>> [(r.file.rsplit("/", 1)[-1], r.ok) for r in results]
[('cong-van-706-UBND-VP7.txt', True), ('cong-van-VHTT-draft.txt', True)]
>>> [r["Number"] for r in corpus.to_records(results)]
['706/UBND-VP7', '/VHTT']

:func:`to_frame` turns documents into a pandas data frame (extra ``pandas``): one row a
document, a citation or a task. :func:`citation_graph` says who cites whom. :func:`to_bag`
gives a Dask bag of results for more files than one machine holds (extra ``dask``).
See ``docs/corpus.md``.
"""

from __future__ import annotations

import collections
import datetime
import enum
import functools
import gc
import importlib
import itertools
import math
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import attrs

from vanban.dates import DocumentDate
from vanban.metadata import metadata
from vanban.model import Citation, Document, Span
from vanban.numbers import DocumentNumber
from vanban.parser import parse
from vanban.reading import SUFFIXES, ReadError, files, read_text

if TYPE_CHECKING:
    import dask.bag
    import networkx
    import pandas

__all__ = [
    "SUFFIXES",
    "CitationGraph",
    "ReadError",
    "Result",
    "apply",
    "citation_graph",
    "files",
    "read",
    "read_text",
    "read_texts",
    "rows",
    "to_bag",
    "to_frame",
    "to_records",
]

T = TypeVar("T")
R = TypeVar("R")

_CHUNK = 4  # files a task: few enough to balance two workers, enough to amortise the IPC
_IN_FLIGHT = 4  # tasks queued a worker: the memory bound


@attrs.frozen
class Result:
    """What reading one file gave: a ``document``, or an ``error`` saying why not.

    ``file`` is the path as given (``"-"`` for standard input); ``text`` is the text the
    document was parsed from when :func:`read` was asked to keep it (spans point into it).

    >>> r = Result("x.txt", error="not UTF-8 text: byte 0xff at offset 0")
    >>> r.ok, r.document
    (False, None)
    """

    file: str
    document: Document | None = None
    error: str | None = None
    text: str | None = attrs.field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        """Whether the file was read (the document itself may still have findings)."""
        return self.error is None


# -- reading many files ------------------------------------------------------------------------

# An item of work: (name, text, error). A file to read has neither text nor error; standard
# input and read_texts() come with their text; a failed read of standard input with its error.
_Item = tuple[str, str | None, str | None]


def _result(item: _Item, keep_text: bool) -> Result:
    name, text, error = item
    if error is not None:
        return Result(name, error=error)
    if text is None:
        try:
            text = read_text(name)
        except ReadError as exc:
            return Result(name, error=str(exc))
    return Result(name, parse(text), text=text if keep_text else None)


def _results(items: list[_Item], keep_text: bool) -> list[Result]:
    return [_result(item, keep_text) for item in items]


def _applied(items: list[_Item], fn: Callable[[Result], R], keep_text: bool) -> list[R]:
    return [fn(_result(item, keep_text)) for item in items]


def _items(paths: Iterable[str | os.PathLike[str]]) -> list[_Item]:
    out: list[_Item] = []
    for name in files(paths):
        if name == "-":  # the workers cannot read the parent's standard input
            try:
                out.append((name, read_text(name), None))
            except ReadError as exc:
                out.append((name, None, str(exc)))
        else:
            out.append((name, None, None))
    return out


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _ordered(work: Callable[[list[T]], list[R]], items: Iterable[T], workers: int | None,
             chunksize: int | None, small: int | None = None) -> Iterator[R]:
    """``work`` over chunks of ``items`` in a pool of ``workers`` processes, results in order,
    with at most ``_IN_FLIGHT`` chunks a worker submitted and not yet consumed.

    This process only hands out chunks and takes results back. Making it parse chunks too
    was measured slower: it then competes for the GIL with the pool's result thread."""
    size = chunksize or _CHUNK
    count = _cpus() if workers is None else workers
    if count <= 1 or (small is not None and small <= size):
        for chunk in _batched(items, size):
            yield from work(chunk)
        return
    _warm()
    pool = ProcessPoolExecutor(max_workers=count)
    pending: collections.deque[Future[list[R]]] = collections.deque()
    # The workers are forked as the first chunks are submitted. Freezing the collector
    # meanwhile keeps their collections off the objects they inherit, which would otherwise
    # copy every page of this process into each of them (the gc module's advice for fork).
    frozen = _freeze()
    try:
        for k, chunk in enumerate(_batched(items, size)):
            if len(pending) >= count * _IN_FLIGHT:
                yield from pending.popleft().result()
            pending.append(pool.submit(work, chunk))
            if frozen and k + 1 >= count:
                frozen = _unfreeze()
        if frozen:
            frozen = _unfreeze()
        while pending:
            yield from pending.popleft().result()
    finally:
        if frozen:
            _unfreeze()
        pool.shutdown(wait=True, cancel_futures=True)


def _freeze() -> bool:
    """Freeze the collector, unless the program has frozen it itself (then leave it be)."""
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


def _unfreeze() -> bool:
    gc.unfreeze()
    return False


@functools.cache
def _warm() -> None:
    """Load the parser's lazy tables (the citation patterns) here, once, so that workers
    started by forking this process find them ready instead of each building its own."""
    parse("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.")


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def read(paths: Iterable[str | os.PathLike[str]], workers: int | None = None, *,
         keep_text: bool = False, chunksize: int | None = None) -> Iterator[Result]:
    """Parse the files ``paths`` name (see :func:`files`) in ``workers`` processes (``None``:
    one a CPU; ``1``: in this process, no pool) and yield a :class:`Result` a file, in order.

    Errors are results, not exceptions. Files go to the workers ``chunksize`` at a time and
    at most four batches a worker are in flight, so memory stays bounded however many files
    there are. ``keep_text`` keeps each file's text in its result (spans
    point into it). With more than one worker on a platform that starts processes by
    spawning (Windows, macOS, Python 3.14), call this under ``if __name__ == "__main__":``.
    """
    items = _items(paths)
    return _ordered(_Work(_results, keep_text), items, workers, chunksize, small=len(items))


def read_texts(texts: Iterable[str | tuple[str, str]], workers: int | None = None, *,
               keep_text: bool = False, chunksize: int | None = None) -> Iterator[Result]:
    """Like :func:`read` for texts already in memory: each item is a text (named ``#0``,
    ``#1``, ...) or a ``(name, text)`` pair. ``texts`` may be a lazy iterable.

    >>> [r.document.place for r in read_texts(["Hà Nội, ngày 05 tháng 3 năm 2020"], workers=1)]
    ['Hà Nội']
    """
    items: Iterator[_Item] = (((t[0], t[1], None) if isinstance(t, tuple) else (f"#{k}", t, None))
                              for k, t in enumerate(texts))
    return _ordered(_Work(_results, keep_text), items, workers, chunksize)


def apply(fn: Callable[[Result], R], paths: Iterable[str | os.PathLike[str]],
          workers: int | None = None, *, keep_text: bool = False,
          chunksize: int | None = None) -> Iterator[R]:
    """``fn(result)`` for each file, computed in the workers; the values in order.

    Only ``fn``'s value travels back to this process, which is cheaper than a whole
    document when you need a summary, a record or a count. ``fn`` must be picklable (a
    module-level function or a :func:`functools.partial` of one); an exception it raises is
    raised here.

    >>> import vanban
    >>> list(apply(_number, [vanban.example_path()], workers=1))
    ['706/UBND-VP7']
    """
    items = _items(paths)
    work: _Work[Any] = _Work(_applied, fn, keep_text)
    return _ordered(work, items, workers, chunksize, small=len(items))


class _Work(Generic[R]):
    """A picklable closure: ``func(chunk, *args)``."""

    __slots__ = ("args", "func")

    def __init__(self, func: Callable[..., list[R]], *args: Any) -> None:
        self.func = func
        self.args = args

    def __call__(self, chunk: list[_Item]) -> list[R]:
        return self.func(chunk, *self.args)


def _number(result: Result) -> str:
    doc = result.document
    return str(doc.number) if doc is not None and doc.number is not None else ""


# -- records and data frames -------------------------------------------------------------------


def _documents(docs: Iterable[Document | Result]) -> Iterator[tuple[str | None, Document]]:
    for item in docs:
        if isinstance(item, Result):
            if item.document is not None:
                yield item.file, item.document
        else:
            yield None, item


def to_records(docs: Iterable[Document | Result]) -> list[dict[str, Any]]:
    """The metadata record (:func:`vanban.metadata`) of each document, with ``file`` (the
    result's file, ``None`` for a bare document) and ``Number`` (the whole số/ký hiệu) in
    front. Results that hold an error are left out.

    >>> import vanban
    >>> record = to_records([vanban.parse(vanban.example_text())])[0]
    >>> record["file"], record["Number"], record["IssuedDate"], record["OrganName"]
    (None, '706/UBND-VP7', '2024-11-04', 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH')
    """
    return [{"file": file, "Number": _number_text(doc), **metadata(doc)}
            for file, doc in _documents(docs)]


def _number_text(doc: Document) -> str:
    return str(doc.number) if doc.number is not None else ""


def _day(value: DocumentDate | None) -> datetime.date | None:
    """The calendar date of a complete date; ``None`` for a blank part or none."""
    if value is None or not value.is_complete:
        return None
    try:
        return value.to_date()
    except ValueError:
        return None


def _plain(value: Any) -> Any:
    """A model value as data frame cell: text, numbers, dates, lists and dicts."""
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, DocumentDate):
        return _day(value)
    if isinstance(value, DocumentNumber):
        return str(value)
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, datetime.date):
        return value
    if attrs.has(type(value)):
        name = getattr(value, "name", None)  # Agency, Recipient: the name says it
        if isinstance(name, str) and (hasattr(value, "parent") or hasattr(value, "group")):
            return name
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))
                if f.name != "span"}
    return str(value)


def _context(file: str | None, doc: Document) -> dict[str, Any]:
    return {"file": file, "Number": _number_text(doc), "IssuedDate": _day(doc.date),
            "OrganName": doc.issuer.name if doc.issuer is not None else ""}


def _citation_row(c: Citation) -> dict[str, Any]:
    span = c.span
    return {"type_name": c.type_name, "number": str(c.number) if c.number is not None else None,
            "date": _day(c.date), "issuer": c.issuer, "title": c.title, "pinpoint": c.pinpoint,
            "relation": c.relation.value, "is_self": c.is_self, "text": c.text,
            "start": span.start if span is not None else None,
            "end": span.end if span is not None else None}


def _task_row(task: Any) -> dict[str, Any]:
    """A task's fields; a nested value with a ``date`` (a deadline) gives a date column of the
    field's name and one column per other part (``deadline_text``)."""
    if not attrs.has(type(task)):
        return {"task": str(task)}
    row: dict[str, Any] = {}
    for f in attrs.fields(type(task)):
        value = getattr(task, f.name)
        if f.name == "span":
            row["start"] = value.start if value is not None else None
            row["end"] = value.end if value is not None else None
        elif attrs.has(type(value)) and hasattr(value, "date"):
            for sub in attrs.fields(type(value)):
                if sub.name != "span":
                    column = f.name if sub.name == "date" else f"{f.name}_{sub.name}"
                    row[column] = _plain(getattr(value, sub.name))
        else:
            row[f.name] = _plain(value)
    return row


_CITATION_COLUMNS = ["type_name", "number", "date", "issuer", "title", "pinpoint", "relation",
                     "is_self", "text", "start", "end"]


def rows(docs: Iterable[Document | Result], kind: str = "documents") -> list[dict[str, Any]]:
    """The rows of :func:`to_frame` as dicts (no pandas needed)."""
    out: list[dict[str, Any]] = []
    if kind == "documents":
        for record in to_records(docs):
            record["IssuedDate"] = _iso_day(record["IssuedDate"])
            out.append(record)
    elif kind == "citations":
        for file, doc in _documents(docs):
            context = _context(file, doc)
            out.extend({**context, **_citation_row(c)} for c in doc.citations)
    elif kind == "tasks":
        for file, doc in _documents(docs):
            context = _context(file, doc)
            out.extend({**context, **_task_row(t)} for t in getattr(doc, "tasks", ()))
    else:
        raise ValueError(f"kind must be 'documents', 'citations' or 'tasks', not {kind!r}")
    return out


def _iso_day(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def to_frame(docs: Iterable[Document | Result], kind: str = "documents") -> pandas.DataFrame:
    """A pandas data frame (extra ``pandas``) of ``docs`` (documents or :func:`read` results;
    results that hold an error are left out).

    ``kind="documents"``: one row a document, the columns of :func:`to_records`.
    ``kind="citations"``: one row a citation, after the citing document's ``file``,
    ``Number``, ``IssuedDate`` and ``OrganName``: ``type_name``, ``number``, ``date``,
    ``issuer``, ``title``, ``pinpoint``, ``relation``, ``is_self``, ``text``, ``start``, ``end``.
    ``kind="tasks"``: one row a task (``Document.tasks``), after the same four columns, the
    task's fields. Dates are ``datetime64`` (``NaT`` when a part is blank); lists stay lists.

    >>> import vanban
    >>> frame = to_frame([vanban.parse(vanban.example_text())])
    >>> frame.loc[0, "IssuedDate"]
    Timestamp('2024-11-04 00:00:00')
    """
    import pandas as pd  # noqa: PLC0415 - optional dependency

    data = rows(docs, kind)
    if not data:  # the columns still say what the frame holds
        columns = ["file", "Number", "IssuedDate", "OrganName"]
        if kind == "citations":
            columns += _CITATION_COLUMNS
        frame = pd.DataFrame(columns=columns)
    else:
        frame = pd.DataFrame(data)
    for column in frame.columns:
        values = [v for v in frame[column]
                  if v is not None and not (isinstance(v, float) and math.isnan(v))]
        dated = column in ("IssuedDate", "date") or str(column).endswith(("deadline", "_date"))
        if (dated and not values) or (values and all(type(v) is datetime.date for v in values)):
            frame[column] = pd.to_datetime(frame[column])
    return frame


# -- the citation graph ------------------------------------------------------------------------


class CitationGraph(Mapping[str, tuple[str, ...]]):
    """Who cites whom: each document of the corpus (by key) → the keys of what it cites.

    A document's key is its số/ký hiệu (``706/UBND-VP7``); a document without one (or with a
    blank draft number, or the second with the same number) is keyed by its file. A cited
    document's key is its number, or for a law cited by name its type and title
    (``Luật Tổ chức Chính phủ``); a cited number that a corpus document carries resolves to
    that document's key. :attr:`documents` maps the corpus's keys to their documents;
    :attr:`citations` maps an edge to the citations behind it.
    """

    def __init__(self) -> None:
        self.documents: dict[str, Document] = {}
        self.files: dict[str, str | None] = {}
        self.citations: dict[tuple[str, str], list[Citation]] = {}
        self._edges: dict[str, dict[str, None]] = {}

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return tuple(self._edges[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._edges)

    def __len__(self) -> int:
        return len(self._edges)

    def __repr__(self) -> str:
        edges = sum(len(v) for v in self._edges.values())
        return f"<CitationGraph: {len(self)} documents, {edges} edges>"

    def cited_by(self, key: str) -> tuple[str, ...]:
        """The corpus documents that cite ``key``."""
        return tuple(k for k, cited in self._edges.items() if key in cited)

    def external(self) -> set[str]:
        """What the corpus cites but does not hold."""
        return {k for cited in self._edges.values() for k in cited} - set(self.documents)

    def to_networkx(self) -> networkx.DiGraph:
        """A ``networkx.DiGraph`` (extra ``networkx``): an edge from citing to cited, with the
        ``count`` of citations and the ``relation`` of the first; nodes carry ``in_corpus``
        and, for corpus documents, ``file``, ``type_name``, ``date`` and ``issuer``."""
        import networkx as nx  # noqa: PLC0415 - optional dependency

        graph = nx.DiGraph()
        for key, doc in self.documents.items():
            graph.add_node(key, in_corpus=True, file=self.files.get(key),
                           type_name=doc.type_name, date=_day(doc.date),
                           issuer=doc.issuer.name if doc.issuer is not None else None)
        for key in self.external():
            graph.add_node(key, in_corpus=False)
        for (a, b), cites in self.citations.items():
            graph.add_edge(a, b, count=len(cites), relation=cites[0].relation.value)
        return graph


def _match(text: str) -> str:
    return " ".join(text.split()).replace("Ð", "Đ").casefold()


def _cited_key(c: Citation) -> str | None:
    if c.is_self:
        return None
    if c.number is not None and not c.number.is_blank:
        return str(c.number)
    if c.title and c.type_name:
        return f"{c.type_name} {c.title}"
    return None


def citation_graph(docs: Iterable[Document | Result]) -> CitationGraph:
    """Who cites whom in ``docs`` (documents or :func:`read` results): see
    :class:`CitationGraph`.

    >>> import vanban
    >>> graph = citation_graph([vanban.parse(vanban.example_text())])
    >>> list(graph), graph["706/UBND-VP7"]
    (['706/UBND-VP7'], ('4705/HD-BQP', '4706/HD-BQP'))
    """
    graph = CitationGraph()
    by_number: dict[str, str] = {}
    entries: list[tuple[str, Document]] = []
    for count, (file, doc) in enumerate(_documents(docs)):
        key = None
        if doc.number is not None and not doc.number.is_blank:
            number = str(doc.number)
            if _match(number) not in by_number:
                key = number
                by_number[_match(number)] = key
        if key is None:
            key = file if file is not None else f"#{count}"
        while key in graph.documents:  # the same file given twice
            key += "'"
        graph.documents[key] = doc
        graph.files[key] = file
        entries.append((key, doc))
    for key, doc in entries:
        cited: dict[str, None] = {}
        for c in doc.citations:
            target = _cited_key(c)
            if target is None:
                continue
            target = by_number.get(_match(target), target)
            if target == key:
                continue
            cited[target] = None
            graph.citations.setdefault((key, target), []).append(c)
        graph._edges[key] = cited
    return graph


# -- Dask --------------------------------------------------------------------------------------


def to_bag(paths: Iterable[str | os.PathLike[str]], *, npartitions: int | None = None,
           keep_text: bool = False) -> dask.bag.Bag:
    """A Dask bag (extra ``dask``) of the :class:`Result` of each file ``paths`` name: the
    files are listed here and read and parsed where Dask runs the partitions (processes, or
    a cluster with ``dask.distributed`` whose workers see the same files).

    ``npartitions`` defaults to about 100 files a partition.
    """
    db: Any = importlib.import_module("dask.bag")  # optional dependency

    names = files(paths)
    if npartitions is None:
        npartitions = max(1, min(len(names), -(-len(names) // 100)))
    bag = db.from_sequence(names, npartitions=npartitions).map(_read_file, keep_text=keep_text)
    return cast("dask.bag.Bag", bag)


def _read_file(name: str, keep_text: bool = False) -> Result:
    return _result((name, None, None), keep_text)

