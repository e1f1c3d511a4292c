"""Hypothesis plugin hook (entry point ``hypothesis``), so ``st.from_type`` knows vanban's types.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, unless
``HYPOTHESIS_NO_PLUGINS`` is set; :func:`vanban.strategies.register_type_strategies` does the
same by hand. Hypothesis infers attrs fields only from their types, so a plain ``st.builds``
would draw numbers with random symbols and documents whose parts disagree: every public model
class gets the strategy of :mod:`vanban.strategies` that draws valid values.

Imports stay inside the functions, and each strategy is wrapped in ``st.deferred``: the hook
runs while ``hypothesis`` is being imported, possibly by ``vanban.strategies`` itself, so the
strategies module is only imported when a strategy is first drawn from.

>>> from hypothesis import strategies as st
>>> import vanban
>>> register()
>>> isinstance(st.from_type(vanban.Document).example(), vanban.Document)
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy


def _lazy(name: str) -> SearchStrategy[Any]:
    """``vanban.strategies.<name>()``, imported and built when first drawn from."""
    from hypothesis import strategies as st

    def load() -> SearchStrategy[Any]:
        from vanban import strategies

        built: SearchStrategy[Any] = getattr(strategies, name)()
        return built

    return st.deferred(load)


def register() -> None:
    """Register a strategy for every public model class (see the module documentation)."""
    from hypothesis import strategies as st

    from vanban.authority import Authority
    from vanban.dates import DocumentDate
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

    st.register_type_strategy(Document, _lazy("documents"))
    st.register_type_strategy(Agency, _lazy("agencies"))
    st.register_type_strategy(Signature, _lazy("signatures"))
    st.register_type_strategy(Authority, _lazy("authorities"))
    st.register_type_strategy(Recipient, _lazy("recipients"))
    st.register_type_strategy(Citation, _lazy("citations"))
    st.register_type_strategy(Provision, _lazy("provisions"))
    st.register_type_strategy(Attachment, _lazy("attachments"))
    st.register_type_strategy(TextBlock, _lazy("text_blocks"))
    st.register_type_strategy(Finding, _lazy("findings"))
    st.register_type_strategy(Span, _lazy("spans"))
    st.register_type_strategy(Task, _lazy("tasks"))
    st.register_type_strategy(Deadline, _lazy("deadlines"))
    st.register_type_strategy(DocumentNumber, _lazy("document_numbers"))
    st.register_type_strategy(DocumentDate, _lazy("dates"))


def _hypothesis_setup_hook() -> None:
    register()
