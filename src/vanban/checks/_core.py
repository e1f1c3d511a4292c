"""The machinery of the rule catalogue: :class:`Rule`, :class:`Hit` and the registry.

A rule is a small function that takes a :class:`~vanban.checks.context.Context` and yields
:class:`Hit` objects; :func:`rule` registers it together with its data (code, texts, examples,
legal source). :func:`run` turns hits into :class:`~vanban.model.Finding` objects.

>>> from vanban.enums import Severity
>>> r = Rule(code="VB999", name="demo", summary="A demo rule.", summary_vi="Quy tắc mẫu.",
...          severity=Severity.INFO, families=STATE, source="NĐ 30/2020",
...          docs="Demo.", bad="x", good="y", fix="Do y.", func=lambda ctx: ())
>>> r.applies_to(Family.PARTY), r.applies_to(Family.NORMATIVE)
(False, True)
>>> matches("VB9", r), matches("VB1", r), matches("demo", r), matches("ALL", r)
(True, False, True, True)
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Final

import attrs

from vanban.enums import Family, Severity
from vanban.model import Finding, Span

if TYPE_CHECKING:
    from vanban.checks.context import Context

__all__ = [
    "ALL_FAMILIES",
    "ND30_EFFECTIVE",
    "STATE",
    "Hit",
    "Rule",
    "RuleFunc",
    "matches",
    "registry",
    "rule",
    "run",
    "validate_selectors",
]

ALL_FAMILIES: Final = frozenset(Family)
STATE: Final = frozenset({Family.ADMINISTRATIVE, Family.NORMATIVE})
PARTY: Final = frozenset({Family.PARTY})
# NĐ 30/2020/NĐ-CP Điều 37: "có hiệu lực thi hành kể từ ngày ký" (05/3/2020).
ND30_EFFECTIVE: Final = datetime.date(2020, 3, 5)
# Hướng dẫn 36-HD/VPTW ngày 03/4/2018.
HD36_EFFECTIVE: Final = datetime.date(2018, 4, 3)

_CODE: Final = re.compile(r"VB\d{3}")
_NAME: Final = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


@attrs.frozen
class Hit:
    """One breach found by a rule: the messages, where it is and what field it concerns.

    ``fix`` overrides the rule's general fix text when the rule can say exactly what to write.
    """

    message: str
    message_vi: str
    span: Span | None = None
    field: str | None = None
    fix: str | None = None


RuleFunc = Callable[["Context"], Iterable[Hit]]


def _families(value: Iterable[Family]) -> frozenset[Family]:
    return frozenset(Family(f) for f in value)


@attrs.frozen
class Rule:
    """A rule of the catalogue and its documentation.

    ``code`` (``VB101``) and ``name`` (a slug, ``number-padding``) identify it; ``summary`` and
    ``summary_vi`` say what it checks in one line; ``families`` lists the families it applies to;
    ``source`` cites the provision it enforces (see ``spec/conventions.md``); ``docs`` explains
    it; ``bad`` and ``good`` are examples; ``fix`` says how to repair a breach. ``since`` is the
    date the source took effect: documents dated earlier are not checked against the rule unless
    ``retroactive`` is asked for. ``needs_text`` marks rules that read the printed text (the
    model does not keep what they look at).
    """

    code: str = attrs.field(validator=attrs.validators.matches_re(_CODE))
    name: str = attrs.field(validator=attrs.validators.matches_re(_NAME))
    summary: str
    summary_vi: str
    severity: Severity = attrs.field(converter=Severity)
    families: frozenset[Family] = attrs.field(converter=_families)
    source: str
    docs: str
    bad: str
    good: str
    fix: str
    func: RuleFunc = attrs.field(eq=False, repr=False)
    since: datetime.date | None = None
    needs_text: bool = False

    def applies_to(self, family: Family | None) -> bool:
        """Whether the rule checks documents of ``family`` (``None``: family unknown).

        A rule for every family applies to a document whose family is unknown; a rule for some
        families only does not.
        """
        if family is None:
            return self.families == ALL_FAMILIES
        return family in self.families


_REGISTRY: list[Rule] = []


def rule(
    code: str,
    name: str,
    *,
    summary: str,
    summary_vi: str,
    severity: Severity,
    families: Iterable[Family],
    source: str,
    docs: str,
    bad: str,
    good: str,
    fix: str,
    since: datetime.date | None = None,
    needs_text: bool = False,
) -> Callable[[RuleFunc], RuleFunc]:
    """Register the decorated function as the rule ``code`` of the catalogue."""

    def register(func: RuleFunc) -> RuleFunc:
        entry = Rule(code=code, name=name, summary=summary, summary_vi=summary_vi,
                     severity=severity, families=families, source=source, docs=docs, bad=bad,
                     good=good, fix=fix, func=func, since=since, needs_text=needs_text)
        if any(r.code == code or r.name == name for r in _REGISTRY):
            raise ValueError(f"rule {code} ({name}) is registered twice")
        _REGISTRY.append(entry)
        return func

    return register


def registry() -> tuple[Rule, ...]:
    """Every registered rule, by code."""
    return tuple(sorted(_REGISTRY, key=lambda r: r.code))


def matches(selector: str, entry: Rule) -> bool:
    """Whether ``selector`` picks ``entry``: ``ALL``, a code prefix (``VB1``) or the name."""
    return selector == "ALL" or entry.code.startswith(selector) or selector == entry.name


def validate_selectors(selectors: Sequence[str] | None, rules: Sequence[Rule]) -> None:
    """Raise ``ValueError`` for a selector that picks no rule (a typo, as ruff does)."""
    for selector in selectors or ():
        if not any(matches(selector, r) for r in rules):
            raise ValueError(f"unknown rule selector {selector!r}")


def enabled(rules: Sequence[Rule], select: Sequence[str] | None,
            ignore: Sequence[str] | None) -> list[Rule]:
    """The rules picked by ``select`` (all when ``None``) and not by ``ignore``."""
    validate_selectors(select, rules)
    validate_selectors(ignore, rules)
    out = []
    for entry in rules:
        if select is not None and not any(matches(s, entry) for s in select):
            continue
        if ignore is not None and any(matches(s, entry) for s in ignore):
            continue
        out.append(entry)
    return out


def run(entry: Rule, ctx: Context) -> list[Finding]:
    """Run one rule and turn its hits into findings; a crash becomes a ``check.internal``."""
    try:
        hits = list(entry.func(ctx))
    except Exception as exc:  # a linter reports, it does not crash on odd input
        return [Finding("check.internal", f"{entry.code} failed: {exc!r}", Severity.ERROR,
                        message_vi=f"Lỗi nội bộ khi kiểm tra {entry.code}.")]
    return [
        Finding(entry.code, hit.message, entry.severity, hit.span, hit.field, hit.message_vi,
                hit.fix if hit.fix is not None else entry.fix)
        for hit in hits
    ]
