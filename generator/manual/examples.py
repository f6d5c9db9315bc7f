"""The manual's JSON examples, read by the bounded reader every other input goes through.

An example is found inside prose (the Chinese text runs it on into the next status marker; an RST
code block holds it alone), so its extent is found first by a flat scan that stops at the reader's
nesting limit (the `json` module would recurse once per `[`). The text of that extent is then read
by `modelarts_spec`'s fast JSON path within the data-file limits, and what that path refuses is read
by the YAML reader for its diagnostic: a repeated key, NaN or infinity, an over-long integer, nesting
beyond the limit. Every refusal is an `Unreadable` the callers turn into an `example-unreadable`
warning naming the page and line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from modelarts_spec.diagnostics import InputError
from modelarts_spec.fast_json import NOT_FAST, fast_json
from modelarts_spec.loader import STRICT, parse_yaml

# A JSON string whole (so brackets inside it are not counted), or one bracket. A quote that is never closed is taken
# with the rest of the text at once (possessive): every later quote would be unclosed too, so from there on only
# brackets count, as a retry of each later quote would find, at the cost of one pass instead of one per quote.
TOKEN_RE = re.compile(r'"(?:[^"\\]|\\.)*+(?P<closed>")?|[\[\]{}]', re.S)
BRACKET_RE = re.compile(r"[\[\]{}]")
# A UTF-16 surrogate escape that is not half of a pair: JSON reads it as a string no UTF-8 file can hold.
LONE_SURROGATE_RE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<![0-9a-fA-F]{4})\\u[dD][c-fC-F][0-9a-fA-F]{2}")


class Unreadable(Exception):
    """Why an example cannot be read, and the line of the problem counted from the example's first line (1)."""

    def __init__(self, reason: str, line: int = 1) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def read_json_at(text: str, begin: int, name: str) -> tuple[Any, int]:
    """The JSON value that starts at text[begin] (a `{` or `[`) and the index just after it."""
    end = _extent(text, begin)
    return read_json(text[begin:end], name), end


def read_json(text: str, name: str) -> Any:
    """The whole of `text` as one JSON value, within the reader's limits; Unreadable otherwise."""
    start = text.lstrip()[:1]
    if start in ("{", "["):
        _extent(text, text.index(start))  # refuses deep nesting before anything recursive reads it
    try:
        data = fast_json(text, name, STRICT)
        if data is not NOT_FAST:
            return _text_only(data, text)
        parse_yaml(text, name, STRICT)  # for its diagnostic: why the fast path refused the text
    except InputError as refused:
        raise Unreadable(refused.diagnostic.message, refused.diagnostic.line or 1) from None
    try:  # YAML also reads what JSON does not (a trailing comma, single quotes): say why JSON refuses it
        json.loads(text)
    except ValueError as exc:
        message = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise Unreadable(f"{message} at character {getattr(exc, 'pos', 0)}", getattr(exc, "lineno", 1)) from None
    raise Unreadable("not plain JSON")


def _text_only(data: Any, text: str) -> Any:
    """`data`, unless a lone surrogate escape made one of its strings unwritable (every transcription is UTF-8)."""
    if "\\u" not in text:
        return data
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        found = LONE_SURROGATE_RE.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else 1
        raise Unreadable("a lone UTF-16 surrogate escape (\\ud800-\\udfff) is not text", line) from None
    return data


def _extent(text: str, begin: int) -> int:
    depth = 0
    for token in _tokens(text, begin):
        mark = token.group()
        if mark in ("[", "{"):
            depth += 1
            if depth > STRICT.max_depth:
                raise Unreadable(f"nesting deeper than {STRICT.max_depth} (the reader's limit)", text.count("\n", begin, token.start()) + 1)
        elif mark in ("]", "}"):
            depth -= 1
            if depth <= 0:
                return token.end()
    raise Unreadable("the example ends before its closing bracket", text.count("\n", begin, len(text)) + 1)


def _tokens(text: str, begin: int) -> Iterator[re.Match[str]]:
    """Strings and brackets from `begin`; after a string that is never closed, brackets only."""
    for token in TOKEN_RE.finditer(text, begin):
        if token.group().startswith('"') and token.group("closed") is None:
            yield from BRACKET_RE.finditer(text, token.start() + 1)
            return
        yield token
