"""Arguments as the facade takes them: None for "not sent", enum parameters as members or plain values."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from ..types import UNSET, Unset

E = TypeVar("E", bound=Enum)


def enum_value(kind: type[E], value: E | str | None, name: str) -> E | Unset:
    """The member of `kind` for `value` (a member or its plain value), UNSET for None; ValueError listing the values."""
    if value is None:
        return UNSET
    text = value.value if isinstance(value, Enum) else value
    # by value, not kind(text): the generated enums accept unknown values from the server (_missing_),
    # which must not let an unknown argument through
    for member in kind:
        if member.value == text:
            return member
    allowed = ", ".join(repr(member.value) for member in kind)
    raise ValueError(f"{name}={value!r} is not allowed; expected one of: {allowed}")


def enum_member(kind: type[E], value: E | str, name: str) -> E:
    """The same for a required argument (a path parameter)."""
    member = enum_value(kind, value, name)
    if isinstance(member, Unset):
        raise ValueError(f"{name} is required")
    return member
