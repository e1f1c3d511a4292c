"""JSON for documents: :func:`to_json`, :func:`from_json` and :func:`json_schema`.

One module-level cattrs converter (:data:`converter`) turns a :class:`~vanban.model.Document`
into plain data and back. The text is written with ``orjson`` when it is importable and with the
standard library otherwise; both give the same characters (UTF-8 text, no spaces, keys in field
order).

What the JSON looks like:

* the top-level object carries ``"schema_version": 1`` and every field of the document;
* a số/ký hiệu is an object with its parts and its canonical text (NĐ 30/2020 Phụ lục I, I.3;
  the parts are those of the ``CodeNumber``/``CodeNotation`` record of Phụ lục VI): ``{"text":
  "30/2020/NĐ-CP", "number": 30, "subnumber": null, "year": 2020, "type_code": "NĐ", "issuer":
  "CP", "family": "normative", "qualifier": null, "separator": ""}``;
* a date is ``{"year": 2024, "month": 9, "day": null}`` (a draft's blank day is ``null``);
* enums are their values (``"very_urgent"``), spans ``[start, end]``, tuples arrays.

Reading is strict: nothing is coerced (``5`` for a string, ``"true"`` for a boolean, ``1`` for a
boolean are errors), unknown keys are errors, and every problem is reported at once in
:attr:`JSONError.problems`, each with its JSON path.

Versioning policy: ``schema_version`` is an integer, :data:`SCHEMA_VERSION`. It is bumped on
any change that a reader of the previous version could not read correctly (a field renamed,
removed, or given another type or meaning). Adding an optional field with a default is not such
a change. :func:`from_json` accepts the versions it knows (:data:`SUPPORTED_VERSIONS`) and
rejects any other with a :class:`JSONError` that names the version found.

>>> from vanban import Agency, Document, dates, numbers
>>> doc = Document(type_name="Công văn", number=numbers.parse("05/BNV-VP"),
...                date=dates.parse("ngày 05 tháng 3 năm 2020"), issuer=Agency("BỘ NỘI VỤ"))
>>> text = to_json(doc)
>>> text.startswith('{"schema_version":1,"type_name":"Công văn","number":{"text":"05/BNV-VP"')
True
>>> from_json(text) == doc
True
>>> try:
...     from_json('{"schema_version": 1, "place": 5, "urgency": "soon", "colour": "red"}')
... except JSONError as exc:
...     for problem in exc.problems:
...         print(problem)
$.colour: unknown key
$.place: expected str, got int
$.urgency: expected one of 'none', 'urgent', 'very_urgent', 'flash', got 'soon'
"""

from __future__ import annotations

import enum
import json
import types
import typing
from collections.abc import Callable
from typing import Any, Final

import attrs
import cattrs
from cattrs.cols import is_sequence, list_structure_factory
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from vanban import numbers
from vanban._fastjson import (
    INLINE,
    Fail,
    _is_enum,
    compile_fixed,
    compile_structure,
    compile_unstructure,
    fixed_tuples,
    is_fixed,
    is_homogeneous,
    link,
)
from vanban.authority import Authority
from vanban.dates import DocumentDate
from vanban.enums import (
    AuthorityKind,
    Confidentiality,
    Family,
    ProvisionKind,
    Relation,
    Severity,
    Urgency,
)
from vanban.errors import VanbanError
from vanban.model import (
    Agency,
    Attachment,
    Citation,
    Deadline,
    Document,
    Finding,
    Provision,
    Recipient,
    Signature,
    Span,
    Task,
    TextBlock,
)
from vanban.numbers import DocumentNumber

try:  # pragma: no cover - which branch runs depends on the environment
    import orjson
except ImportError:  # pragma: no cover
    orjson = None  # type: ignore[assignment]

__all__ = [
    "SCHEMA_VERSION",
    "SUPPORTED_VERSIONS",
    "JSONError",
    "converter",
    "from_dict",
    "from_json",
    "json_schema",
    "to_dict",
    "to_json",
]

_ENUMS: Final = (AuthorityKind, Confidentiality, Family, ProvisionKind, Relation, Severity, Urgency)
SCHEMA_VERSION: Final = 1
SUPPORTED_VERSIONS: Final = frozenset({1})


class JSONError(VanbanError, ValueError):
    """The JSON text is not a document: ``problems`` lists every problem, each as
    ``"<JSON path>: <what is wrong>"`` (``$.signatures[0].name: expected str, got int``)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        head = problems[0] if len(problems) == 1 else f"{len(problems)} problems"
        super().__init__(f"Not a valid vanban document: {head}")

    def __str__(self) -> str:
        if len(self.problems) == 1:
            return str(self.args[0])
        return "\n  ".join([str(self.args[0]), *self.problems])


# -- strict scalar hooks ----------------------------------------------------------------------

_JSON_NAMES: Final = {bool: "bool", int: "int", float: "float", str: "str", type(None): "null",
                      list: "array", dict: "object"}


def _kind(value: object) -> str:
    return _JSON_NAMES.get(type(value), type(value).__name__)


class _Expected(TypeError):
    """A value of the wrong JSON type: the message is the whole problem."""


def _strict_str(value: Any, _: type) -> str:
    if type(value) is not str:
        raise _Expected(f"expected str, got {_kind(value)}")
    return value


def _strict_int(value: Any, _: type) -> int:
    if type(value) is not int:
        raise _Expected(f"expected int, got {_kind(value)}")
    return value


def _strict_bool(value: Any, _: type) -> bool:
    if type(value) is not bool:
        raise _Expected(f"expected bool, got {_kind(value)}")
    return value


def _enum_hook(cls: type[enum.Enum]) -> Callable[[Any, type], enum.Enum]:
    members = {m.value: m for m in cls}
    choices = ", ".join(repr(v) for v in members)

    def structure(value: Any, _: type) -> enum.Enum:
        if isinstance(value, cls):  # to_dict leaves StrEnum members, which are str
            return value
        member = members.get(value) if type(value) is str else None
        if member is None:
            shown = repr(value) if type(value) is str else _kind(value)
            raise _Expected(f"expected one of {choices}, got {shown}")
        return member

    return structure


def _tuple_hook_factory(cl: Any, conv: cattrs.Converter) -> Callable[[Any, type], tuple[Any, ...]]:
    as_list = list_structure_factory(list[cl.__args__[0]], conv)

    def structure(value: Any, t: type) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _Expected(f"expected array, got {_kind(value)}")
        return tuple(as_list(value, t))

    return structure


def _span_structure(value: Any, _: type) -> Span:
    if type(value) is not list or len(value) != 2 or any(type(v) is not int for v in value):
        raise _Expected(f"expected [start, end] (two ints), got {_kind(value)}")
    start, end = value
    if not 0 <= start <= end:
        raise _Expected(f"expected 0 <= start <= end, got [{start}, {end}]")
    return Span(start, end)


def _is_attrs(cl: Any) -> bool:
    return isinstance(cl, type) and attrs.has(cl)


def _is_tuple(cl: Any) -> bool:
    return is_homogeneous(cl) and is_sequence(cl)


def _fixed_hook(cl: Any, conv: cattrs.Converter) -> Callable[[Any, type], tuple[Any, ...]]:
    items = typing.get_args(cl)

    def structure(value: Any, _: type) -> tuple[Any, ...]:
        if type(value) is not list or len(value) != len(items):
            raise _Expected(f"expected an array of {len(items)} items, got {_kind(value)}")
        errors: list[Exception] = []
        result = []
        for index, (tp, x) in enumerate(zip(items, value, strict=True)):
            try:
                result.append(conv.structure(x, tp))
            except Exception as exc:
                exc.__notes__ = [*getattr(exc, "__notes__", []),
                                 IterableValidationNote(f"index {index}", index, tp)]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {cl!r}", errors, cl)
        return tuple(result)

    return structure



_MODEL: Final = (Agency, Attachment, Authority, Citation, Deadline, Document, DocumentDate,
                 Finding, Provision, Recipient, Signature, Task, TextBlock)


def _number_out(n: DocumentNumber) -> dict[str, Any]:
    return {"text": numbers.format(n), "number": n.number, "subnumber": n.subnumber,
            "year": n.year, "type_code": n.type_code, "issuer": n.issuer,
            "family": n.family, "qualifier": n.qualifier, "separator": n.separator}


def _span_out(span: Span) -> list[int]:
    return [span.start, span.end]


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(int, _strict_int)
    conv.register_structure_hook(bool, _strict_bool)
    # The hook for ``str`` would also catch the StrEnums: register each enum by its class.
    for cls in _ENUMS:
        conv.register_structure_hook(cls, _enum_hook(cls))
        conv.register_unstructure_hook(cls, _enum_value)
    conv.register_structure_hook_factory(_is_tuple, _tuple_hook_factory)
    conv.register_structure_hook_factory(is_fixed, _fixed_hook)
    conv.register_structure_hook(Span, _span_structure)

    # Writing: functions compiled from the attrs fields (see vanban._fastjson).
    INLINE[Span] = "[{0}.start, {0}.end]"
    out: dict[Any, Callable[[Any], Any]] = {Span: _span_out, DocumentNumber: _number_out}
    fast: dict[Any, Callable[[Any], Any]] = {Span: _span_fast, DocumentNumber: _number_fast}
    for tp in fixed_tuples(_MODEL):
        compile_fixed(tp, out, fast)
    for cl in _MODEL:
        out[cl] = compile_unstructure(cl, out)
    for tp, fn in out.items():
        if isinstance(tp, type):
            conv.register_unstructure_hook(tp, fn)
        else:  # a generic alias (a fixed tuple) is registered through a predicate
            conv.register_unstructure_hook_func(tp.__eq__, fn)

    # Reading: a compiled fast path for complete objects; on any failure, cattrs' detailed
    # validation of the same object, which names every problem.
    for cl in _MODEL:
        fast[cl] = compile_structure(cl, fast)
    link()

    def hook(cl: type, detailed: Callable[[Any, type], Any]) -> Callable[[Any, type], Any]:
        quick = fast[cl]

        def structure(value: Any, t: type) -> Any:
            try:
                return quick(value)
            except Exception:  # the detailed path re-reads the value and reports
                if type(value) is not dict:
                    raise _Expected(f"expected object, got {_kind(value)}") from None
                return detailed(value, t)

        return structure

    for cl in _MODEL:
        conv.register_structure_hook(cl, hook(cl, make_dict_structure_fn(cl, conv)))
    number_in = hook(DocumentNumber, make_dict_structure_fn(DocumentNumber, conv))

    def number_structure(value: Any, t: type) -> DocumentNumber:
        if type(value) is dict and "text" in value:
            value = dict(value)
            text = value.pop("text")
            result: DocumentNumber = number_in(value, t)
            if text != numbers.format(result):
                shown = repr(text) if type(text) is str else _kind(text)
                raise _Expected(f"text {shown} does not match the parts "
                                f"(expected {numbers.format(result)!r})")
            return result
        return typing.cast(DocumentNumber, number_in(value, t))

    conv.register_structure_hook(DocumentNumber, number_structure)
    return conv


_NUMBER_KEYS: Final = ("text", "number", "subnumber", "year", "type_code", "issuer", "family",
                       "qualifier", "separator")
_FAMILIES: Final = {f.value: f for f in Family}


def _number_fast(d: Any) -> DocumentNumber:
    if type(d) is not dict or len(d) != len(_NUMBER_KEYS):
        raise Fail
    text, number, sub, year, code, issuer, family, qualifier, sep = (d[k] for k in _NUMBER_KEYS)
    for value in (number, sub, year):
        if value is not None and type(value) is not int:
            raise Fail
    for value in (code, qualifier):
        if value is not None and type(value) is not str:
            raise Fail
    if type(issuer) is not str or type(text) is not str or type(sep) is not str:
        raise Fail
    result = DocumentNumber(number=number, issuer=issuer, type_code=code, year=year,
                            family=_FAMILIES[family], subnumber=sub, qualifier=qualifier,
                            separator=sep)
    if numbers.format(result) != text:
        raise Fail
    return result


def _span_fast(value: Any) -> Span:
    return _span_structure(value, Span)


def _enum_value(member: enum.Enum) -> Any:
    return member.value


#: The converter behind :func:`to_dict` and :func:`from_dict`: strict scalars, no extra keys.
converter: Final = _make_converter()
_document_out = converter.get_unstructure_hook(Document)
_document_in = converter.get_structure_hook(Document)


# -- error messages ---------------------------------------------------------------------------


def _message(exc: BaseException) -> str:
    if isinstance(exc, _Expected):
        return str(exc.args[0])
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, VanbanError | ValueError | TypeError):
        return str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {exc}"


def _problems(exc: BaseException, path: str) -> list[str]:
    """Walk cattrs' exception groups into ``"<path>: <message>"`` lines."""
    out: list[str] = []
    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            name = getattr(note, "name", None)
            step = f".{name}" if name is not None else f"[{getattr(note, 'index', '?')!r}]"
            out.extend(_problems(sub, path + step))
        for sub in without:
            out.extend(_problems(sub, path))
    elif isinstance(exc, ForbiddenExtraKeysError):
        out.extend(f"{path}.{key}: unknown key" for key in sorted(exc.extra_fields))
    else:
        out.append(f"{path}: {_message(exc)}")
    return out


# -- public API -------------------------------------------------------------------------------


def to_dict(doc: Document) -> dict[str, Any]:
    """The document as plain JSON data: dicts, lists, str, int, bool, None. Enum values are
    left as the StrEnum members, which are ``str`` instances equal to their values.

    >>> to_dict(Document(place="Hà Nội"))["place"]
    'Hà Nội'
    """
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(_document_out(doc))
    return data


def from_dict(data: object) -> Document:
    """Build a document from plain JSON data; raise :class:`JSONError` listing every problem."""
    if type(data) is not dict:
        raise JSONError([f"$: expected object, got {_kind(data)}"])
    data = dict(data)
    problems: list[str] = []
    version = data.pop("schema_version", None)
    if version is None:
        problems.append("$.schema_version: required key missing")
    elif type(version) is not int or version not in SUPPORTED_VERSIONS:
        known = ", ".join(str(v) for v in sorted(SUPPORTED_VERSIONS))
        raise JSONError([f"$.schema_version: unsupported version {version!r} "
                         f"(this vanban reads {known})"])
    try:
        doc: Document = _document_in(data, Document)
    except Exception as exc:  # every structuring error becomes a problem line
        problems.extend(_problems(exc, "$"))
        raise JSONError(sorted(problems, key=_path_key)) from None
    deep = _too_deep(doc)
    if deep is not None:
        problems.append(f"{deep}: provisions nested deeper than {_MAX_NESTING} levels "
                        "(to_json could not write them back)")
    if problems:
        raise JSONError(problems)
    return doc


# The deepest nesting of provisions read (a parsed document has at most ten levels); JSON
# writers refuse deeper data (orjson at 255 levels, two per provision).
_MAX_NESTING: Final = 100


def _too_deep(doc: Document) -> str | None:
    """The path of the first provision nested deeper than ``_MAX_NESTING``, or ``None``."""
    stack = [(p, 1) for p in doc.body]
    while stack:
        unit, depth = stack.pop()
        if depth > _MAX_NESTING:
            break
        stack.extend((c, depth + 1) for c in unit.children)
    else:
        return None
    path, units = "$.body", doc.body  # the path of the first one, found again level by level
    while True:
        index = next(i for i, p in enumerate(units) if _depth(p) > _MAX_NESTING - path.count("["))
        path, units = f"{path}[{index}]", units[index].children
        if path.count("[") > _MAX_NESTING:
            return path
        path += ".children"


def _depth(unit: Provision) -> int:
    """The levels of provisions in ``unit``, itself included."""
    depth, level = 0, [unit]
    while level:
        depth += 1
        level = [c for p in level for c in p.children]
    return depth


def _path_key(problem: str) -> str:
    return problem.split(": ", 1)[0]


def to_json(doc: Document) -> str:
    """Write ``doc`` as JSON text (see the module documentation for the shape).

    >>> to_json(Document(place="Hà Nội"))[:40]
    '{"schema_version":1,"type_name":null,"nu'
    """
    data = to_dict(doc)
    if orjson is not None:
        try:
            return orjson.dumps(data).decode()
        except (TypeError, orjson.JSONEncodeError) as exc:
            raise JSONError([f"$: cannot be written as JSON: {exc}"]) from None
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode()
    except UnicodeEncodeError as exc:  # a lone surrogate: orjson refuses it too
        raise JSONError([f"$: cannot be written as JSON: {exc.reason}"]) from None
    return text


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def from_json(text: str | bytes) -> Document:
    """Read a document from JSON text; raise :class:`JSONError` with all problems found.

    >>> from_json('{"schema_version": 2}')
    Traceback (most recent call last):
    ...
    vanban.serialize.JSONError: Not a valid vanban document: $.schema_version: unsupported ...
    """
    try:
        if orjson is not None:
            data = orjson.loads(text)
        else:
            data = json.loads(text, parse_constant=_no_constant)
    except ValueError as exc:
        raise JSONError([f"$: invalid JSON: {exc}"]) from None
    return from_dict(data)


# -- JSON Schema ------------------------------------------------------------------------------

_SPECIAL: Final[dict[type, dict[str, Any]]] = {
    Span: {"type": "array", "prefixItems": [{"type": "integer", "minimum": 0},
                                            {"type": "integer", "minimum": 0}],
           "items": False, "minItems": 2,
           "description": "A half-open range [start, end) of character offsets."},
}


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp in _SPECIAL:
        return _SPECIAL[tp]
    origin = typing.get_origin(tp)
    if origin is types.UnionType or origin is typing.Union:
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _schema_of(options[0], defs) if len(options) == 1 else {
            "anyOf": [_schema_of(a, defs) for a in options]}
        return {"anyOf": [inner, {"type": "null"}]}
    if is_homogeneous(tp):
        return {"type": "array", "items": _schema_of(typing.get_args(tp)[0], defs)}
    if origin is tuple:
        items = [_schema_of(a, defs) for a in typing.get_args(tp)]
        return {"type": "array", "prefixItems": items, "items": False, "minItems": len(items)}
    if _is_enum(tp):
        return {"enum": [m.value for m in tp]}
    if _is_attrs(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder for recursive classes
            defs[name] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover


def _class_schema(cl: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cl)
    props: dict[str, Any] = {}
    required: list[str] = []
    if cl is DocumentNumber:
        props["text"] = {"type": "string", "description": "The canonical số/ký hiệu; "
                         "when given, it must match the parts."}
    for field in attrs.fields(cl):
        props[field.name] = _schema_of(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    schema: dict[str, Any] = {"type": "object", "properties": props,
                              "additionalProperties": False}
    if required:
        schema["required"] = required
    doc = (cl.__doc__ or "").strip().split("\n\n")[0]
    if doc:
        schema["description"] = " ".join(doc.split())
    return schema


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of what :func:`from_json` accepts and :func:`to_json` writes.

    Keys with a default may be left out on input; :func:`to_json` always writes every key.

    >>> schema = json_schema()
    >>> schema["$schema"], schema["properties"]["schema_version"]
    ('https://json-schema.org/draft/2020-12/schema', {'const': 1})
    """
    defs: dict[str, Any] = {}
    body = _class_schema(Document, defs)
    props = {"schema_version": {"const": SCHEMA_VERSION}, **body["properties"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "vanban Document",
        "description": body.get("description", ""),
        "type": "object",
        "properties": props,
        "required": ["schema_version", *body.get("required", [])],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }

