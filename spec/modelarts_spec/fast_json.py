"""The fast path for JSON input: the `json` module, with the same refusals as the YAML reader, or no answer.

Whatever it does not accept outright (a repeated key, NaN or infinity, an over-long integer, too deep,
malformed) goes to the YAML reader, which gives the diagnostic with its line.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, InputError, Level
from modelarts_spec.safe_yaml import Limits

NOT_FAST: Any = object()


class _Refused(Exception):
    pass


class _NotJson(Exception):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        raise _Refused
    return mapping


def _constant(name: str) -> Any:
    raise _NotJson(name)


_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999: json reads it as infinity
        raise _NotJson(text)
    return value


def fast_json(text: str, name: str, limits: Limits) -> Any:
    """The document's value, or NOT_FAST when the text is not plain, well-formed JSON within the limits."""
    # json fails fast on YAML, but a word would mean another thing; a JSON number alone is read as JSON, since
    # YAML 1.1 takes `1e-05` (no dot) for text while the same value inside a JSON object is a number.
    if text.lstrip()[:1] not in ("{", "[", '"') and not _JSON_NUMBER.fullmatch(text.strip()):
        return NOT_FAST
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant, parse_float=_float)
    except (_Refused, ValueError, RecursionError):
        return NOT_FAST
    except _NotJson as exc:  # YAML would read these as text: refuse them here, where they are known
        line = text.count("\n", 0, max(text.find(exc.token), 0)) + 1
        message = f"{exc.token} is not a JSON number (JSON has no NaN or infinity)"
        raise InputError(Diagnostic("yaml-unsafe", Level.ERROR, message, file=name, line=line)) from None
    return data if _within(data, limits) else NOT_FAST


def _within(data: Any, limits: Limits) -> bool:
    """Depth and size, counted over containers only (scalars cannot nest)."""
    count = 0
    level: list[Any] = [data]
    for _depth in range(limits.max_depth):
        below: list[Any] = []
        for value in level:
            if isinstance(value, dict):
                below += [v for v in value.values() if isinstance(v, (dict, list))]
                count += len(value)
            elif isinstance(value, list):
                below += [v for v in value if isinstance(v, (dict, list))]
                count += len(value)
        if count > limits.max_nodes:
            return False
        if not below:
            return True
        level = below
    return False
