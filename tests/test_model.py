"""vanban.model: construction, equality without spans, immutability, pickling."""

from __future__ import annotations

import pickle
from pathlib import Path

import attrs
import pytest

import vanban
from vanban import authority, dates, errors, numbers
from vanban.enums import Family, ProvisionKind, Urgency
from vanban.model import Span


def _doc(**changes: object) -> vanban.Document:
    base = vanban.Document(
        type_name="Quyết định",
        number=numbers.parse("15/QĐ-BNV"),
        date=dates.parse("ngày 05 tháng 3 năm 2020"),
        place="Hà Nội",
        issuer=vanban.Agency("BỘ NỘI VỤ"),
        subject="Về việc ban hành Quy chế",
        body=[vanban.Provision(ProvisionKind.ARTICLE, "Điều 1", title="Ban hành",
                               children=[vanban.Provision(ProvisionKind.CLAUSE, "1")])],
        signatures=[vanban.Signature([authority.parse_authority("KT. BỘ TRƯỞNG")],
                                     "THỨ TRƯỞNG", "Trần Văn B")],
        recipients=[vanban.Recipient("Như Điều 3"), vanban.Recipient("Lưu: VT, TCCB")],
    )
    return attrs.evolve(base, **changes)


def test_collections_are_tuples_and_family_follows_number() -> None:
    doc = _doc()
    assert isinstance(doc.body, tuple) and isinstance(doc.recipients, tuple)
    assert doc.family is Family.ADMINISTRATIVE
    assert vanban.Document(number=numbers.parse("34-CT/TW")).family is Family.PARTY
    assert vanban.Document().family is None
    assert _doc(family="party").family is Family.PARTY


def test_spans_do_not_take_part_in_equality() -> None:
    a = vanban.Recipient("Như trên", span=vanban.Span(0, 8))
    b = vanban.Recipient("Như trên", span=vanban.Span(10, 18))
    assert a == b
    assert a != vanban.Recipient("Như Điều 3")


def test_frozen_and_hashable() -> None:
    doc = _doc()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.place = "Huế"  # type: ignore[misc]
    assert hash(doc) == hash(_doc())


def test_span_rejects_reversed_range() -> None:
    with pytest.raises(ValueError, match="before its start"):
        vanban.Span(5, 2)
    assert len(vanban.Span(2, 5)) == 3


def test_provision_walk_is_document_order() -> None:
    labels = [p.label for p in _doc().body[0].walk()]
    assert labels == ["Điều 1", "1"]


def test_enums_convert_from_values() -> None:
    assert _doc(urgency="flash").urgency is Urgency.FLASH
    with pytest.raises(ValueError):
        _doc(urgency="now")


def test_documents_and_errors_pickle() -> None:
    doc = _doc()
    assert pickle.loads(pickle.dumps(doc)) == doc
    try:
        numbers.validate("5/QĐ-BNV")
    except errors.MissingPadding as exc:
        copy = pickle.loads(pickle.dumps(exc))
        assert (copy.rule, copy.position, copy.value) == (exc.rule, exc.position, exc.value)
    else:  # pragma: no cover
        pytest.fail("expected MissingPadding")


_CORPUS = Path(__file__).parent / "fixtures" / "corpus"


@pytest.mark.parametrize("name", ["000.txt", "010.txt", "041.txt", "112.txt"])
def test_parsed_documents_pickle_by_fields_with_every_span(name: str) -> None:
    from vanban.serialize import to_json

    doc = vanban.parse((_CORPUS / name).read_text(encoding="utf-8"))
    data = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
    back = pickle.loads(data)
    assert back == doc
    assert to_json(back) == to_json(doc)  # spans, findings and unrecognised too (eq=False)
    assert b"message_vi" not in data  # fields go by position, not by name
    assert Span(1, 2).__reduce__() == (Span, (1, 2))


def test_pickled_values_are_checked_on_load() -> None:
    """Loading calls the class: a pickle edited to hold a bad span is refused."""
    data = pickle.dumps(Span(5, 7)).replace(b"K\x05K\x07", b"K\x07K\x05")
    with pytest.raises(ValueError, match="before its start"):
        pickle.loads(data)


@attrs.frozen
class _Tagged(vanban.Recipient):
    tag: str = ""


def test_subclasses_pickle_and_copy_as_themselves() -> None:
    import copy

    tagged = _Tagged("Sở Nội vụ", tag="x")
    for back in (pickle.loads(pickle.dumps(tagged)), copy.deepcopy(tagged), copy.copy(tagged)):
        assert type(back) is _Tagged
        assert (back.name, back.tag) == ("Sở Nội vụ", "x")


def test_by_fields_refuses_keyword_only_fields() -> None:
    from vanban._pickling import by_fields

    @attrs.frozen(kw_only=True)
    class Keyed:
        a: int

    with pytest.raises(TypeError, match="positional"):
        by_fields(Keyed)


def test_signature_competence_joins_authority_lines() -> None:
    assert _doc().signature is not None
    assert _doc().signature.competence == "KT. BỘ TRƯỞNG"  # type: ignore[union-attr]
    assert vanban.Signature().competence == ""


def test_error_tree() -> None:
    assert issubclass(errors.ValidationError, ValueError)
    assert issubclass(errors.ValidationError, vanban.VanbanError)
    assert issubclass(errors.NotCanonical, errors.InvalidFormat)
    assert issubclass(errors.InvalidDate, errors.InvalidComponent)
    assert "number.padding" in str(errors.MissingPadding(rule="number.padding", value="5/QĐ-A",
                                                          position=0))
