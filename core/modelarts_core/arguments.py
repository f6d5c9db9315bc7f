"""Arguments as the facade takes them: None for "not sent", enum parameters as members or plain values,
path parameters that stay one segment of their own operation's URL."""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from typing import TypeVar, cast
from urllib.parse import quote

from .errors import ModelArtsArgumentError
from .unset import UNSET, Unset

E = TypeVar("E", bound=Enum)
T = TypeVar("T")


def enum_value(kind: type[E], value: E | str | int | None, name: str) -> E | Unset:
    """The member of `kind` for `value` (a member or its plain value), UNSET for None; ModelArtsArgumentError listing the values."""
    if value is None:
        return UNSET
    text = value.value if isinstance(value, Enum) else value
    if isinstance(text, int) and not isinstance(text, bool) and str(text) in kind._value2member_map_:
        text = str(text)  # period=300 for the spec's "300": the int's text is one of the values
    # by value, not kind(text): the generated enums accept unknown values from the server (_missing_),
    # which must not let an unknown argument through
    try:
        member = kind._value2member_map_.get(text)  # declared members only: _missing_'s pseudo-members are not in it
    except TypeError:  # an unhashable value is no member either
        member = None
    if member is not None:
        return cast(E, member)
    allowed = ", ".join(repr(member.value) for member in kind)
    raise ModelArtsArgumentError(f"{name}={value!r} is not allowed; expected one of: {allowed}")


def enum_member(kind: type[E], value: E | str | int, name: str) -> E:
    """The same for a required argument (a path parameter)."""
    member = enum_value(kind, value, name)
    if isinstance(member, Unset):
        raise ModelArtsArgumentError(f"{name} is required, got None")
    return member


def required(value: object, name: str) -> None:
    """A required argument given as None is refused as such, not as the text 'None'."""
    if value is None:
        raise ModelArtsArgumentError(f"{name} is required, got None")


def required_value(value: T, name: str) -> T:
    """`value` of a required query or header argument, refused when None."""
    required(value, name)
    return value


# In a path value these would address another URL: '/' a deeper path (a server and the signer decode %2F
# back to '/': docs/decisions/0013), '\\' the same on some servers, '?' and '#' a query or fragment, control
# characters a broken request line (and a trailing newline that Python's `$` would let through a pattern).
_NOT_IN_A_SEGMENT = re.compile(r"[/\\?#\x00-\x1f\x7f]")


def path_segment(value: object, name: str) -> str:
    """`value` as one percent-encoded path segment; ModelArtsArgumentError naming `name` for a value that would leave it."""
    required(value, name)
    text = str(value)
    if not text or text in (".", "..") or _NOT_IN_A_SEGMENT.search(text):
        shown = text if len(text) <= 80 else text[:80] + "…"
        raise ModelArtsArgumentError(
            f"path parameter {name}={shown!r} is not allowed: it must be one non-empty path segment, not '.' or '..', "
            "without '/', '\\\\', '?', '#' or control characters"
        )
    return quote(text, safe="")


def path_argument(value: str, name: str, pattern: str | None, min_length: int | None = None, max_length: int | None = None) -> str:
    """`value` if it fits the spec's `pattern` and length bounds for path parameter `name`; ModelArtsArgumentError naming both if not."""
    required(value, name)
    text = str(value)
    shown = text if len(text) <= 80 else text[:80] + "…"
    if pattern is not None and _compiled(pattern).search(text) is None:
        raise ModelArtsArgumentError(f"{name}={shown!r} does not match the spec's pattern {pattern!r}")
    if min_length is not None and len(text) < min_length:
        raise ModelArtsArgumentError(f"{name}={shown!r} is shorter than the spec's minimum of {min_length} characters")
    if max_length is not None and len(text) > max_length:
        raise ModelArtsArgumentError(f"{name}={shown!r} is longer than the spec's maximum of {max_length} characters")
    return text


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
