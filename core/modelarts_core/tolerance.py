"""Tolerant reading: a 2xx body that deviates from the spec still gives the model, and says where it deviated.

The generated `from_dict` methods call `deviate()` when a property's value does not fit its schema (the value
is then kept raw in the model's `additional_properties`, the attribute left UNSET) or when a required property
is missing or unfit (the attribute is then `UNREAD`, None, whatever its annotation says; the raw value, if
any, kept in `additional_properties`). Within a
call, `read_model` collects those reports and, once the model is built, turns each into a `Deviation`
(operation + JSON pointer), issued as a `SpecDeviationWarning` and passed to the client's `on_deviation`
hook. Under `strict=True` the first deviation raises instead.

Pointers are found after the fact, by identity of the JSON object that held the value: nothing is tracked
while a body that fits is being read, so tolerance costs nothing on the normal path.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")

# A required property the body lacked or had unfit, under tolerant reading. Typed Any so the generated models
# keep the spec's annotations (`metadata: PoolMetadata`, not `PoolMetadata | None`): the deviation reported
# names it; `strict=True` raises instead of reading it.
UNREAD: Any = None
MISSING = "missing (required by the spec)"
E = TypeVar("E", bound=Enum)


class SpecDeviationWarning(UserWarning):
    """A 2xx body did not fit the spec; the part that did not fit is kept raw on the model."""


@dataclass(frozen=True)
class Deviation:
    operation: str  # the operationId, e.g. ShowPool
    pointer: str  # JSON pointer of the value that did not fit, e.g. /status/resources/creating
    problem: str  # what the client expected, in one line

    def __str__(self) -> str:
        kept = "read as None" if self.problem == MISSING else "kept raw in additional_properties"
        return f"{self.operation}: {self.pointer or '/'} does not fit the spec ({self.problem}); {kept}"


DeviationHook = Callable[[Deviation], None]


class Unfit(Exception):
    """Raised by `deviate` under strict reading; not a ValueError, so no generated from_dict swallows it."""

    def __init__(self, container: Mapping[str, Any], key: str, problem: str) -> None:
        super().__init__(problem)
        self.container = container
        self.key = key
        self.problem = problem


@dataclass
class _Reading:
    strict: bool
    found: list[tuple[Mapping[str, Any], str, str]] = field(default_factory=list)


_current: ContextVar[_Reading | None] = ContextVar("modelarts_core_reading", default=None)


def _problem(exc: BaseException) -> str:
    # The type and the first words only: the message may quote body text.
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:120]}"


def deviate(container: Mapping[str, Any], key: str, exc: BaseException) -> None:
    """Called by generated code: `container[key]` did not fit its schema (the cause is `exc`)."""
    reading = _current.get()
    problem = MISSING if key not in container else _problem(exc)
    if reading is None:  # from_dict called outside a client call (the low-level API, user code)
        warnings.warn(f"/{escape(key)} does not fit the spec ({problem}); kept raw in additional_properties", SpecDeviationWarning, 2)
        return
    if reading.strict:
        raise Unfit(container, key, problem)
    reading.found.append((container, key, problem))


def list_misfit(value: Any, kinds: type | tuple[type, ...], numeric: bool, what: str) -> TypeError | None:
    """Why `value` is not a list of `kinds` (a bool is no number when `numeric`), or None when it is one."""
    if not isinstance(value, list):
        return TypeError(f"expected a list of items each {what}")
    for index, item in enumerate(value):
        if not isinstance(item, kinds) or (numeric and isinstance(item, bool)):
            return TypeError(f"item {index} is {type(item).__name__}, expected {what}")
    return None


def member_of(kind: type[E], value: Any) -> E:
    """`kind(value)`, found by a dict lookup first: the enum call costs ~0.8 µs, a dozen times per ShowPool."""
    try:
        return kind._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):  # unknown (a pseudo-member from _missing_) or unhashable: the enum decides
        return kind(value)


def read_model(
    data: Any, build: Callable[[Any], T], operation: str, *, strict: bool, on_deviation: DeviationHook | None
) -> tuple[T, list[Deviation]]:
    """`build(data)` with deviations collected (tolerant) or raised as `Unfit` with a pointer set (strict)."""
    reading = _Reading(strict)
    token = _current.set(reading)
    try:
        model = build(data)
    except Unfit as unfit:
        unfit.key = pointer_of(data, unfit.container, unfit.key)
        raise
    finally:
        _current.reset(token)
    found = [Deviation(operation, pointer_of(data, container, key), problem) for container, key, problem in reading.found]
    for deviation in found:
        warnings.warn(str(deviation), SpecDeviationWarning, _outside_the_package())
        if on_deviation is not None:
            on_deviation(deviation)
    return model, found


_OURS = ("modelarts_core", "modelarts_client")  # the runtime and the generated client that calls it


def _outside_the_package() -> int:
    """The stacklevel of the first caller outside modelarts_core and modelarts_client: the warning points at the user's line."""
    frame, level = sys._getframe(1), 1
    while frame.f_back is not None and str(frame.f_globals.get("__name__", "")).partition(".")[0] in _OURS:
        frame, level = frame.f_back, level + 1
    return level


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer_of(root: Any, container: Any, key: str) -> str:
    """The JSON pointer of `container[key]` inside `root`, looking `container` up by identity (iteratively)."""
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        node, path = stack.pop()
        if node is container:
            return f"{path}/{escape(key)}"
        if isinstance(node, dict):
            stack.extend((value, f"{path}/{escape(str(name))}") for name, value in node.items() if isinstance(value, dict | list))
        elif isinstance(node, list):
            stack.extend((value, f"{path}/{index}") for index, value in enumerate(node) if isinstance(value, dict | list))
    return f"/{escape(key)}"  # not found (a copy was passed): the property name is still the best hint
