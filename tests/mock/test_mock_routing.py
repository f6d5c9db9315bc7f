"""The route tree answers every request as the route list it replaced did, at 15 and at 1,500 operations.

The reference below is the previous matcher (every route of the request's segment count tried in order:
literal before parameter at the first differing position, then by template), kept here as the oracle.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from modelarts_mock.errors import GATEWAY_NOT_FOUND, BadRequest, MethodNotAllowed, NotFound
from modelarts_mock.routing import Router, decode_segment
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import operations

from bench.scale_spec import derive

_PARAM = re.compile(r"^\{([^{}/]+)\}$")
CODE = "ModelArts.50004000"


class ReferenceRouter:
    """The linear matcher as it was: answers (target, params) or raises as the Router does."""

    def __init__(self, table: list[tuple[str, str, str]]) -> None:
        by_path: dict[str, dict[str, str]] = {}
        for template, method, target in table:
            by_path.setdefault(template, {})[method.upper()] = target
        routes = []
        for template, methods in by_path.items():
            segments = tuple(None if _PARAM.match(part) else part for part in template.split("/"))
            routes.append((template, segments, methods))
        self.ordered = sorted(routes, key=lambda r: (tuple(s is None for s in r[1]), r[0]))

    def match(self, method: str, raw_path: str) -> tuple[str, dict[str, str]]:
        decoded = [decode_segment(s) for s in raw_path.split("/")]
        for template, segments, methods in self.ordered:
            if len(segments) == len(decoded) and all(s is None or s == d for s, d in zip(segments, decoded, strict=True)):
                if method not in methods:
                    allowed = ", ".join(sorted(methods))
                    raise MethodNotAllowed(
                        GATEWAY_NOT_FOUND, f"method {method} is not allowed on {template}; allowed: {allowed}", headers={"Allow": allowed}
                    )
                values = {}
                for part, segment, text in zip(template.split("/"), segments, decoded, strict=True):
                    if segment is None:
                        name = _PARAM.match(part).group(1)  # type: ignore[union-attr]
                        if text is None:
                            raise BadRequest(CODE, f"path parameter '{name}': invalid percent-encoding or not UTF-8")
                        values[name] = text
                return methods[method], values
        raise NotFound(GATEWAY_NOT_FOUND, "The API does not exist or has not been published in the environment.")


def _answer(router: Any, method: str, path: str) -> tuple[Any, ...]:
    try:
        return ("ok", *router.match(method, path))
    except (NotFound, MethodNotAllowed, BadRequest) as exc:
        return (type(exc).__name__, str(exc), getattr(exc, "headers", None))


def _table(spec: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(op.path, op.method.upper(), op.operation_id) for op in operations(spec)]


def _requests(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """Every operation's own path (parameters filled) and near misses around it."""
    found = []
    for op in operations(spec):
        concrete = re.sub(r"\{[^{}/]+\}", "abc", op.path)
        parts = concrete.split("/")
        found += [(op.method.upper(), concrete), ("PATCH", concrete), ("GET", concrete + "/extra"), ("GET", concrete.rsplit("/", 1)[0])]
        found += [
            ("GET", concrete.replace("abc", "a%2Fb")),
            ("GET", concrete.replace("abc", "a%zz")),
            ("GET", concrete.replace("abc", "%ff")),
        ]
        found += [("GET", "/".join([*parts[:-1], "specifications"])), ("GET", "/".join([*parts[:2], "x", *parts[3:]]))]
        found += [(op.method.upper(), concrete.replace("/v2/", "/v2%2F")), (op.method.upper(), concrete + "/")]
    return [*found, ("GET", "/"), ("GET", ""), ("GET", "/" * 500), ("GET", "/v2")]


@pytest.mark.parametrize("copies", [1, 3, pytest.param(100, marks=pytest.mark.slow)])
def test_the_tree_answers_as_the_route_list_did(spec_doc: YamlDocument, copies: int) -> None:
    spec = derive(spec_doc.data, copies, share_components=True)
    table = _table(spec)
    tree, reference = Router(table, CODE), ReferenceRouter(table)
    requests = _requests(spec)
    answers = [(_answer(tree, m, p), _answer(reference, m, p)) for m, p in requests]
    assert all(ours == theirs for ours, theirs in answers), next((m, p) for (m, p), (o, t) in zip(requests, answers, strict=True) if o != t)
    kinds = {ours[0] for ours, _ in answers}
    assert kinds == {"ok", "NotFound", "MethodNotAllowed", "BadRequest"}  # every kind of answer was exercised
    for op in operations(spec):  # every operation's own path reaches that operation
        assert tree.match(op.method.upper(), re.sub(r"\{[^{}/]+\}", "abc", op.path))[0] == op.operation_id


def test_literal_beats_parameter_at_the_first_difference_with_backtracking() -> None:
    table = [
        ("/a/{x}/c", "GET", "param-then-c"),
        ("/a/b/{y}", "GET", "b-then-param"),
        ("/a/b/d/e", "GET", "deep-literal"),
        ("/a/{x}/d/f", "GET", "param-d-f"),
        ("/p/{b}", "GET", "second-by-template"),
        ("/p/{a}", "POST", "first-by-template"),  # same shape, other name: the first template by order answers
    ]
    tree, reference = Router(table, CODE), ReferenceRouter(table)
    for path in ("/a/b/c", "/a/b/z", "/a/q/c", "/a/b/d/e", "/a/b/d/f", "/a/b/d/g", "/a/q/d/f", "/p/v"):
        for method in ("GET", "POST"):
            assert _answer(tree, method, path) == _answer(reference, method, path), (method, path)
    assert tree.match("POST", "/p/v") == ("first-by-template", {"a": "v"})
    assert tree.match("GET", "/a/b/c")[0] == "b-then-param"
    assert tree.match("GET", "/a/b/d/f")[0] == "param-d-f"  # the literal branch /a/b/d/… leads nowhere: back to {x}


def test_a_route_list_of_another_shape_is_told_apart() -> None:
    """The oracle is not vacuous: a router preferring parameters would differ from it."""
    table = [("/s/{id}", "GET", "param"), ("/s/specifications", "GET", "static")]
    reference = ReferenceRouter(table)
    assert reference.match("GET", "/s/specifications")[0] == "static"
    reversed_order = ReferenceRouter(table)
    reversed_order.ordered.reverse()
    assert _answer(reversed_order, "GET", "/s/specifications") != _answer(Router(table, CODE), "GET", "/s/specifications")
