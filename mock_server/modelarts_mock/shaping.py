"""Shaping one answer from another: a created resource's show answer from the request, a create's or a list's
answer from the show answer. Values move only where the target's schema has the same key and the value has the
same JSON type; what the schema still refuses (an enum, a pattern) is put back from the template, so every shaped
body fits its schema.
"""

from __future__ import annotations

from typing import Any

from jsonschema.protocols import Validator
from modelarts_spec.diagnostics import pointer_split
from modelarts_spec.openapi import property_names, property_schema

from modelarts_mock import schemas
from modelarts_mock.backend import json_copy

Schema = tuple[Any, str]  # a schema and its pointer in the spec
_MAX_DEPTH = 32  # bodies are at most 64 levels deep (json_input); objects this deep are copied whole
_MAX_REPAIRS = 64  # misfits put back before giving up and answering the template


def overlay(spec: dict[str, Any], schema: Schema | None, base: Any, given: Any, depth: int = 0) -> Any:
    """A copy of `base` with the values of `given` at the keys `schema` (or `base`) has, recursively for objects."""
    if not isinstance(base, dict) or not isinstance(given, dict):
        return base
    names = property_names(spec, *schema) if schema is not None else set()
    out = dict(base)
    for key, value in given.items():
        if key not in names and key not in base:
            continue
        current = out.get(key)
        if isinstance(value, dict) and isinstance(current, dict) and depth < _MAX_DEPTH:
            sub = property_schema(spec, schema[0], schema[1], key) if schema is not None else None
            out[key] = overlay(spec, sub, current, value, depth + 1)
        elif key not in out or current is None or _same_type(current, value):
            out[key] = json_copy(value)
    return out


_NESTS = ("metadata", "spec")  # where the v2 APIs keep what their v1-style update bodies send at the top


def nested(stored: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """`given` with each top-level field the stored answer lacks moved to where it has it: ChangeTrainingJobDescription
    sends `{"description"}`, ShowTrainingJobDetails shows `/metadata/description`."""
    moved = dict(given)
    for key, value in given.items():
        if key in stored:
            continue
        home = next((n for n in _NESTS if isinstance(stored.get(n), dict) and key in stored[n]), None)
        if home is not None:
            moved.pop(key)
            inner = moved.get(home)
            moved[home] = {**(inner if isinstance(inner, dict) else {}), key: value}
    return moved


def _same_type(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool)
    if isinstance(a, int | float) and isinstance(b, int | float):
        return True
    return type(a) is type(b) or (isinstance(a, dict) and isinstance(b, dict)) or (isinstance(a, list) and isinstance(b, list))


def repair(validator: Validator, shaped: Any, template: Any) -> Any:
    """`shaped`, with each value the schema refuses put back as `template` has it (or removed); the template itself
    if that does not make it fit."""
    for _ in range(_MAX_REPAIRS):
        error = schemas.first_error(validator, shaped)
        if error is None:
            return shaped
        path = list(error.absolute_path)
        if not path or not _restore(shaped, template, path):
            return template
    return template if schemas.first_error(validator, shaped) is not None else shaped


def _restore(shaped: Any, template: Any, path: list[Any]) -> bool:
    """Put the template's value at `path` (or its nearest existing parent's) into `shaped`; False if nothing changed."""
    for cut in range(len(path), 0, -1):
        parent_path, last = path[: cut - 1], path[cut - 1]
        parent, original = get_path(shaped, parent_path), get_path(template, parent_path)
        if not isinstance(parent, dict | list):
            continue
        if isinstance(original, dict) and isinstance(parent, dict) and isinstance(last, str):
            if last in original:
                if parent.get(last) != original[last]:
                    parent[last] = json_copy(original[last])
                    return True
                continue
            if last in parent:
                del parent[last]
                return True
        elif isinstance(parent, list) and isinstance(original, list) and parent != original:
            parent[:] = json_copy(original)
            return True
    return False


def get_path(value: Any, path: list[Any]) -> Any:
    for token in path:
        if isinstance(value, dict) and token in value:
            value = value[token]
        elif isinstance(value, list) and _index(token, value) is not None:
            value = value[_index(token, value)]  # type: ignore[index]
        else:
            return None
    return value


def _index(token: Any, items: list[Any]) -> int | None:
    """A list index from a path (an int) or a JSON pointer token (digits); None if out of range."""
    index = token if isinstance(token, int) else int(token) if isinstance(token, str) and token.isdigit() and len(token) < 10 else None
    return index if index is not None and 0 <= index < len(items) else None


def get_at(value: Any, pointer: str) -> Any:
    return get_path(value, list(pointer_split(pointer))) if pointer else value


def set_at(value: Any, pointer: str, new: Any) -> None:
    """Set the value at `pointer`, making the objects on the way; a pointer through a non-object is ignored."""
    tokens = list(pointer_split(pointer))
    if not tokens or not isinstance(value, dict):
        return
    for token in tokens[:-1]:
        if isinstance(value, list):
            index = _index(token, value)
            if index is None:
                return
            nested = value[index]
        else:
            nested = value.get(token)
            if nested is None:
                nested = value[token] = {}
        if not isinstance(nested, dict | list):
            return
        value = nested
    if isinstance(value, list):
        index = _index(tokens[-1], value)
        if index is not None:
            value[index] = new
    else:
        value[tokens[-1]] = new
