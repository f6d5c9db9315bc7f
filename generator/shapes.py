"""Checks of a data file's shape, for the readers of `spec/draft.yaml` and the committed transcriptions.

A file is checked whole before its reader trusts it: every misfit is reported at its JSON pointer (the caller
turns it into a diagnostic with the file's line), so a list where a mapping belongs or a missing key is a
message, never a KeyError deep in the reader. A `Check` takes a value and says what was expected, or None.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from modelarts_spec.diagnostics import pointer_join

Check = Callable[[Any], str | None]
Report = Callable[[str, str], None]  # (pointer, message)


def mapping_of(node: Any, pointer: str, fields: Mapping[str, Check], required: set[str], bad: Report) -> bool:
    """A mapping with only these keys, the required ones present and each value passing its check."""
    if not isinstance(node, dict):
        bad(pointer, f"expected a mapping with {', '.join(f'`{k}`' for k in fields)}, found {kind(node)}")
        return False
    fine = True
    for key in node:
        if key not in fields:
            bad(pointer_join(pointer, str(key)), f"unknown key {str(key)[:60]!r}; allowed: {sorted(fields)}")
            fine = False
    for key, checker in fields.items():
        problem = checker(node[key]) if key in node else ("missing" if key in required else None)
        if problem:
            bad(pointer_join(pointer, key) if key in node else pointer, f"`{key}`: {problem}")
            fine = False
    return fine


def kind(value: Any) -> str:
    """What a value is, for a message: never the value itself (it may be huge)."""
    kinds = {dict: "a mapping", list: "a list", str: "a string", bool: "a boolean"}
    return "nothing" if value is None else kinds.get(type(value), "a number")


def text(value: Any) -> str | None:
    if not (isinstance(value, str) and value.strip()):
        return f"expected a non-empty string, found {kind(value)}"
    return _unwritable(value)


def string(value: Any) -> str | None:
    return _unwritable(value) if isinstance(value, str) else f"expected a string, found {kind(value)}"


def scalar(value: Any) -> str | None:
    """A string or a number (not a boolean)."""
    if isinstance(value, str):
        return string(value)
    return None if isinstance(value, (int, float)) and not isinstance(value, bool) else f"expected a string or number, found {kind(value)}"


def plain_data(value: Any) -> str | None:
    """Any JSON value whose every string could be written to a UTF-8 file (a JSON example's body)."""
    stack = [value]
    while stack:  # iterative: the loader bounds nesting, but a walk need not rely on it
        node = stack.pop()
        if isinstance(node, str):
            problem = _unwritable(node)
            if problem:
                return problem
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return None


def _unwritable(value: str) -> str | None:
    """A lone UTF-16 surrogate (JSON's `\\ud800`) reads as a string no UTF-8 file or terminal can take."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "a string holding a lone UTF-16 surrogate (\\ud800-\\udfff), which is not text"
    return None


def listed(value: Any) -> str | None:
    return None if isinstance(value, list) else f"expected a list, found {kind(value)}"


def mapping(value: Any) -> str | None:
    return None if isinstance(value, dict) else f"expected a mapping, found {kind(value)}"


def boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"expected true or false, found {kind(value)}"


def whole(least: int = 0) -> Check:
    """An integer (not a boolean) of at least `least`."""

    def check(value: Any) -> str | None:
        if isinstance(value, int) and not isinstance(value, bool) and value >= least:
            return None
        found = "a smaller number" if isinstance(value, int) and not isinstance(value, bool) else kind(value)
        return f"expected a whole number of at least {least}, found {found}"

    return check


def one_of(allowed: set[str]) -> Check:
    return lambda value: None if isinstance(value, str) and value in allowed else f"expected one of {sorted(allowed)}"


def nullable(check: Check) -> Check:
    return lambda value: None if value is None else check(value)


def list_of(check: Check) -> Check:
    """A list whose every item passes `check` (the first misfit named by its index)."""

    def checked(value: Any) -> str | None:
        if not isinstance(value, list):
            return f"expected a list, found {kind(value)}"
        return next((f"item {i}: {problem}" for i, item in enumerate(value) if (problem := check(item))), None)

    return checked


def mapping_to(check: Check) -> Check:
    """A mapping of string keys whose every value passes `check`."""

    def checked(value: Any) -> str | None:
        if not isinstance(value, dict):
            return f"expected a mapping, found {kind(value)}"
        for key, item in value.items():
            problem = string(key) or check(item)
            if problem:
                return f"at {str(key)[:60]!r}: {problem}"
        return None

    return checked
