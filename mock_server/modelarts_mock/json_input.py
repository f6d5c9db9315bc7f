"""JSON from outside the mock: control request bodies (a client's) and answers from upstream (the proxy's).

Both are read by rules the rest of the mock can rely on: no NaN, Infinity or number beyond range (JSON has
none, and an encoder would write `null` or refuse), no lone UTF-16 surrogate (no UTF-8 can carry it), nesting
within a limit (never a RecursionError). A refusal names the JSON pointer (and line) of the problem.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from modelarts_core.bodies import json_depth
from modelarts_spec.diagnostics import Diagnostic, InputError
from modelarts_spec.fast_json import NOT_FAST, fast_json
from modelarts_spec.loader import STRICT, parse_yaml

from modelarts_mock.errors import ControlError

# A control body is a small data file: the shared reader's limits (nesting, size, duplicate keys refused).
BODY_LIMITS = replace(STRICT, max_bytes=1 << 20)
UPSTREAM_DEPTH = 64  # the client's Limits.max_json_depth: real answers nest under 15 levels
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_UPSTREAM_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]|\xed[\xa0-\xbf]")


class NotJson(ValueError):
    """An upstream body that is not JSON by the mock's rules: where and why."""

    def __init__(self, pointer: str, problem: str) -> None:
        super().__init__(problem)
        self.pointer = pointer
        self.problem = problem


def parse_json(body: bytes) -> Any:
    """The request body as JSON, read by the shared reader (`modelarts_spec.loader`): ControlError naming the pointer
    and line for bad UTF-8, malformed JSON, NaN/Infinity/1e999, an over-long integer, a duplicate key or deep nesting."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ControlError("", f"the body is not UTF-8 (byte {exc.start})") from None
    try:
        data = fast_json(text, "body", BODY_LIMITS)
        if data is NOT_FAST:  # malformed JSON gets json's message; JSON refused for its content, the reader's
            _json_syntax(text)
            parse_yaml(text, "body", BODY_LIMITS)
            raise ControlError("", "expected a JSON object or list")  # what is left: a top-level number or word
    except InputError as exc:
        diagnostic = exc.diagnostic
        if diagnostic.pointer is None:  # fast_json names the line of a NaN or 1e999, not its pointer
            diagnostic = replace(diagnostic, pointer=_number_at(text))
        raise _refusal(diagnostic) from None
    if not isinstance(data, (dict, list)):  # a JSON number alone (the reader reads it as JSON, e.g. `12`)
        raise ControlError("", "expected a JSON object or list")
    if _SURROGATE.search(text):  # `"\\ud800"` is valid JSON but no UTF-8 can carry it: it could never be answered
        pointer = lone_surrogate_at(data)
        if pointer is not None:
            raise ControlError(pointer, "a lone UTF-16 surrogate escape (\\ud800-\\udfff) is not text")
    return data


def read_upstream_json(content: bytes) -> Any:
    """An upstream answer's body as JSON; NotJson (pointer, problem) for anything the mock could not hold or serve."""
    if json_depth(content, UPSTREAM_DEPTH) > UPSTREAM_DEPTH:
        raise NotJson("", f"nested deeper than {UPSTREAM_DEPTH} levels")
    odd: list[str] = []  # the numbers the hooks saw that no double holds: the tree is walked for one only then

    def constant(text: str) -> _NotNumber:
        odd.append(text)
        return _NotNumber(text)

    def number(text: str) -> Any:
        value = _number(text)
        if isinstance(value, _NotNumber):
            odd.append(text)
        return value

    try:
        data = json.loads(content, parse_constant=constant, parse_float=number)
    except (ValueError, RecursionError) as exc:
        raise NotJson("", f"the body is not JSON ({type(exc).__name__}: {str(exc)[:80]})") from None
    pointer = _first(data, "", lambda value: isinstance(value, _NotNumber)) if odd else None
    if pointer is not None:
        raise NotJson(pointer, "NaN, Infinity or a number beyond the range of a double is not a JSON number the mock can hold")
    # walked only when the text could hold one: a \ud800 escape, UTF-8 bytes of a surrogate (json decodes bytes with
    # surrogatepass), or a body that is not UTF-8 at all (UTF-16 or 32, which json also reads)
    maybe = _UPSTREAM_SURROGATE.search(content) is not None or json.detect_encoding(content) != "utf-8"
    pointer = lone_surrogate_at(data) if maybe else None
    if pointer is not None:
        raise NotJson(pointer, "a lone UTF-16 surrogate escape (\\ud800-\\udfff) is not text")
    return data


def lone_surrogate_at(value: Any) -> str | None:
    """The pointer of the first string (or key) holding a lone surrogate, or None."""
    return _first(value, "", _has_surrogate)


def _refusal(diagnostic: Diagnostic) -> ControlError:
    where = f" (line {diagnostic.line})" if diagnostic.line else ""
    return ControlError(diagnostic.pointer or "", diagnostic.message + where)


def _has_surrogate(value: Any) -> bool:
    return isinstance(value, str) and not value.isascii() and any("\ud800" <= c <= "\udfff" for c in value)


class _NotNumber(str):
    """NaN, Infinity or a float beyond range, kept as a marker to find its pointer."""


def _number(text: str) -> Any:
    value = float(text)
    return value if math.isfinite(value) else _NotNumber(text)


def _number_at(text: str) -> str | None:
    """The pointer of the first NaN/Infinity/1e999 in JSON text the fast path refused for one."""
    try:
        data = json.loads(text, parse_constant=_NotNumber, parse_float=_number)
    except (ValueError, RecursionError):
        return None
    return _first(data, "", lambda value: isinstance(value, _NotNumber))


def _first(value: Any, pointer: str, wanted: Callable[[Any], bool]) -> str | None:
    """The pointer of the first value (or key) in document order for which `wanted` holds, or None (iterative)."""
    stack: list[tuple[Any, str, bool]] = [(value, pointer, False)]
    while stack:
        node, where, key_wanted = stack.pop()
        if key_wanted or wanted(node):
            return where
        items = list(node.items()) if isinstance(node, dict) else list(enumerate(node)) if isinstance(node, list) else []
        for key, item in reversed(items):  # reversed onto the stack: popped in document order
            token = where + "/" + str(key).replace("~", "~0").replace("/", "~1")
            stack.append((item, token, isinstance(node, dict) and wanted(key)))
    return None


def _json_syntax(text: str) -> None:
    """ControlError with json's own message if the text is not JSON at all (YAML would misname `{` as YAML)."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise ControlError("", f"not JSON: {exc.msg} (line {exc.lineno} column {exc.colno})") from None
    except (ValueError, RecursionError):
        pass  # an over-long integer or deep nesting: the reader names its pointer
