"""Hostile edits of a valid document, for the property tests: every place of the document (`pointers`), and a copy
with some places replaced (`replaced`). Starting from what the reader accepts keeps each drawn document close to
valid, so the reader's later checks are reached too, not only its first refusal."""

from __future__ import annotations

import copy
from typing import Any


def pointers(node: Any, pointer: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every node of `node` (its root first), as tuples of keys and indexes."""
    found = [pointer]
    if isinstance(node, dict):
        for key, value in node.items():
            found += pointers(value, (*pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += pointers(value, (*pointer, index))
    return found


def node_at(document: Any, pointer: tuple[Any, ...]) -> Any:
    """The node at a path `pointers` gave."""
    for part in pointer:
        document = document[part]
    return document


def replaced(document: Any, edits: list[tuple[tuple[Any, ...], Any]]) -> Any:
    """A copy of `document` with the node at each path replaced by its value (skipped where an earlier edit removed the path)."""
    result = copy.deepcopy(document)
    for pointer, value in edits:
        if not pointer:
            result = value
            continue
        parent = result
        try:
            for part in pointer[:-1]:
                parent = parent[part]
            parent[pointer[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    return result
