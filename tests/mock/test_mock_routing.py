"""The route tree answers every request as a plain route list does, at the spec's size and at 100 times it.

The reference below is the linear matcher the tree replaced, kept as the oracle: every route of the request's
segment count tried in order (literal before parameter at the first differing position, then by template); the
first that fits names the path, and the method is looked up among the routes of that path's shape (a 405 listing
their methods if none has it). Routes are (template, method), so templates differing only in parameter names each
keep their own names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pytest
from modelarts_mock.errors import GATEWAY_NOT_FOUND, BadRequest, MethodNotAllowed, NotFound
from modelarts_mock.routing import Router, decode_segment
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import Operation, operations

from bench.scale_spec import derive, subset
from tests.support.mock import PROJECT, SPEC_DATA, client, request_of, success

if TYPE_CHECKING:
    from starlette.testclient import TestClient

_PARAM = re.compile(r"^\{([^{}/]+)\}$")
CODE = "ModelArts.50004000"


class ReferenceRouter:
    """The linear matcher: answers (target, params) or raises as the Router does."""

    def __init__(self, table: list[tuple[str, str, str]]) -> None:
        routes = []
        for template, method, target in sorted(table, key=lambda r: (r[0], r[1].upper())):
            segments = tuple(None if _PARAM.match(part) else part for part in template.split("/"))
            routes.append((template, segments, method.upper(), target))
        self.ordered = sorted(routes, key=lambda r: (tuple(s is None for s in r[1]), r[0]))

    def match(self, method: str, raw_path: str) -> tuple[str, dict[str, str]]:
        decoded = [decode_segment(s) for s in raw_path.split("/")]
        fits = [
            r for r in self.ordered if len(r[1]) == len(decoded) and all(s is None or s == d for s, d in zip(r[1], decoded, strict=True))
        ]
        if not fits:
            raise NotFound(GATEWAY_NOT_FOUND, "The API does not exist or has not been published in the environment.")
        same_path = [r for r in fits if r[1] == fits[0][1]]  # the path first (concrete before templated), then the method
        found = next((r for r in same_path if r[2] == method), None)
        if found is None:
            allowed = {route_method: template for template, _, route_method, _ in reversed(same_path)}
            methods, templates = ", ".join(sorted(allowed)), " or ".join(sorted(set(allowed.values())))
            message = f"method {method[:20]} is not allowed on {templates}; allowed: {methods}"
            raise MethodNotAllowed(GATEWAY_NOT_FOUND, message, headers={"Allow": methods})
        template, segments, _, target = found
        values = {}
        for part, segment, text in zip(template.split("/"), segments, decoded, strict=True):
            if segment is None:
                name = _PARAM.match(part).group(1)  # type: ignore[union-attr]
                if text is None:
                    raise BadRequest(CODE, f"path parameter '{name}': invalid percent-encoding or not UTF-8")
                values[name] = text
        return target, values


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


def _manual_operations(spec: dict[str, Any]) -> dict[str, Any]:
    """The operations the manual excerpt documents (x-documented-by), as bench-scale multiplies them: 15 → 1,500."""
    ids = {op.operation_id for op in operations(spec) if any(e.get("source") == "manual" for e in op.data.get("x-documented-by") or [])}
    return subset(spec, ids)


@pytest.mark.parametrize(("copies", "base"), [(1, "all"), (3, "all"), pytest.param(100, "manual", marks=pytest.mark.slow)])
def test_the_tree_answers_as_the_route_list_did(spec_doc: YamlDocument, copies: int, base: str) -> None:
    spec = derive(spec_doc.data if base == "all" else _manual_operations(spec_doc.data), copies, share_components=True)
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
        ("/p/{a}", "POST", "first-by-template"),  # same shape, other name: each method keeps its template's names
        ("/s/all", "GET", "static"),
        ("/s/{id}", "DELETE", "param"),  # the path first: DELETE /s/all is a 405 (OpenAPI: concrete before templated)
    ]
    tree, reference = Router(table, CODE), ReferenceRouter(table)
    for path in ("/a/b/c", "/a/b/z", "/a/q/c", "/a/b/d/e", "/a/b/d/f", "/a/b/d/g", "/a/q/d/f", "/p/v", "/s/all", "/s/x"):
        for method in ("GET", "POST", "DELETE", "PUT"):
            assert _answer(tree, method, path) == _answer(reference, method, path), (method, path)
    assert tree.match("POST", "/p/v") == ("first-by-template", {"a": "v"})
    assert tree.match("GET", "/p/v") == ("second-by-template", {"b": "v"})
    assert tree.match("GET", "/s/all") == ("static", {})
    assert tree.match("DELETE", "/s/x") == ("param", {"id": "x"})
    assert _answer(tree, "DELETE", "/s/all") == (
        "MethodNotAllowed",
        "APIGW.0101: method DELETE is not allowed on /s/all; allowed: GET",
        {"Allow": "GET"},
    )
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


# --------------------------------------------------------------- the spec's own templates, served

SPEC_OPS = operations(SPEC_DATA)
METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")


@pytest.fixture(scope="module")
def mock() -> TestClient:
    return client()


@pytest.fixture(autouse=True)
def _fresh(mock: TestClient) -> None:
    """Writes change state: each test starts from the seed (a reset takes ~2 ms)."""
    mock.app.state.mock.reset()  # type: ignore[attr-defined]


def _answered_by(mock: TestClient, method: str, url: str, **sent: Any) -> tuple[str | None, int]:
    """The operation that answered (from the journal) and the status."""
    response = mock.request(method, url, **sent)
    operation: str | None = mock.app.state.mock.journal[-1]["operation"]  # type: ignore[attr-defined]
    return operation, response.status_code


def _concrete(template: str, value: str = "v") -> str:
    return re.sub(r"\{[^{}/]+\}", value, template).replace("{project_id}", PROJECT)


def _literals_beside_parameters() -> list[tuple[Operation, str]]:
    """(an operation at a template with a literal segment, a template with a parameter at that position and the same
    segments before it, segment count alike): the spec's `/notebooks/all` beside `/notebooks/{id}`."""
    found = []
    for op in SPEC_OPS:
        parts = op.path.split("/")
        for other in SPEC_OPS:
            other_parts = other.path.split("/")
            if len(other_parts) != len(parts) or other.path == op.path:
                continue
            diff = next(i for i, (a, b) in enumerate(zip(parts, other_parts, strict=True)) if a != b)
            if not parts[diff].startswith("{") and other_parts[diff].startswith("{"):
                found.append((op, other.path))
                break
    return found


LITERALS = _literals_beside_parameters()


@pytest.mark.parametrize(("op", "beside"), LITERALS, ids=[op.operation_id for op, _ in LITERALS])
def test_a_static_segment_wins_over_a_parameter(mock: TestClient, op: Operation, beside: str) -> None:
    """e.g. `/v1/{p}/services/specifications` is ShowServiceSpecifications, not ShowService with service_id=specifications."""
    method, url, sent = request_of(op.operation_id)
    assert _answered_by(mock, method, url, **sent) == (op.operation_id, success(op.data)[0]), beside


def test_the_spec_has_static_segments_beside_parameters() -> None:
    assert len(LITERALS) >= 3


def test_a_method_the_static_path_lacks_is_405_listing_its_own(mock: TestClient) -> None:
    """The path first, then the method (OpenAPI's rule): `DELETE /notebooks/all` is a 405 listing the methods of
    `/notebooks/all`, though `/notebooks/{id}` has DELETE. Every static path beside a parameter of the spec."""
    for op, beside in LITERALS:
        served = {o.method.upper() for o in SPEC_OPS if o.path == op.path}
        for method in METHODS:
            if method in served:
                continue
            response = mock.request(method, _concrete(op.path))
            assert response.status_code == 405, (method, op.path, response.text)
            assert response.headers["allow"] == ", ".join(sorted(served)), (method, op.path, beside)


ROUTER: Router[str] = Router([(op.path, op.method.upper(), op.operation_id) for op in SPEC_OPS], CODE)


@pytest.mark.parametrize("op", SPEC_OPS, ids=[op.operation_id for op in SPEC_OPS])
def test_each_template_binds_its_own_parameter_names(op: Operation) -> None:
    """Differently named parameters at one position (`/notebooks/{id}` beside `/notebooks/{instance_id}/storage`): each
    operation's path reaches it with its own parameter names."""
    names = re.findall(r"\{([^{}/]+)\}", op.path)
    values = {name: f"v{index}-{name}" for index, name in enumerate(names)}  # no literal of the spec looks like these
    concrete = op.path
    for name, value in values.items():
        concrete = concrete.replace("{" + name + "}", value)
    assert ROUTER.match(op.method.upper(), concrete) == (op.operation_id, values)


def test_the_spec_has_differently_named_parameters_at_one_position() -> None:
    """The case above covers them: two templates with parameters of different names at one position after the same
    segments."""
    by_prefix: dict[tuple[str, ...], set[str]] = {}
    for op in SPEC_OPS:
        parts = op.path.split("/")
        for index, part in enumerate(parts):
            if part.startswith("{"):
                shape = tuple("{}" if p.startswith("{") else p for p in parts[:index])
                by_prefix.setdefault(shape, set()).add(part)
    assert any(len(names) > 1 for names in by_prefix.values())


@pytest.mark.slow
def test_differently_named_parameters_reach_their_operations_in_the_mock(mock: TestClient) -> None:
    """Every operation at a position where another template names its parameter differently answers its own example."""
    checked = 0
    for op in SPEC_OPS:
        parts = op.path.split("/")
        rivals = [o for o in SPEC_OPS if o.path != op.path and _differ_by_names(parts, o.path.split("/"))]
        if rivals:
            mock.app.state.mock.reset()  # type: ignore[attr-defined]  # a delete sent before removed what this one addresses
            method, url, sent = request_of(op.operation_id)
            assert _answered_by(mock, method, url, **sent) == (op.operation_id, success(op.data)[0])
            checked += 1
    assert checked > 0


def _differ_by_names(parts: list[str], other: list[str]) -> bool:
    """Whether two templates have parameters of different names at one position after the same segments."""
    for a, b in zip(parts, other, strict=False):
        if a.startswith("{") and b.startswith("{"):
            if a != b:
                return True
        elif a != b:
            return False
    return False
