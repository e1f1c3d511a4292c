"""JSON dumps and validated loads: vanban (attrs + cattrs) against pydantic v2 and msgspec.

Usage: python benchmarks/bench_json.py [--repeats N] [--calls N]

The three libraries hold the same model: the whole :class:`vanban.Document` tree (number as an
object with its canonical text, date as year/month/day, spans as two-int arrays, enums as
values), strict (no coercion) and rejecting unknown keys. The payloads are real documents: the
bundled example and the corpus fixtures under ``tests/fixtures/corpus`` that parse quickly.
"dumps" is object → JSON text, "loads" is JSON text → validated typed object. Method as in the
survey (anchors.md §8): best of N interleaved repeats, so the libraries share the machine's
drift; the ratios are the figures to read, not the rates.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import msgspec
from pydantic import BaseModel, ConfigDict

import vanban
from vanban.enums import (
    AuthorityKind,
    Confidentiality,
    Family,
    ProvisionKind,
    Relation,
    Severity,
    Urgency,
)
from vanban.serialize import from_json, to_json

Span = tuple[int, int]
_FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus"
_SAMPLES = ("010.txt", "041.txt", "112.txt")  # a decree-like QĐ, a short QĐ, a long Party text


# -- pydantic v2 -------------------------------------------------------------------------------

_CFG = ConfigDict(strict=True, extra="forbid", frozen=True)


class PNumber(BaseModel):
    model_config = _CFG
    text: str
    number: int | None
    subnumber: int | None = None
    year: int | None = None
    type_code: str | None = None
    issuer: str
    family: Family = Family.ADMINISTRATIVE
    qualifier: str | None = None
    separator: str = ""


class PDate(BaseModel):
    model_config = _CFG
    year: int | None
    month: int | None = None
    day: int | None = None


class PAgency(BaseModel):
    model_config = _CFG
    name: str
    parent: PAgency | None = None
    code: str | None = None
    span: Span | None = None


class PAuthority(BaseModel):
    model_config = _CFG
    kind: AuthorityKind
    prefix: str
    target: str
    family: Family


class PSignature(BaseModel):
    model_config = _CFG
    authority: tuple[PAuthority, ...] = ()
    position: str = ""
    name: str = ""
    span: Span | None = None


class PRecipient(BaseModel):
    model_config = _CFG
    name: str
    group: str | None = None
    span: Span | None = None


class PCitation(BaseModel):
    model_config = _CFG
    type_name: str | None = None
    number: PNumber | None = None
    date: PDate | None = None
    issuer: str | None = None
    title: str | None = None
    pinpoint: str | None = None
    relation: Relation = Relation.REFERENCE
    is_self: bool = False
    text: str = ""
    span: Span | None = None
    refers_to: int | None = None


class PDeadline(BaseModel):
    model_config = _CFG
    text: str
    date: PDate | None = None
    recurrence: str | None = None
    relative: bool = False
    span: Span | None = None


class PTask(BaseModel):
    model_config = _CFG
    label: str
    text: str = ""
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    inherited: bool = False
    action: str | None = None
    deadline: PDeadline | None = None
    report_to: str | None = None
    report_deadline: PDeadline | None = None
    targets: tuple[str, ...] = ()
    span: Span | None = None


class PProvision(BaseModel):
    model_config = _CFG
    kind: ProvisionKind
    label: str
    title: str = ""
    text: str = ""
    children: tuple[PProvision, ...] = ()
    span: Span | None = None


class PText(BaseModel):
    model_config = _CFG
    text: str
    span: Span | None = None


class PAttachment(BaseModel):
    model_config = _CFG
    title: str
    span: Span | None = None


class PFinding(BaseModel):
    model_config = _CFG
    code: str
    message: str
    severity: Severity = Severity.WARNING
    span: Span | None = None
    field: str | None = None
    message_vi: str = ""
    fix: str = ""


class PDocument(BaseModel):
    model_config = _CFG
    schema_version: Literal[1]
    type_name: str | None = None
    number: PNumber | None = None
    family: Family | None = None
    date: PDate | None = None
    place: str | None = None
    issuer: PAgency | None = None
    subject: str | None = None
    addressees: tuple[PRecipient, ...] = ()
    preamble: tuple[PText, ...] = ()
    body: tuple[PProvision, ...] = ()
    signatures: tuple[PSignature, ...] = ()
    recipients: tuple[PRecipient, ...] = ()
    urgency: Urgency = Urgency.NONE
    confidentiality: Confidentiality = Confidentiality.NONE
    attachments: tuple[PAttachment, ...] = ()
    citations: tuple[PCitation, ...] = ()
    tasks: tuple[PTask, ...] = ()
    unrecognised: tuple[PText, ...] = ()
    findings: tuple[PFinding, ...] = ()
    spans: tuple[tuple[str, Span], ...] = ()


# -- msgspec -----------------------------------------------------------------------------------

_KW: dict[str, Any] = {"forbid_unknown_fields": True, "frozen": True}


class MNumber(msgspec.Struct, **_KW):
    text: str
    number: int | None
    issuer: str
    subnumber: int | None = None
    year: int | None = None
    type_code: str | None = None
    family: Family = Family.ADMINISTRATIVE
    qualifier: str | None = None
    separator: str = ""


class MDate(msgspec.Struct, **_KW):
    year: int | None
    month: int | None = None
    day: int | None = None


class MAgency(msgspec.Struct, **_KW):
    name: str
    parent: MAgency | None = None
    code: str | None = None
    span: Span | None = None


class MAuthority(msgspec.Struct, **_KW):
    kind: AuthorityKind
    prefix: str
    target: str
    family: Family


class MSignature(msgspec.Struct, **_KW):
    authority: tuple[MAuthority, ...] = ()
    position: str = ""
    name: str = ""
    span: Span | None = None


class MRecipient(msgspec.Struct, **_KW):
    name: str
    group: str | None = None
    span: Span | None = None


class MCitation(msgspec.Struct, **_KW):
    type_name: str | None = None
    number: MNumber | None = None
    date: MDate | None = None
    issuer: str | None = None
    title: str | None = None
    pinpoint: str | None = None
    relation: Relation = Relation.REFERENCE
    is_self: bool = False
    text: str = ""
    span: Span | None = None
    refers_to: int | None = None


class MDeadline(msgspec.Struct, **_KW):
    text: str
    date: MDate | None = None
    recurrence: str | None = None
    relative: bool = False
    span: Span | None = None


class MTask(msgspec.Struct, **_KW):
    label: str
    text: str = ""
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    inherited: bool = False
    action: str | None = None
    deadline: MDeadline | None = None
    report_to: str | None = None
    report_deadline: MDeadline | None = None
    targets: tuple[str, ...] = ()
    span: Span | None = None


class MProvision(msgspec.Struct, **_KW):
    kind: ProvisionKind
    label: str
    title: str = ""
    text: str = ""
    children: tuple[MProvision, ...] = ()
    span: Span | None = None


class MText(msgspec.Struct, **_KW):
    text: str
    span: Span | None = None


class MAttachment(msgspec.Struct, **_KW):
    title: str
    span: Span | None = None


class MFinding(msgspec.Struct, **_KW):
    code: str
    message: str
    severity: Severity = Severity.WARNING
    span: Span | None = None
    field: str | None = None
    message_vi: str = ""
    fix: str = ""


class MDocument(msgspec.Struct, **_KW):
    schema_version: Literal[1]
    type_name: str | None = None
    number: MNumber | None = None
    family: Family | None = None
    date: MDate | None = None
    place: str | None = None
    issuer: MAgency | None = None
    subject: str | None = None
    addressees: tuple[MRecipient, ...] = ()
    preamble: tuple[MText, ...] = ()
    body: tuple[MProvision, ...] = ()
    signatures: tuple[MSignature, ...] = ()
    recipients: tuple[MRecipient, ...] = ()
    urgency: Urgency = Urgency.NONE
    confidentiality: Confidentiality = Confidentiality.NONE
    attachments: tuple[MAttachment, ...] = ()
    citations: tuple[MCitation, ...] = ()
    tasks: tuple[MTask, ...] = ()
    unrecognised: tuple[MText, ...] = ()
    findings: tuple[MFinding, ...] = ()
    spans: tuple[tuple[str, Span], ...] = ()


# -- the run -----------------------------------------------------------------------------------


def _documents() -> list[vanban.Document]:
    docs = [vanban.parse(vanban.example_text())]
    for name in _SAMPLES:
        path = _FIXTURES / name
        if path.exists():
            docs.append(vanban.parse(path.read_text(encoding="utf-8")))
    return docs


def _rate(fn: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return calls / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args(argv)

    docs = _documents()
    texts = [to_json(d) for d in docs]
    blobs = [t.encode() for t in texts]
    p_objs = [PDocument.model_validate_json(b) for b in blobs]
    m_dec = msgspec.json.Decoder(MDocument)
    m_enc = msgspec.json.Encoder()
    m_objs = [m_dec.decode(b) for b in blobs]
    for d, t, p, m in zip(docs, texts, p_objs, m_objs, strict=True):  # the models agree
        assert from_json(t) == d
        assert PDocument.model_validate_json(p.model_dump_json()) == p
        assert m_dec.decode(m_enc.encode(m)) == m

    def each(fn: Callable[[Any], object], items: list[Any]) -> Callable[[], None]:
        def run() -> None:
            for item in items:
                fn(item)
        return run

    cases: dict[str, dict[str, Callable[[], None]]] = {
        "dumps": {
            "vanban": each(to_json, docs),
            "pydantic": each(lambda p: p.model_dump_json(), p_objs),
            "msgspec": each(m_enc.encode, m_objs),
        },
        "loads": {
            "vanban": each(from_json, texts),
            "pydantic": each(PDocument.model_validate_json, blobs),
            "msgspec": each(m_dec.decode, blobs),
        },
    }
    best: dict[tuple[str, str], float] = {}
    deadline = time.perf_counter() + 45
    for _ in range(args.repeats):
        for op, libs in cases.items():
            for lib, fn in libs.items():
                rate = _rate(fn, args.calls) * len(docs)
                best[op, lib] = max(best.get((op, lib), 0.0), rate)
        if time.perf_counter() > deadline:
            break
    sizes = ", ".join(f"{len(b):,}" for b in blobs)
    print(f"documents: {len(docs)} (JSON bytes: {sizes}); Python {sys.version.split()[0]}")
    print(f"{'op':6} {'library':9} {'docs/s':>10} {'vanban ÷ lib':>13}")
    for op, libs in cases.items():
        ours = best[op, "vanban"]
        for lib in libs:
            rate = best[op, lib]
            print(f"{op:6} {lib:9} {rate:10,.0f} {ours / rate:13.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
