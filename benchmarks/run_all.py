"""Every benchmark in one run: throughput, ratios to baselines, import time, memory, workers.

Usage: ``python benchmarks/run_all.py [--bulk DIR] [--json FILE]`` from the repository root with
the ``bench`` extra (pydantic, msgspec) installed. It reads the bulk corpus
(``../shared/corpus/bulk`` by default; the bundled example alone when it is not there) and
prints a Markdown report for ``benchmarks/README.md``. It takes two to four minutes.

What it measures, in this order:

1. ``parse``, ``cite``, ``check``, ``to_json``, ``from_json`` and ``render`` on the bulk corpus
   and on the bundled example, as MB/s and documents/s (MB of the document's text; of the JSON
   for the JSON rows), and as a ratio to a baseline run in the same process on the same input:
   for the text operations, NFC normalisation plus one pass of a compiled regex (what any
   reader of the text must at least do); for JSON, pydantic v2 and msgspec holding the same
   model (``bench_json.py``). A ratio is vanban's time ÷ the baseline's: 10 means ten times
   the baseline's time.
2. The time of ``import vanban`` in a fresh interpreter, best of 5, with the bytecode cache
   warm (as after ``pip install``), and of ``import vanban`` followed by the first use of
   ``vanban.parse`` (which loads the parser and the citation tables).
3. The peak RSS of a process holding 10,000 parsed documents in a list
   (``resource.getrusage``; the documents are parsed by two worker processes and sent back).
4. ``vanban.corpus.read`` with 1 and with 2 workers on 500 documents (the bulk corpus
   repeated), and the same through ``vanban parse DIR --workers N`` (for the whole run, and
   from the first document out to the last, which leaves out the start-up); and, as the
   ceiling two cores can give, two independent processes each parsing half the files.

Best of N repeats throughout, interleaved, so that a busy machine slows both sides of a ratio
alike. The report says how busy the machine was with other work during the run.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_parse import load_bulk  # noqa: E402

import vanban  # noqa: E402
from vanban import citations, corpus  # noqa: E402
from vanban.render import render  # noqa: E402
from vanban.serialize import from_json, to_json  # noqa: E402

_BASELINE = re.compile(r"\d+\s?/[\w-]+|ngày \d+")


def baseline(texts: list[str]) -> None:
    """NFC normalisation plus one compiled-regex pass: the floor for any reader of the text."""
    for text in texts:
        _BASELINE.findall(unicodedata.normalize("NFC", text))


def best(fns: dict[str, Callable[[], object]], repeats: int,
         budget: float = 60.0) -> dict[str, float]:
    """Best time of each function over ``repeats`` interleaved rounds (fewer past ``budget``)."""
    times: dict[str, float] = {}
    deadline = time.perf_counter() + budget
    for _ in range(repeats):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            elapsed = time.perf_counter() - start
            times[name] = min(times.get(name, elapsed), elapsed)
        if time.perf_counter() > deadline:
            break
    return times


def each(fn: Callable[[Any], object], items: list[Any], calls: int = 1) -> Callable[[], None]:
    def run() -> None:
        for _ in range(calls):
            for item in items:
                fn(item)
    return run


# -- 1. throughput -----------------------------------------------------------------------------


def json_models(docs: list[vanban.Document]) -> tuple[list[Any], list[Any], Any, Any] | None:
    """The same documents as pydantic and msgspec objects, or None without those libraries."""
    try:
        import bench_json  # noqa: PLC0415 - the bench extra is optional
        import msgspec  # noqa: PLC0415
    except ImportError:
        return None
    blobs = [to_json(d).encode() for d in docs]
    decoder = msgspec.json.Decoder(bench_json.MDocument)
    p_objs = [bench_json.PDocument.model_validate_json(b) for b in blobs]
    m_objs = [decoder.decode(b) for b in blobs]
    return p_objs, m_objs, decoder, msgspec.json.Encoder()


def throughput(name: str, texts: list[str], repeats: int, calls: int) -> list[dict[str, Any]]:
    docs = [vanban.parse(t) for t in texts]
    jsons = [to_json(d) for d in docs]
    blobs = [j.encode() for j in jsons]
    text_mb = sum(len(t.encode()) for t in texts) / 1e6 * calls
    json_mb = sum(len(b) for b in blobs) / 1e6 * calls
    count = len(texts) * calls
    pairs = list(zip(docs, texts, strict=True))
    text_ops = {
        "baseline": each(lambda t: baseline([t]), texts, calls),
        "parse": each(vanban.parse, texts, calls),
        "cite": each(citations.cite, texts, calls),
        "check": each(lambda p: vanban.check(p[0], text=p[1]), pairs, calls),
        "render": each(render, docs, calls),
    }
    json_ops: dict[str, Callable[[], object]] = {
        "to_json": each(to_json, docs, calls),
        "from_json": each(from_json, jsons, calls),
    }
    models = json_models(docs)
    if models is not None:
        import bench_json  # noqa: PLC0415

        p_objs, m_objs, decoder, encoder = models
        json_ops |= {
            "to_json pydantic": each(lambda p: p.model_dump_json(), p_objs, calls),
            "to_json msgspec": each(encoder.encode, m_objs, calls),
            "from_json pydantic": each(bench_json.PDocument.model_validate_json, blobs, calls),
            "from_json msgspec": each(decoder.decode, blobs, calls),
        }
    times = best(text_ops, repeats) | best(json_ops, repeats * 3)
    rows = []
    for op in ("parse", "cite", "check", "render", "to_json", "from_json"):
        seconds = times[op]
        mb = json_mb if op.endswith("json") else text_mb
        row: dict[str, Any] = {"corpus": name, "op": op, "mb_s": mb / seconds,
                               "docs_s": count / seconds}
        if op.endswith("json"):
            for lib in ("pydantic", "msgspec"):
                if f"{op} {lib}" in times:
                    row[f"x_{lib}"] = seconds / times[f"{op} {lib}"]
        else:
            row["x_baseline"] = seconds / times["baseline"]
        rows.append(row)
    return rows


# -- 2. import time ----------------------------------------------------------------------------

_IMPORT = "import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"


def import_times(repeats: int = 5) -> dict[str, float]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as cache:
        env["PYTHONPYCACHEPREFIX"] = cache  # a warm bytecode cache, outside the tree
        for label, code in (("import vanban", "import vanban"),
                            ("import vanban; vanban.parse",
                             "import vanban; vanban.parse('Số: 01/UBND-VP')")):
            argv = [sys.executable, "-c", _IMPORT.format(code=code)]
            subprocess.run(argv, env=env, check=True, capture_output=True)  # warm the cache
            runs = [float(subprocess.run(argv, env=env, check=True, capture_output=True,
                                         text=True).stdout) for _ in range(repeats)]
            out[label] = min(runs)
    cold = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    cold.pop("PYTHONPYCACHEPREFIX", None)
    argv = [sys.executable, "-c", _IMPORT.format(code="import vanban")]
    out["import vanban (no bytecode)"] = min(
        float(subprocess.run(argv, env=cold, check=True, capture_output=True,
                             text=True).stdout) for _ in range(3))
    return out


def importtime_top(count: int = 8) -> list[tuple[str, int]]:
    """The modules that take longest to import (own time, µs) on first use of ``parse``."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-c",
                             "import vanban; vanban.parse('x')"], capture_output=True,
                            text=True, check=True)
    rows = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[0].strip().split()[-1].isdigit():
            rows.append((parts[2].strip(), int(parts[0].split()[-1])))
    return sorted(rows, key=lambda r: -r[1])[:count]


# -- 3. memory ---------------------------------------------------------------------------------

# VmHWM (the peak RSS of this process image) where there is /proc: ru_maxrss survives exec()
# on Linux, so a child of a big parent would report the parent's peak.
_RSS = """
import json, resource, sys
from vanban import corpus

def status(key):
    try:
        for line in open("/proc/self/status"):
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

texts = json.load(open(sys.argv[1], encoding="utf-8"))
before = status("VmRSS")
items = (texts[k % len(texts)] for k in range(int(sys.argv[2])))
workers = int(sys.argv[3])
if workers == 1:
    import vanban
    docs = [vanban.parse(t) for t in items]
else:
    docs = [r.document for r in corpus.read_texts(items, workers=workers, chunksize=16)]
assert len(docs) == int(sys.argv[2]) and all(d is not None for d in docs)
print(json.dumps({"before_kb": before, "peak_kb": status("VmHWM"), "now_kb": status("VmRSS")}))
"""


def peak_rss(texts: list[str], count: int = 10_000, workers: int = 2) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False,
                                     encoding="utf-8") as f:
        json.dump(texts, f, ensure_ascii=False)
    try:
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", _RSS, f.name, str(count), str(workers)],
                                capture_output=True, text=True, check=True)
        seconds = time.perf_counter() - start
    finally:
        os.unlink(f.name)
    data = json.loads(result.stdout)
    return {"documents": count, "peak_mb": data["peak_kb"] / 1024,
            "before_mb": data["before_kb"] / 1024, "end_mb": data["now_kb"] / 1024,
            "seconds": seconds}


# -- 4. workers --------------------------------------------------------------------------------


def _command(folder: str, count: int) -> tuple[float, float]:
    """``vanban parse folder --workers count``: the wall time, and the rate from the first
    document out to the last (the start-up, imports and tables, left out)."""
    argv = [sys.executable, "-m", "vanban.cli", "parse", folder, "--workers", str(count),
            "--quiet", "--format", "metadata"]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    start = time.perf_counter()
    first = start
    lines = 0
    with subprocess.Popen(argv, stdout=subprocess.PIPE, env=env) as proc:
        assert proc.stdout is not None
        for _ in proc.stdout:
            lines += 1
            if lines == 1:
                first = time.perf_counter()
    end = time.perf_counter()
    if proc.returncode != 0:
        raise RuntimeError(f"{argv} exited with {proc.returncode}")
    return end - start, (lines - 1) / (end - first)


_HALF = """
import sys, time
import vanban
vanban.parse("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.")  # load the tables first
names = open(sys.argv[1], encoding="utf-8").read().splitlines()[int(sys.argv[2])::2]
texts = [open(n, encoding="utf-8").read() for n in names]
print("ready", flush=True)
sys.stdin.readline()
start = time.perf_counter()
for text in texts:
    vanban.parse(text)
print(time.perf_counter() - start, flush=True)
"""


def _halves(files: list[str]) -> float:
    """Two independent processes, each parsing half the files at the same time, nothing sent
    between them: the wall time of the slower. What two cores of this machine can give."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(files))
    try:
        procs = [subprocess.Popen([sys.executable, "-c", _HALF, f.name, str(k)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                 for k in (0, 1)]
        for proc in procs:  # both loaded, then both started at once
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        return max(float(proc.communicate()[0]) for proc in procs)
    finally:
        os.unlink(f.name)


def workers(texts: list[str], count: int = 500, repeats: int = 4) -> dict[str, float]:
    """``corpus.read`` and ``vanban parse`` on ``count`` files, with 1 and 2 workers, and what
    two independent processes get on the same files (the machine's ceiling)."""
    best_time: dict[str, float] = {}
    best_rate: dict[str, float] = {}

    def keep(key: str, seconds: float) -> None:
        best_time[key] = min(best_time.get(key, seconds), seconds)

    with tempfile.TemporaryDirectory() as folder:
        for k in range(count):
            Path(folder, f"{k:04d}.txt").write_text(texts[k % len(texts)], encoding="utf-8")
        files = corpus.files([folder])
        for _ in range(repeats):
            for n in (1, 2):
                start = time.perf_counter()
                assert sum(1 for r in corpus.read(files, workers=n) if r.ok) == count
                keep(f"read {n}", time.perf_counter() - start)
            keep("halves", _halves(files))
            for n in (1, 2):
                elapsed, rate = _command(folder, n)
                keep(f"command {n}", elapsed)
                best_rate[f"command {n}"] = max(best_rate.get(f"command {n}", rate), rate)
    out = {f"{key} docs/s": count / seconds for key, seconds in best_time.items()}
    out["read speedup"] = best_time["read 1"] / best_time["read 2"]
    out["ceiling speedup"] = best_time["read 1"] / best_time["halves"]
    out["command speedup"] = best_time["command 1"] / best_time["command 2"]
    out["command 1 steady docs/s"] = best_rate["command 1"]
    out["command 2 steady docs/s"] = best_rate["command 2"]
    out["command steady speedup"] = best_rate["command 2"] / best_rate["command 1"]
    return out


# -- the machine -------------------------------------------------------------------------------


def _cpu_jiffies() -> int | None:
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return user + nice + system + irq + softirq + steal


def _own_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def report(args: argparse.Namespace) -> dict[str, Any]:
    start_wall, start_busy, start_own = time.perf_counter(), _cpu_jiffies(), _own_seconds()
    bulk_dir = Path(args.bulk)
    texts = load_bulk(bulk_dir) if bulk_dir.is_dir() else []
    example = [vanban.example_text()]
    data: dict[str, Any] = {
        "date": datetime.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
        "python": platform.python_version(),
        "bulk": {"documents": len(texts), "mb": sum(len(t.encode()) for t in texts) / 1e6},
    }
    rows = []
    if texts:
        rows += throughput("bulk", texts, repeats=2, calls=1)
    rows += throughput("example", example, repeats=5, calls=30)
    data["throughput"] = rows
    data["import"] = import_times()
    data["importtime_top"] = importtime_top()
    source = texts or example
    data["rss"] = peak_rss(source)
    data["workers"] = workers(source)
    wall = time.perf_counter() - start_wall
    end_busy = _cpu_jiffies()
    if start_busy is not None and end_busy is not None:
        busy = (end_busy - start_busy) / os.sysconf("SC_CLK_TCK")
        data["other_load_cores"] = max(0.0, busy - (_own_seconds() - start_own)) / wall
    data["seconds"] = wall
    return data


def markdown(data: dict[str, Any]) -> str:
    lines = [f"### {data['date']} — {data['machine']}, Python {data['python']}", ""]
    bulk = data["bulk"]
    lines.append(f"Bulk corpus: {bulk['documents']} documents, {bulk['mb']:.2f} MB. "
                 f"Run time {data['seconds']:.0f} s; other processes kept "
                 f"{data.get('other_load_cores', float('nan')):.2f} cores busy on average "
                 "during the run.")
    lines += ["", "| corpus | operation | MB/s | docs/s | × baseline | × pydantic | × msgspec |",
              "|---|---|---:|---:|---:|---:|---:|"]
    for r in data["throughput"]:
        def x(key: str, r: dict[str, Any] = r) -> str:
            return f"{r[key]:.2f}" if key in r else ""
        lines.append(f"| {r['corpus']} | {r['op']} | {r['mb_s']:.2f} | {r['docs_s']:,.0f} | "
                     f"{x('x_baseline')} | {x('x_pydantic')} | {x('x_msgspec')} |")
    imp = data["import"]
    rss = data["rss"]
    w = data["workers"]
    lines += [
        "",
        "| measure | value |",
        "|---|---:|",
        f"| `import vanban` (best of 5, bytecode cached) | {imp['import vanban'] * 1000:.0f} ms |",
        f"| `import vanban` + first `vanban.parse` | "
        f"{imp['import vanban; vanban.parse'] * 1000:.0f} ms |",
        f"| `import vanban` without bytecode (PYTHONDONTWRITEBYTECODE) | "
        f"{imp['import vanban (no bytecode)'] * 1000:.0f} ms |",
        f"| peak RSS, {rss['documents']:,} parsed documents in a list | "
        f"{rss['peak_mb']:.0f} MB (at start {rss['before_mb']:.0f} MB) |",
        f"| `corpus.read`, 500 documents, 1 worker | {w['read 1 docs/s']:.0f} docs/s |",
        f"| `corpus.read`, 500 documents, 2 workers | {w['read 2 docs/s']:.0f} docs/s "
        f"(×{w['read speedup']:.2f}) |",
        f"| two independent processes, each parsing half (the machine's ceiling) | "
        f"{w['halves docs/s']:.0f} docs/s (×{w['ceiling speedup']:.2f}) |",
        f"| `vanban parse DIR`, 500 documents, 1 worker, whole run | "
        f"{w['command 1 docs/s']:.0f} docs/s |",
        f"| `vanban parse DIR --workers 2`, whole run | {w['command 2 docs/s']:.0f} docs/s "
        f"(×{w['command speedup']:.2f}) |",
        f"| `vanban parse DIR`, 1 worker, first document out to last | "
        f"{w['command 1 steady docs/s']:.0f} docs/s |",
        f"| `vanban parse DIR --workers 2`, first document out to last | "
        f"{w['command 2 steady docs/s']:.0f} docs/s (×{w['command steady speedup']:.2f}) |",
        "",
        "Slowest imports on first use of `vanban.parse` (own time): " + ", ".join(
            f"`{name}` {us / 1000:.0f} ms" for name, us in data["importtime_top"][:5]) + ".",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bulk", default=str(HERE.parent.parent / "shared" / "corpus" / "bulk"),
                        help="the bulk corpus (default: ../shared/corpus/bulk)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    data = report(args)
    if args.json:
        Path(args.json).write_text(json.dumps(data, indent=2, ensure_ascii=False),
                                   encoding="utf-8")
    print(markdown(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
