"""The spec's paths as a routing table, matched on the raw (still percent-encoded) path.

Matching the raw path segment by segment keeps an encoded `/` (`%2F`) inside its segment, and
lets a bad escape in a parameter become a 400 that names the parameter. Static segments win
over parameters at every position (`/services/specifications` before `/services/{service_id}`).

The table is a tree of segments (stripe-mock's spec-as-routing-table, indexed): a request follows its own
segments, literal child first, the parameter child when the literal one leads nowhere, so matching costs the
path's length, not the number of operations. That order is the one the routes had when they were tried one by
one (literal before parameter at the first position where two differ, then by template).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
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
    methods: Mapping[str, T]  # "GET" → what the route serves


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


class _Node(Generic[T]):
    """One position of the tree: children by literal text, the child for a parameter, the route ending here."""

    __slots__ = ("literal", "param", "route")

    def __init__(self) -> None:
        self.literal: dict[str, _Node[T]] = {}
        self.param: _Node[T] | None = None
        self.route: Route[T] | None = None

    def add(self, route: Route[T]) -> None:
        node = self
        for segment in route.segments:
            if segment is None:
                node.param = node.param or _Node()
                node = node.param
            else:
                node = node.literal.setdefault(segment, _Node())
        node.route = node.route or route  # two templates differing only in parameter names: the first by template

    def find(self, decoded: list[str | None], index: int = 0) -> Route[T] | None:
        if index == len(decoded):
            return self.route
        text = decoded[index]
        child = self.literal.get(text) if text is not None else None
        found = child.find(decoded, index + 1) if child is not None else None
        if found is None and self.param is not None:
            found = self.param.find(decoded, index + 1)
        return found


class Router(Generic[T]):
    def __init__(self, table: Iterable[tuple[str, str, T]], bad_request_code: str) -> None:
        """`table`: (path template, HTTP method, target) for every operation of the spec."""
        by_path: dict[str, dict[str, T]] = {}
        for template, method, target in table:
            by_path.setdefault(template, {})[method.upper()] = target
        routes = []
        for template, methods in by_path.items():
            parts = template.split("/")
            params = [_PARAM.match(part) for part in parts]
            segments = tuple(None if match else part for part, match in zip(parts, params, strict=True))
            names = tuple(match.group(1) for match in params if match)
            routes.append(Route(template, segments, names, methods))
        self._tree: _Node[T] = _Node()
        for route in sorted(routes, key=lambda r: r.template):
            self._tree.add(route)
        self._longest = max((len(route.segments) for route in routes), default=0)
        self._bad_request_code = bad_request_code

    def match(self, method: str, raw_path: str) -> tuple[T, dict[str, str]]:
        """The target for METHOD raw_path and its decoded path parameters; NotFound, MethodNotAllowed or BadRequest."""
        raw_segments = raw_path.split("/")
        if len(raw_segments) <= self._longest:  # a longer path has no route: the search stays as deep as the spec's tree
            decoded = [decode_segment(segment) for segment in raw_segments]
            route = self._tree.find(decoded)
            if route is not None:
                return self._target(route, method), self._path_params(route, decoded)
        raise NotFound(GATEWAY_NOT_FOUND, "The API does not exist or has not been published in the environment.")

    def _target(self, route: Route[T], method: str) -> T:
        target = route.methods.get(method)
        if target is None:
            allowed = ", ".join(sorted(route.methods))
            raise MethodNotAllowed(
                GATEWAY_NOT_FOUND,
                f"method {method} is not allowed on {route.template}; allowed: {allowed}",
                headers={"Allow": allowed},
            )
        return target

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
