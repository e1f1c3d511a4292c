"""Generated hooks that make :mod:`vanban.serialize` fast; :mod:`vanban.serialize` wires them.

For each attrs class of the model, two functions are compiled from its fields, as cattrs itself
does, but specialised to the model's few kinds of field:

* an *unstructure* function writing a dict with every field (enums as values, spans as
  ``[start, end]``, tuples as lists);
* a *fast structure* function for the common case, a complete object as :func:`to_json`
  writes it: it checks every value's exact JSON type inline and raises on anything else (a
  missing or unknown key, a wrong type, a failing constructor). The converter then falls back to
  cattrs' detailed validation, which reports every problem with its path. So both paths accept
  the same inputs; the tests check that they agree.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

__all__ = [
    "INLINE",
    "Fail",
    "compile_fixed",
    "compile_structure",
    "compile_unstructure",
    "fixed_tuples",
    "is_fixed",
    "is_homogeneous",
    "link",
]

_SCALARS = (str, int, bool)
#: Types written inline by the unstructure functions: a format of the value's expression.
INLINE: dict[Any, str] = {}
_PENDING: list[tuple[dict[str, Any], str, dict[type, Callable[[Any], Any]], type]] = []


class Fail(Exception):
    """The fast path declines; the detailed path will say why."""


def _optional(tp: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(tp)
    if origin is types.UnionType or origin is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def compile_unstructure(
    cl: type, hooks: dict[type, Callable[[Any], Any]]
) -> Callable[[Any], dict[str, Any]]:
    """An unstructure function for ``cl``; ``hooks`` gives those of the classes it holds."""
    hints = typing.get_type_hints(cl)
    env: dict[str, Any] = {}
    items = []
    for i, field in enumerate(attrs.fields(cl)):
        tp, optional = _optional(hints[field.name])
        get = f"o.{field.name}"
        if tp in _SCALARS:
            expr = get
        elif _is_enum(tp) and issubclass(tp, str):
            expr = get  # a StrEnum member is a str equal to its value: JSON writes it so
        elif _is_enum(tp):
            expr = f"None if (v{i} := {get}) is None else v{i}.value" if optional else (
                f"{get}.value")
        elif tp in INLINE:
            expr = INLINE[tp].format(f"v{i}")
            expr = f"None if (v{i} := {get}) is None else {expr}" if optional else (
                f"(v{i} := {get}) and {expr}")
        elif is_homogeneous(tp):
            (item,) = typing.get_args(tp)[:1]
            # Most of these tuples are empty (a leaf provision's children): test before calling.
            if item in _SCALARS:
                expr = f"list(v{i}) if (v{i} := {get}) else []"
            else:
                env[f"h{i}"] = _lazy(hooks, item)
                expr = f"list(map(h{i}, v{i})) if (v{i} := {get}) else []"
        else:
            env[f"h{i}"] = _lazy(hooks, tp)
            expr = f"None if (v{i} := {get}) is None else h{i}(v{i})" if optional else (
                f"h{i}({get})")
        items.append(f"{field.name!r}: {expr}")
    source = f"def unstructure(o):\n    return {{{', '.join(items)}}}\n"
    return typing.cast(Callable[[Any], dict[str, Any]], _compile(source, env, "unstructure"))


def compile_structure(
    cl: type, hooks: dict[type, Callable[[Any], Any]]
) -> Callable[[Any], Any]:
    """A fast structure function for ``cl`` that raises on anything but a complete, valid
    object; ``hooks`` gives the structure functions (one argument) of the classes it holds."""
    hints = typing.get_type_hints(cl)
    fields = attrs.fields(cl)
    env: dict[str, Any] = {"cl": cl, "Fail": Fail, "str": str, "int": int, "bool": bool,
                           "dict": dict, "list": list, "tuple": tuple}
    lines = ["def structure(d):",
             f"    if type(d) is not dict or len(d) != {len(fields)}:",
             "        raise Fail"]
    for i, field in enumerate(fields):
        tp, optional = _optional(hints[field.name])
        lines.append(f"    v{i} = d[{field.name!r}]")
        guard = f"v{i} is not None and " if optional else ""
        if tp in _SCALARS:
            lines.append(f"    if {guard}type(v{i}) is not {tp.__name__}:")
            lines.append("        raise Fail")
        elif _is_enum(tp):
            env[f"m{i}"] = {m.value: m for m in tp}
            convert = f"m{i}[v{i}]"
            lines.append(f"    v{i} = {convert}" if not optional else
                         f"    if v{i} is not None:\n        v{i} = {convert}")
        elif is_homogeneous(tp):
            (item,) = typing.get_args(tp)[:1]
            lines.append(f"    if type(v{i}) is not list:")
            lines.append("        raise Fail")
            if item in _SCALARS:
                lines.append(f"    for x in v{i}:")
                lines.append(f"        if type(x) is not {item.__name__}:")
                lines.append("            raise Fail")
                lines.append(f"    v{i} = tuple(v{i})")
            else:
                env[f"h{i}"] = _lazy(hooks, item)
                lines.append(f"    v{i} = tuple([h{i}(x) for x in v{i}])")
        else:
            env[f"h{i}"] = _lazy(hooks, tp)
            lines.append(f"    if v{i} is not None:" if optional else "    if True:")
            lines.append(f"        v{i} = h{i}(v{i})")
    args = ", ".join(f"v{i}" for i in range(len(fields)))
    lines.append(f"    return cl({args})")
    return _compile("\n".join(lines) + "\n", env, "structure")


def is_homogeneous(tp: Any) -> bool:
    """``tuple[X, ...]``."""
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def is_fixed(tp: Any) -> bool:
    """``tuple[X, Y]``: a fixed-length tuple, written as an array of its items."""
    return typing.get_origin(tp) is tuple and not is_homogeneous(tp)


def fixed_tuples(classes: tuple[type, ...]) -> set[Any]:
    """The fixed-length tuple types that the fields of ``classes`` hold."""
    found: set[Any] = set()

    def visit(tp: Any) -> None:
        if is_fixed(tp):
            found.add(tp)
        for arg in typing.get_args(tp):
            if arg is not Ellipsis:
                visit(arg)

    for cl in classes:
        for hint in typing.get_type_hints(cl).values():
            visit(hint)
    return found


def compile_fixed(tp: Any, out: dict[Any, Callable[[Any], Any]],
                  fast: dict[Any, Callable[[Any], Any]]) -> None:
    """Put the unstructure and fast structure functions of a fixed tuple type in the tables."""
    items = typing.get_args(tp)

    def unstructure(value: Any) -> list[Any]:
        return [x if a in _SCALARS else out[a](x) for a, x in zip(items, value, strict=True)]

    def structure(value: Any) -> tuple[Any, ...]:
        if type(value) is not list or len(value) != len(items):
            raise Fail
        result = []
        for a, x in zip(items, value, strict=True):
            if a in _SCALARS:
                if type(x) is not a:
                    raise Fail
                result.append(x)
            else:
                result.append(fast[a](x))
        return tuple(result)

    out[tp] = unstructure
    fast[tp] = structure


class _Lazy:
    """A hook not compiled yet (classes may be recursive): :func:`link` puts the real one."""

    def __init__(self, hooks: dict[type, Callable[[Any], Any]], tp: type) -> None:
        self.hooks = hooks
        self.tp = tp


def _lazy(hooks: dict[type, Callable[[Any], Any]], tp: type) -> Any:
    return hooks.get(tp) or _Lazy(hooks, tp)


def _compile(source: str, env: dict[str, Any], name: str) -> Callable[[Any], Any]:
    namespace = dict(env)
    exec(compile(source, f"<vanban generated {name}>", "exec"), namespace)
    for key, value in env.items():
        if isinstance(value, _Lazy):
            _PENDING.append((namespace, key, value.hooks, value.tp))
    return typing.cast(Callable[[Any], Any], namespace[name])


def link() -> None:
    """Replace every forward reference of the compiled functions by the hook it names."""
    while _PENDING:
        namespace, key, hooks, tp = _PENDING.pop()
        namespace[key] = hooks[tp]
