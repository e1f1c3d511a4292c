"""Alternations of many phrases written as a trie, for the patterns of the parser and the
citation reader.

A flat alternation (``QUYẾT ĐỊNH|QUY ĐỊNH|QUY CHẾ|...``) makes the regex engine try every phrase
at every position it reaches; as a trie, a prefix shared by several phrases is written, and
tried, once. At each branch a longer phrase comes before the phrase that ends there (the end
is an optional group, greedy), so the longest phrase that fits is tried first, as in a
longest-first flat alternation.

>>> print(alternation(["SAO Y BẢN", "SAO Y", "SAO LỤC"], literal))
(?:SAO\\s+(?:Y(?:\\s+BẢN)?|LỤC))
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["alternation", "literal"]

_Node = dict[str, dict[str, Any]]


def literal(run: str) -> str:
    r"""A run of characters as itself, a space matching any white space (``\s+``)."""
    return r"\s+".join(re.escape(part) for part in run.split(" "))


def alternation(phrases: Iterable[str], atom: Callable[[str], str]) -> str:
    """A group matching any of ``phrases``, each run of characters written by ``atom`` (a run is
    a stretch of the trie without branches; ``atom`` must match per character, so that runs
    can be split anywhere). Branches keep the order in which the phrases first reach them."""
    trie: _Node = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_node(trie, atom)})"


def _node(node: _Node, atom: Callable[[str], str]) -> str:
    branches = []
    for first in (c for c in node if c):
        run, child = first, node[first]
        while len(child) == 1 and "" not in child:
            ((char, child),) = child.items()
            run += char
        rest = "" if list(child) == [""] else _node(child, atom)
        branches.append(atom(run) + rest)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
