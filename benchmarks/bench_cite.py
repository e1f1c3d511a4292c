"""Throughput of :func:`vanban.citations.cite` on real text.

Usage: python benchmarks/bench_cite.py [BULK_DIR]

Reads the bulk corpus (``thuvienphapluat_crawl/**/*.txt`` and the ``text`` of each line of
``vbai_official_docs_extracted.jsonl``), builds 1 MB and 4 MB texts (UTF-8 bytes) from it and
prints, measured in the same run:

* the time of ``cite`` on each, and their ratio (linear time: about 4, more where the later
  text is denser in citations), the time of the first 1 MB repeated four times against the
  1 MB (linear: 4 with the same density), and the time of the 4 MB text in one call against
  its four quarters in four calls (linear time: about 1);
* the time of ONE compiled-regex pass, ``re.compile(r"\\d+/[\\w-]+").findall``, over the same
  text, and the throughput of ``cite`` as a ratio to it (1.0 = as fast as that one pass);
* the same ratio with the text already normalised (NFC, no NFD): the part ``cite`` spends on
  reading citations rather than on :func:`vanban.normalize.normalize`.

Skips with a message when the corpus is not there.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from vanban.citations import cite
from vanban.normalize import normalize

DEFAULT = Path("/work/shared/corpus/bulk")
MB = 1_000_000


def load(bulk: Path) -> str:
    """All bulk documents joined by blank lines."""
    files = sorted(bulk.glob("thuvienphapluat_crawl/**/*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    jsonl = bulk / "vbai_official_docs_extracted.jsonl"
    if jsonl.exists():
        with jsonl.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return "\n\n".join(texts)


def take(text: str, size: int) -> str:
    """The first ``size`` bytes of ``text`` (repeated when it is shorter), cut at a character."""
    data = text.encode("utf-8")
    while len(data) < size:
        data += b"\n\n" + text.encode("utf-8")
    return data[:size].decode("utf-8", errors="ignore")


def best(fn: Callable[[], object], runs: int = 5) -> float:
    """The fastest of ``runs`` timings of ``fn()``, in seconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    bulk = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not bulk.is_dir():
        print(f"bulk corpus not found at {bulk}; benchmark skipped")
        return 0
    corpus = load(bulk)
    if not corpus:
        print(f"no text in {bulk}; benchmark skipped")
        return 0
    one_pass = re.compile(r"\d+/[\w-]+")
    results = {}
    for size in (1 * MB, 4 * MB):
        text = take(corpus, size)
        clean = normalize(text).text
        n = len(cite(text))
        t_cite = best(lambda text=text: cite(text))
        t_clean = best(lambda clean=clean: cite(clean))
        t_regex = best(lambda text=text: one_pass.findall(text))
        results[size] = t_cite
        print(f"{size // MB} MB: {n} citations; cite {t_cite:.3f} s "
              f"({size / MB / t_cite:.2f} MB/s), "
              f"one regex pass {t_regex:.3f} s; throughput ratio {t_regex / t_cite:.2f} "
              f"(on normalised text {t_regex / t_clean:.2f})")
    print(f"time ratio 4 MB / 1 MB: {results[4 * MB] / results[1 * MB]:.2f} (linear: 4; the "
          "later megabytes of the corpus are denser in citations)")
    first = take(corpus, 1 * MB)
    repeated = "\n\n".join([first] * 4)
    print(f"the first 1 MB four times over / the first 1 MB: "
          f"{best(lambda: cite(repeated)) / results[1 * MB]:.2f} (linear: 4; the same text, so the "
          "same density of citations)")
    text = take(corpus, 4 * MB)
    quarters = [text[i * len(text) // 4 : (i + 1) * len(text) // 4] for i in range(4)]
    parts = sum(best(lambda q=q: cite(q)) for q in quarters)
    print(f"the same 4 MB in one call / in four 1 MB calls: {results[4 * MB] / parts:.2f} "
          "(linear: 1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
