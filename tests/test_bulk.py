"""Every document of the bulk corpus parses without an internal error (slow; needs ../shared).

Run with ``python -m pytest -m slow tests/test_bulk.py``. The bulk corpus is not copied into the
repository (4.4 MB); the test is skipped where it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import vanban

BULK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk"


def _texts() -> list[tuple[str, str]]:
    out = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(BULK.glob("*/*.txt"))]
    for jsonl in sorted(BULK.glob("*.jsonl")):
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["id"], row["text"]))
    return out


@pytest.mark.slow
@pytest.mark.skipif(not BULK.is_dir(), reason="the bulk corpus (../shared/corpus/bulk) is absent")
def test_every_bulk_document_parses() -> None:
    failures = []
    texts = _texts()
    assert len(texts) > 400
    for name, text in texts:
        doc = vanban.parse(text)
        if any(f.code == "parse.internal" for f in doc.findings):
            failures.append(name)
        vanban.metadata(doc)
    assert not failures, failures
