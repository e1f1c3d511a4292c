"""Parse throughput on real text, as a ratio to a baseline measured in the same run.

The baseline is what any parser must at least do: NFC normalisation plus one compiled-regex
pass over the same text. ``vanban.parse`` is measured with and without the citation extractor,
and on inputs from 10 KB to 1 MB to show that time grows linearly with size.

Run: ``python benchmarks/bench_parse.py [BULK_DIR]`` (default ``../shared/corpus/bulk``).
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import vanban
from vanban import parser as vanban_parser

_BASELINE = re.compile(r"\d+\s?/[\w-]+|ngày \d+")


def load_bulk(folder: Path) -> list[str]:
    """The documents of the bulk corpus: the crawl's files and the JSON lines' texts."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*/*.txt"))]
    for jsonl in sorted(folder.glob("*.jsonl")):
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def best_of(run: Callable[[], object], repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def baseline(texts: list[str]) -> None:
    for text in texts:
        _BASELINE.findall(unicodedata.normalize("NFC", text))


def parse_all(texts: list[str]) -> None:
    for text in texts:
        vanban.parse(text)


def parse_without_citations(texts: list[str]) -> None:
    saved = vanban_parser._citations
    vanban_parser._citations = lambda *args: ()  # type: ignore[assignment]
    try:
        for text in texts:
            vanban.parse(text)
    finally:
        vanban_parser._citations = saved


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpus/bulk")
    if not folder.is_dir():
        print(f"no bulk corpus at {folder}; nothing to measure")
        return 0
    texts = load_bulk(folder)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"bulk corpus: {len(texts)} documents, {size:.2f} MB")
    base = best_of(lambda: baseline(texts))
    full = best_of(lambda: parse_all(texts), repeats=2)
    bare = best_of(lambda: parse_without_citations(texts), repeats=2)
    print(f"baseline (NFC + one regex pass): {size / base:8.2f} MB/s")
    print(f"parse (with citations):          {size / full:8.2f} MB/s  ratio {base / full:.2f}")
    print(f"parse (without citations):       {size / bare:8.2f} MB/s  ratio {base / bare:.2f}")
    joined = "\n\n".join(texts)
    # The same 10 KB repeated, so that only the size changes between the rows (the bulk text's
    # later megabytes are denser in citations and NFD lines than its first).
    base_chunk = joined[:10_000]
    print("linearity (one document: the same 10 KB of bulk text repeated):")
    previous = None
    for kb in (10, 100, 1000):
        chunk = "\n".join([base_chunk] * (kb // 10))
        seconds = best_of(lambda chunk=chunk: vanban.parse(chunk))
        note = f"  x{seconds / previous:.1f} for x10 input" if previous else ""
        print(f"  {kb:5d} KB: {seconds * 1000:9.1f} ms{note}")
        previous = seconds
    return 0


if __name__ == "__main__":
    sys.exit(main())
