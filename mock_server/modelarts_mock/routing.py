"""The spec's paths as a routing table, matched on the raw (still percent-encoded) path.

Matching the raw path segment by segment keeps an encoded `/` (`%2F`) inside its segment, and
lets a bad escape in a parameter become a 400 that names the parameter.

The table is a tree of segments (stripe-mock's spec-as-routing-table, indexed): a request follows its own
segments, the literal child first and the parameter child when the literal one leads nowhere, so matching costs
the path's length, not the number of operations. As OpenAPI says, the path is matched first, concrete before
templated: a literal beats a parameter at the first position where two templates differ (`/notebooks/all`
before `/notebooks/{id}`); then the method, among the operations of that path (`DELETE /notebooks/all` is a 405
when only GET is documented there, `Allow: GET`, as the spec's path item says). Parameters are one kind of
segment whatever their names, so `/notebooks/{id}` and `/notebooks/{instance_id}/storage` share a branch, and
each method keeps its own template's names (`/p/{a}` for POST beside `/p/{b}` for GET).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import unquote_to_bytes

from modelarts_mock.errors import GATEWAY_NOT_FOUND, BadRequest, MethodNotAllowed, NotFound

T = TypeVar("T")
_PARAM = re.compile(r"^\{([^{}/]+)\}$")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


@dataclass(frozen=True)
class Route(Generic[T]):
    template: str
    segments: tuple[str | None, ...]  # literal text, or None where a parameter goes
    names: tuple[str, ...]  # parameter names, in path order
    target: T


def decode_segment(raw: str) -> str | None:
    """Percent-decoded UTF-8 text of one raw path segment, or None if the escapes or the bytes are invalid."""
    if "%" not in raw:
        return raw  # the common case: nothing escaped (uvicorn only passes ASCII targets)
    if _BAD_ESCAPE.search(raw):
        return None
    try:
        return unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return None


def parse_template(template: str) -> tuple[tuple[str | None, ...], tuple[str, ...]]:
    """`/v2/{project_id}/pools` → the segments (None for a parameter) and the parameter names in order."""
    parts = template.split("/")
    params = [_PARAM.match(part) for part in parts]
    return tuple(None if match else part for part, match in zip(parts, params, strict=True)), tuple(m.group(1) for m in params if m)


class _Node(Generic[T]):
    """One position of the tree: children by literal text, the child for a parameter, the routes ending here by method."""

    __slots__ = ("literal", "methods", "param")

    def __init__(self) -> None:
        self.literal: dict[str, _Node[T]] = {}
        self.param: _Node[T] | None = None
        self.methods: dict[str, Route[T]] = {}

    def add(self, method: str, route: Route[T]) -> None:
        node = self
        for segment in route.segments:
            if segment is None:
                node.param = node.param or _Node()
                node = node.param
            else:
                node = node.literal.setdefault(segment, _Node())
        node.methods.setdefault(method, route)  # one shape twice with the same method: the first template by order

    def first(self, decoded: list[str | None], index: int = 0) -> _Node[T] | None:
        """The most specific node where the path ends (the hot path: most requests stop here)."""
        if index == len(decoded):
            return self if self.methods else None
        text = decoded[index]
        child = self.literal.get(text) if text is not None else None
        found = child.first(decoded, index + 1) if child is not None else None
        if found is None and self.param is not None:
            found = self.param.first(decoded, index + 1)
        return found


class Router(Generic[T]):
    def __init__(self, table: Iterable[tuple[str, str, T]], bad_request_code: str) -> None:
        """`table`: (path template, HTTP method, target) for every operation of the spec."""
        routes = sorted(((template, method.upper(), target) for template, method, target in table), key=lambda r: (r[0], r[1]))
        self._tree: _Node[T] = _Node()
        self._longest = 0
        for template, method, target in routes:
            segments, names = parse_template(template)
            self._tree.add(method, Route(template, segments, names, target))
            self._longest = max(self._longest, len(segments))
        self._bad_request_code = bad_request_code

    def match(self, method: str, raw_path: str) -> tuple[T, dict[str, str]]:
        """The target for METHOD raw_path and its decoded path parameters; NotFound, MethodNotAllowed or BadRequest."""
        raw_segments = raw_path.split("/")
        if len(raw_segments) <= self._longest:  # a longer path has no route: the search stays as deep as the spec's tree
            decoded = [decode_segment(segment) for segment in raw_segments]
            node = self._tree.first(decoded)
            if node is not None:
                route = node.methods.get(method)
                if route is None:
                    raise self._not_allowed(method, node.methods)
                return route.target, self._path_params(route, decoded)
        raise NotFound(GATEWAY_NOT_FOUND, "The API does not exist or has not been published in the environment.")

    @staticmethod
    def _not_allowed(method: str, allowed: dict[str, Route[T]]) -> MethodNotAllowed:
        methods = ", ".join(sorted(allowed))
        templates = " or ".join(sorted({route.template for route in allowed.values()}))
        return MethodNotAllowed(
            GATEWAY_NOT_FOUND, f"method {method[:20]} is not allowed on {templates}; allowed: {methods}", headers={"Allow": methods}
        )

    def _path_params(self, route: Route[T], decoded: list[str | None]) -> dict[str, str]:
        values: dict[str, str] = {}
        names = iter(route.names)
        for literal, text in zip(route.segments, decoded, strict=True):
            if literal is not None:
                continue
            name = next(names)
            if text is None:
                raise BadRequest(self._bad_request_code, f"path parameter '{name}': invalid percent-encoding or not UTF-8")
            values[name] = text
        return values
