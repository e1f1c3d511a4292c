"""The exception tree of vanban.

Every exception vanban raises derives from :class:`VanbanError`. Errors about a value that
breaks a convention (a document number, a date) also derive from :class:`ValueError`, in the
manner of python-stdnum, so callers may catch either. Each validation error names the rule it
enforces (``rule``), the offending input (``value``) and where in that input the problem starts
(``position``, a 0-based character offset, or ``None`` when the whole value is at fault)::

    VanbanError
     └─ ValidationError (also ValueError)
         ├─ InvalidFormat          the shape is wrong (no number, stray characters)
         │   └─ NotCanonical       accepted by lenient parsing, rejected by strict validation
         │                         (spaces around separators, ``Ð`` for ``Đ``, en dashes, ``Số:``)
         ├─ InvalidComponent       a part names something unknown (a type code, a month 13)
         │   └─ InvalidDate        the calendar rejects it (``30/02/2024``)
         ├─ MissingPadding         NĐ 30/2020 wants a leading zero (``ngày 5`` → ``ngày 05``)
         ├─ ExcessPadding          a zero NĐ 30/2020 does not want (``tháng 03`` → ``tháng 3``)
         └─ Incomplete             a draft's blank part (``Số: /UBND-VP``, ``ngày   tháng 9``)

>>> from vanban import numbers
>>> try:
...     numbers.validate("3331 /SNV-TCBC")
... except ValueError as exc:
...     print(type(exc).__name__, exc.rule, exc.position)
NotCanonical number.spacing 4
"""

from __future__ import annotations

__all__ = [
    "ExcessPadding",
    "Incomplete",
    "InvalidComponent",
    "InvalidDate",
    "InvalidFormat",
    "MissingPadding",
    "NotCanonical",
    "ValidationError",
    "VanbanError",
]


class VanbanError(Exception):
    """Base class of every exception raised by vanban."""


class ValidationError(VanbanError, ValueError):
    """A value breaks a convention. Never raised directly; see the subclasses.

    ``rule`` is a short identifier of the convention (``number.padding``), ``value`` the input
    that was checked and ``position`` the offset in ``value`` where the problem starts.
    """

    message = "The value is not valid."
    rule = "invalid"

    def __init__(
        self,
        message: str | None = None,
        *,
        rule: str | None = None,
        value: str | None = None,
        position: int | None = None,
    ) -> None:
        self.message = message or type(self).message
        self.rule = rule or type(self).rule
        self.value = value
        self.position = position
        super().__init__(self.message)

    def __str__(self) -> str:
        where = ""
        if self.value is not None:
            where = f" in {self.value!r}"
            if self.position is not None:
                where += f" at position {self.position}"
        return f"{self.message} [{self.rule}]{where}"

    def __reduce__(self) -> tuple[object, ...]:  # keep keyword-only state through pickling
        return (_rebuild, (type(self), self.message, self.rule, self.value, self.position))


def _rebuild(
    cls: type[ValidationError], message: str, rule: str, value: str | None, position: int | None
) -> ValidationError:
    return cls(message, rule=rule, value=value, position=position)


class InvalidFormat(ValidationError):
    """The value does not have the shape the convention prescribes."""

    message = "The value has an invalid format."
    rule = "format"


class NotCanonical(InvalidFormat):
    """Lenient parsing accepts the value, but it is not written as the convention prescribes."""

    message = "The value is not written in canonical form."
    rule = "canonical"


class InvalidComponent(ValidationError):
    """A part of the value refers to something unknown or impossible."""

    message = "A component of the value is not valid."
    rule = "component"


class InvalidDate(InvalidComponent):
    """The day, month and year do not make a calendar date."""

    message = "The date does not exist."
    rule = "date.impossible"


class MissingPadding(ValidationError):
    """A leading zero required by NĐ 30/2020 is missing."""

    message = "A leading zero is missing."
    rule = "padding"


class ExcessPadding(ValidationError):
    """A leading zero that NĐ 30/2020 does not prescribe is present."""

    message = "A leading zero is not expected here."
    rule = "padding.excess"


class Incomplete(ValidationError):
    """A part of the value is left blank, as in a draft (dự thảo)."""

    message = "A part of the value is left blank."
    rule = "incomplete"
