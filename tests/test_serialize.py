"""JSON: round trips on the corpus and on generated documents, strictness, errors, the schema."""

from __future__ import annotations

import json
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

import vanban
from _docstrategies import NAMES, any_documents, parsed
from vanban import serialize
from vanban.model import Document
from vanban.serialize import JSONError, from_dict, from_json, json_schema, to_dict, to_json

_VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def _spans(doc: Document) -> list[Any]:
    """Every span and every eq=False value, which ``==`` does not compare."""
    out: list[Any] = [doc.unrecognised, doc.findings, doc.spans]
    if doc.issuer is not None:
        out.append(doc.issuer.span)
    for group in (doc.addressees, doc.recipients, doc.preamble, doc.attachments,
                  doc.signatures, doc.unrecognised):
        out.extend(x.span for x in group)
    out.extend((c.span, c.text, c.refers_to) for c in doc.citations)
    out.extend(p.span for top in doc.body for p in top.walk())
    out.extend((f.span, f.field, f.message_vi) for f in doc.findings)
    return out


@pytest.mark.parametrize("name", NAMES)
def test_corpus_round_trip_and_schema(name: str) -> None:
    doc = parsed(name)
    text = to_json(doc)
    back = from_json(text)
    assert back == doc
    assert _spans(back) == _spans(doc)
    assert to_json(back) == text
    _VALIDATOR.validate(json.loads(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_documents)
def test_generated_round_trip(doc: Document) -> None:
    text = to_json(doc)
    back = from_json(text)
    assert back == doc
    assert _spans(back) == _spans(doc)
    _VALIDATOR.validate(json.loads(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_documents)
def test_generated_documents_pickle_round_trip(doc: Document) -> None:
    """Pickling by fields (``vanban._pickling``) keeps every field, spans included."""
    import pickle

    back = pickle.loads(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == doc
    assert to_json(back) == to_json(doc)


@settings(max_examples=30, deadline=None)
@given(any_documents)
def test_stdlib_backend_writes_the_same(doc: Document) -> None:
    fast = to_json(doc)
    saved = serialize.orjson
    serialize.orjson = None  # type: ignore[assignment]
    try:
        assert to_json(doc) == fast
        assert from_json(fast) == doc
    finally:
        serialize.orjson = saved


def test_shape() -> None:
    doc = vanban.parse(vanban.example_text())
    data = to_dict(doc)
    assert data["schema_version"] == 1
    assert list(data)[1:] == [f.name for f in Document.__attrs_attrs__]
    assert data["number"] == {"text": "706/UBND-VP7", "number": 706, "subnumber": None,
                              "year": None, "type_code": None, "issuer": "UBND-VP7",
                              "family": "administrative", "qualifier": None,
                              "separator": ""}
    assert data["date"] == {"year": 2024, "month": 11, "day": 4}
    assert data["urgency"] == "none"
    span = data["signatures"][0]["span"]
    assert isinstance(span, list) and len(span) == 2
    assert isinstance(data["addressees"], list)


def _problems(data: Any) -> list[str]:
    with pytest.raises(JSONError) as info:
        from_json(json.dumps(data))
    assert isinstance(info.value, ValueError) and isinstance(info.value, vanban.VanbanError)
    return info.value.problems


def test_no_coercion_and_every_problem_at_once() -> None:
    problems = _problems({
        "schema_version": 1, "place": 5, "subject": True,
        "signatures": [{"name": 5, "position": None}],
        "citations": [{"is_self": "true"}, {"is_self": 1}],
        "date": {"year": "2024"}, "urgency": "soon", "extra": 1,
        "issuer": {"name": "X", "parent": {"nam": "Y"}},
    })
    assert problems == [
        "$.citations[0].is_self: expected bool, got str",
        "$.citations[1].is_self: expected bool, got int",
        "$.date.year: expected int, got str",
        "$.extra: unknown key",
        "$.issuer.parent.nam: unknown key",
        "$.issuer.parent.name: required key missing",
        "$.place: expected str, got int",
        "$.signatures[0].name: expected str, got int",
        "$.signatures[0].position: expected str, got null",
        "$.subject: expected str, got bool",
        "$.urgency: expected one of 'none', 'urgent', 'very_urgent', 'flash', got 'soon'",
    ]


def test_structures_and_spans() -> None:
    assert _problems({"schema_version": 1, "addressees": {"name": "x"}}) == [
        "$.addressees: expected array, got object"]
    assert _problems({"schema_version": 1, "issuer": "BỘ NỘI VỤ"}) == [
        "$.issuer: expected object, got str"]
    assert _problems({"schema_version": 1, "preamble": [{"text": "a", "span": [5, 2]}]}) == [
        "$.preamble[0].span: expected 0 <= start <= end, got [5, 2]"]
    assert _problems({"schema_version": 1, "preamble": [{"text": "a", "span": [1, 2, 3]}]}) == [
        "$.preamble[0].span: expected [start, end] (two ints), got array"]
    assert _problems({"schema_version": 1, "body": [{"kind": "article", "label": "Điều 1",
                                                     "children": [{"kind": "clause"}]}]}) == [
        "$.body[0].children[0].label: required key missing"]


def test_number_text_must_match_its_parts() -> None:
    data = to_dict(vanban.Document(number=vanban.numbers.parse("15/QĐ-BNV")))
    data["number"]["text"] = "16/QĐ-BNV"
    assert _problems(data) == [
        "$.number: text '16/QĐ-BNV' does not match the parts (expected '15/QĐ-BNV')"]
    del data["number"]["text"]  # the text may be left out
    assert from_dict(data).number == vanban.numbers.parse("15/QĐ-BNV")


def test_authority_prefix_is_checked() -> None:
    data = to_dict(vanban.parse(vanban.example_text()))
    data["signatures"][0]["authority"][0]["prefix"] = "T/M"
    (problem,) = _problems(data)
    assert problem.startswith("$.signatures[0].authority[0]: 'T/M' is not the prefix")


def test_partial_input_uses_defaults() -> None:
    doc = from_json('{"schema_version": 1, "number": {"number": 30, "year": 2020, '
                    '"type_code": "NĐ", "issuer": "CP", "family": "normative"}, '
                    '"date": {"year": 2024, "month": 9}}')
    assert doc.family is vanban.Family.NORMATIVE
    assert doc.date == vanban.DocumentDate(2024, 9)
    assert doc.signatures == ()


@pytest.mark.parametrize("text", ['{"schema_version": 1', "[1, 2]", "null", "NaN", b"\xff\xfe",
                                  '{"schema_version": 1, "place": NaN}'])
def test_not_json_or_not_an_object(text: str | bytes) -> None:
    with pytest.raises(JSONError) as info:
        from_json(text)
    assert info.value.problems[0].startswith("$: ")


def test_versions() -> None:
    with pytest.raises(JSONError, match="required key missing"):
        from_json("{}")
    for version in (2, 0, "1", True):
        with pytest.raises(JSONError, match="unsupported version"):
            from_json(json.dumps({"schema_version": version}))


def test_lone_surrogate_is_refused_by_both_backends() -> None:
    doc = vanban.Document(place="\ud800")
    with pytest.raises(JSONError):
        to_json(doc)
    saved = serialize.orjson
    serialize.orjson = None  # type: ignore[assignment]
    try:
        with pytest.raises(JSONError):
            to_json(doc)
    finally:
        serialize.orjson = saved


def test_schema_is_valid_and_strict() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())
    assert not _VALIDATOR.is_valid({"schema_version": 1, "place": 5})
    assert not _VALIDATOR.is_valid({"schema_version": 2})
    assert not _VALIDATOR.is_valid({"schema_version": 1, "colour": "red"})
    assert _VALIDATOR.is_valid({"schema_version": 1})


@settings(max_examples=60, deadline=None)
@given(any_documents)
def test_fast_and_detailed_paths_agree(doc: Document) -> None:
    """Dropping an optional key sends reading down cattrs' detailed path: same document."""
    data = to_dict(doc)
    for key in ("urgency", "findings"):
        data.pop(key)
    back = from_dict(data)
    assert back == attrs.evolve(doc, urgency=vanban.Urgency.NONE, findings=())
    assert _spans(back)[2:] == _spans(attrs.evolve(doc, findings=()))[2:]
    assert back.spans == doc.spans


@pytest.mark.parametrize("depth", [100, 101, 300])
def test_nesting_that_to_json_cannot_write_is_refused(depth: int) -> None:
    """Provisions nested 101 levels deep were read, and to_json then failed on them."""
    from vanban.enums import ProvisionKind
    from vanban.model import Provision
    from vanban.serialize import JSONError, from_json, to_json

    item = json.loads(to_json(Document(body=[Provision(ProvisionKind.BULLET, "-")])))
    unit = item["body"][0]
    text = json.dumps({**item, "body": [unit]})
    opening, closing = json.dumps(unit).split('"children": []')
    body = (opening + '"children": [') * (depth - 1) + json.dumps(unit) + ("]" + closing) * (
        depth - 1)
    text = text.replace(json.dumps([unit]), "[" + body + "]")
    if depth <= 100:
        assert to_json(from_json(text)) == to_json(from_json(to_json(from_json(text))))
        return
    with pytest.raises(JSONError, match=r"nested deeper than 100 levels") as info:
        from_json(text)
    assert "$.body[0]" + ".children[0]" * 100 + ":" in str(info.value)
