"""Score ``unique(cite(text))`` against the gold citation lists of a corpus (GOLD.md, "Citations").

Usage: python benchmarks/eval_cite.py [CORPUS_DIR] [--errors]

Matching follows score.py: a prediction matches a gold item by compacted number, or by
(case-folded title, full date); several predictions of one gold document count once. TypeName
and IssuedDate accuracy are measured on the matched pairs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

from vanban.citations import cite, number_text, unique
from vanban.model import Citation

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _fold_tones(text: str) -> str:
    out = []
    for word in re.split(r"(\s+)", unicodedata.normalize("NFD", text)):
        tones = [c for c in word if c in _TONES]
        out.append("".join(c for c in word if c not in _TONES) + "".join(tones))
    return unicodedata.normalize("NFC", "".join(out))


def norm(value: object, casefold: bool = False) -> str:
    """score.py's ``norm``."""
    text = "" if value is None else str(value)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    text = _fold_tones(text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[-–•+*\s]+", "", text)
    text = re.sub(r"[\s;.,:]+$", "", text)
    return text.casefold() if casefold else text


def citation_keys(item: dict[str, str]) -> set[tuple[str, ...]]:
    """score.py's ``citation_keys``."""
    keys: set[tuple[str, ...]] = set()
    number = re.sub(r"\s+", "", norm(item.get("Number", "")))
    if number:
        keys.add(("number", number))
    title, date = norm(item.get("Title", ""), True), norm(item.get("IssuedDate", ""))
    if title and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        keys.add(("title", title, date))
    return keys


_NAMED = {"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"}


def record(c: Citation) -> dict[str, str] | None:
    """A citation as a gold-list item, or None when the gold list would not hold it."""
    number = number_text(c) or ""
    full = c.date is not None and c.date.is_complete
    if not number and not (c.title and full and c.type_name in _NAMED):
        return None
    item = {"TypeName": c.type_name or "", "Number": number,
            "IssuedDate": c.date.isoformat() if full and c.date else ""}
    if c.title and c.type_name in _NAMED:
        item["Title"] = c.title
    return item


def predict(text: str) -> list[dict[str, str]]:
    """The gold-list items for ``text``."""
    return [r for r in (record(c) for c in unique(cite(text))) if r is not None]


def score(corpus: Path, show: bool = False) -> dict[str, float]:
    """P/R/F1 and type/date accuracy over every gold file with ``citations_scored``."""
    tp = fp = fn = matched = type_ok = date_ok = 0
    for gold_path in sorted(corpus.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not gold.get("citations_scored"):
            continue
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        golds = [(citation_keys(g), g) for g in gold.get("Citations", [])]
        golds = [(k, g) for k, g in golds if k]
        hits: dict[int, dict[str, str]] = {}
        extra = []
        for item in predict(text):
            keys = citation_keys(item)
            if not keys:
                continue
            hit = next((i for i, (gk, _) in enumerate(golds) if gk & keys), None)
            if hit is None:
                extra.append(sorted(keys)[0])
            else:
                hits.setdefault(hit, item)
        missed = [sorted(gk)[0] for i, (gk, _) in enumerate(golds) if i not in hits]
        tp, fp, fn = tp + len(hits), fp + len(set(extra)), fn + len(missed)
        for i, p in hits.items():
            g = golds[i][1]
            matched += 1
            t_ok = norm(g.get("TypeName", ""), True) == norm(p.get("TypeName", ""), True)
            d_ok = norm(g.get("IssuedDate", "")) == norm(p.get("IssuedDate", ""))
            type_ok, date_ok = type_ok + t_ok, date_ok + d_ok
            if show and not (t_ok and d_ok):
                print(f"{gold_path.stem}: gold {g} got {p}")
        if show:
            for k in missed:
                print(f"{gold_path.stem}: missed {k}")
            for k in sorted(set(extra)):
                print(f"{gold_path.stem}: extra {k}")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": prec, "recall": rec, "f1": f1,
            "type": type_ok / max(matched, 1), "date": date_ok / max(matched, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", type=Path, nargs="?", default=Path("/work/shared/corpus/dev"))
    ap.add_argument("--errors", action="store_true", help="print every mismatch")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}; skipped")
        return 0
    r = score(args.corpus, args.errors)
    print(f"citations: P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f} "
          f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']}); on matched: type {r['type']:.3f}, "
          f"date {r['date']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
