"""A small, safe XML layer for :mod:`vanban.edxml`: read untrusted bytes into a tree of local
names, and write elements with exact names, order and namespace prefixes.

Reading uses the standard library's expat with every risky feature refused: a document type
declaration (``<!DOCTYPE``), hence any entity declaration, is an error before anything is
expanded, so neither external entities (XXE) nor entity expansion ("billion laughs") can run;
input over a size limit is refused before parsing; nesting is bounded. Names are kept as written
and compared by local name (the part after any prefix), so any prefix, or none, is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, Final
from xml.parsers import expat

from vanban.errors import VanbanError

__all__ = ["DEFAULT_MAX_BYTES", "Element", "Node", "XMLError", "parse", "write"]

DEFAULT_MAX_BYTES: Final = 20 * 1024 * 1024
_MAX_DEPTH: Final = 64
# Characters XML 1.0 cannot carry, even escaped.
_INVALID: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class XMLError(VanbanError, ValueError):
    """The bytes are not acceptable XML (malformed, too large, a DOCTYPE, too deep)."""


class Node:
    """An element read back: ``name`` is the local name, ``qname`` the name as written."""

    __slots__ = ("attributes", "children", "name", "parts", "qname")

    def __init__(self, qname: str, attributes: dict[str, str]) -> None:
        self.qname = qname
        self.name = qname.rpartition(":")[2]
        self.attributes = attributes
        self.children: list[Node] = []
        self.parts: list[str] = []

    @property
    def text(self) -> str:
        """The element's own text, stripped."""
        return "".join(self.parts).strip()

    def all(self, *names: str) -> Iterator[Node]:
        """The children whose local name is one of ``names``, in order."""
        return (c for c in self.children if c.name in names)

    def first(self, *names: str) -> Node | None:
        """The first child whose local name is one of ``names``."""
        return next(self.all(*names), None)

    def value(self, *names: str) -> str:
        """The text of the first child named one of ``names``, or ``""``."""
        node = self.first(*names)
        return node.text if node is not None else ""

    def find(self, *names: str) -> Node | None:
        """The first descendant (depth first, self excluded) named one of ``names``."""
        for child in self.children:
            if child.name in names:
                return child
            found = child.find(*names)
            if found is not None:
                return found
        return None

    def __repr__(self) -> str:
        return f"Node({self.qname!r}, {len(self.children)} children)"


def _refuse(what: str) -> Callable[..., Any]:
    def handler(*_: object) -> None:
        raise XMLError(f"{what} is not accepted (no DOCTYPE or entity declarations)")

    return handler


def parse(data: bytes | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Node:
    """Parse ``data`` into a tree; raise :class:`XMLError` for anything unsafe or malformed."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
        encoding: str | None = "UTF-8"
    elif isinstance(data, bytes | bytearray | memoryview):
        data = bytes(data)
        encoding = None
    else:
        raise TypeError(f"expected bytes or str, got {type(data).__name__}")
    if len(data) > max_bytes:
        raise XMLError(f"the input has {len(data):,} bytes, over the limit of {max_bytes:,}")
    parser = expat.ParserCreate(encoding)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse("A DOCTYPE")
    parser.EntityDeclHandler = _refuse("An entity declaration")
    parser.UnparsedEntityDeclHandler = _refuse("An entity declaration")
    parser.ExternalEntityRefHandler = _refuse("An external entity")
    parser.buffer_text = True
    stack: list[Node] = []
    roots: list[Node] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        if len(stack) >= _MAX_DEPTH:
            raise XMLError(f"elements are nested more than {_MAX_DEPTH} deep")
        node = Node(name, attributes)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)

    def end(_: str) -> None:
        stack.pop()

    def text(value: str) -> None:
        if stack:
            stack[-1].parts.append(value)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        message = expat.ErrorString(exc.code) if exc.code else str(exc)
        raise XMLError(f"not well-formed XML: {message} at line {exc.lineno}, "
                       f"column {exc.offset}") from None
    if not roots:  # pragma: no cover - expat reports "no element found" first
        raise XMLError("no element found")
    return roots[0]


class Element:
    """An element to write: a qualified ``name``, text or children, attributes."""

    __slots__ = ("attributes", "children", "name", "text")

    def __init__(self, name: str, text: str | None = None, *children: Element | None,
                 attributes: dict[str, str] | None = None) -> None:
        self.name = name
        self.text = text
        self.children = [c for c in children if c is not None]
        self.attributes = attributes or {}


def _escape(text: str, quote: bool = False) -> str:
    text = _INVALID.sub("\ufffd", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\r", "&#13;")
    if quote:
        text = text.replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    return text


def write(root: Element) -> bytes:
    """Serialise ``root`` as UTF-8 with an XML declaration, two-space indentation."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']

    def emit(el: Element, depth: int) -> None:
        pad = "  " * depth
        attributes = "".join(f' {k}="{_escape(v, quote=True)}"' for k, v in el.attributes.items())
        if el.children:
            out.append(f"{pad}<{el.name}{attributes}>\n")
            for child in el.children:
                emit(child, depth + 1)
            out.append(f"{pad}</{el.name}>\n")
        elif el.text:
            out.append(f"{pad}<{el.name}{attributes}>{_escape(el.text)}</{el.name}>\n")
        else:
            out.append(f"{pad}<{el.name}{attributes}/>\n")

    emit(root, 0)
    return "".join(out).encode("utf-8")
