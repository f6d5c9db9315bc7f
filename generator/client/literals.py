"""The filters through which spec text enters generated code: as a literal of the target language (Python,
a Python docstring, TOML), never between hand-written quotes."""

from __future__ import annotations

import ast
import json
from typing import Any


def untrusted_text(value: Any) -> Any:
    """openapi-python-client wraps spec text in UntrustedString, whose str() is not the text: the text inside."""
    return value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value


def python_literal(value: Any) -> str:
    """Text from the spec as a Python string literal: never spliced into code between hand-written quotes.

    openapi-python-client wraps spec text in UntrustedString (whose str() is not the text): unwrap it first.
    """
    text = untrusted_text(value)
    if not isinstance(text, str):
        raise TypeError(f"expected text from the spec, got {type(text).__name__}")
    return repr(text)


def python_int(value: Any) -> str:
    """An integer from the spec (an int enum's value) as a Python literal; anything else is refused."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer from the spec, got {type(value).__name__}")
    return str(value)


def python_literal_of_escaped(value: str) -> str:
    """openapi-python-client keeps enum values pre-escaped for its `"{{ value }}"` (JSON escapes, control
    characters removed): decode them, then render them the one way every literal is rendered."""
    return python_literal(json.loads(f'"{value}"'))


def python_docstring(value: Any) -> str:
    """Text as a triple-quoted Python literal that reads back as the same text (checked), for docstrings.

    Backslashes, quotes that could close the literal and characters that are not printable (NUL, CR,
    U+2028, …) are escaped; newlines stay, so the docstring reads as text in the generated code.
    """
    text = untrusted_text(value)
    if not isinstance(text, str):
        raise TypeError(f"expected text from the spec, got {type(text).__name__}")
    body = "".join(ch if ch == "\n" or (ch.isprintable() and ch not in '\\"') else _escape(ch) for ch in text)
    literal = f'"""{body}"""'
    if ast.literal_eval(literal) != text:  # a guard, not a test: the generator must never emit anything else
        raise ValueError("docstring literal does not read back as its text")
    return literal


def _escape(ch: str) -> str:
    if ch in '\\"':
        return "\\" + ch
    return ch.encode("unicode_escape").decode("ascii")


def toml_literal(value: Any) -> str:
    """Text as a TOML basic string: JSON's string escapes (with \\uXXXX for the rest) are all valid TOML."""
    if not isinstance(value, str):
        raise TypeError(f"expected text from the spec, got {type(value).__name__}")
    return json.dumps(value)


def python_data_literal(value: Any) -> str:
    """JSON-like data from the spec (a trimmed schema, a lifecycle's states) as a Python literal that reads back as
    the same data (checked): strings through `python_literal`, numbers, booleans, None, lists, tuples and dicts
    with string keys."""
    literal = _data(value)
    if ast.literal_eval(literal) != value:  # a guard, not a test: the generator must never emit anything else
        raise ValueError("data literal does not read back as its value")
    return literal


def _data(value: Any) -> str:
    if isinstance(value, str):
        return python_literal(value)
    if value is None or isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("a schema number that is not finite")
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_data(item) for item in value) + "]"
    if isinstance(value, tuple):  # a tuple stays one: `(x,)` for one item
        return "(" + ", ".join(_data(item) for item in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{python_literal(str(key))}: {_data(item)}" for key, item in value.items()) + "}"
    raise TypeError(f"not JSON data: {type(value).__name__}")
