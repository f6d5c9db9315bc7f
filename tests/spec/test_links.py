"""OpenAPI links (`modelarts_spec.links`): the committed spec's links all resolve, and each way a link can fail
to lead anywhere (an unknown target, an unknown or missing parameter, an expression that cannot be resolved)
is refused by `validate` at the link's pointer and line, on a small spec and in a part of the real one."""

from __future__ import annotations

from pathlib import Path

import pytest
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations, parameters, success_response
from modelarts_spec.validate import validate

from tests.support import SPEC, line_of
from tests.support.small_spec import broken, findings
from tests.support.spec_tree import edit, spec_copy, spec_data

CODES = {"link-target-unknown", "link-parameter-unknown", "link-parameter-missing", "link-expression-invalid"}
# The creates whose answers carry no id of what they made, nor does the request (see the YAML comment there).
WITHOUT_LINKS = {"UploadSamplesJson", "CreateWorker"}


def test_the_small_spec_has_no_link_problem(tmp_path: Path) -> None:
    path, _ = broken(tmp_path, "widgets\n", "widgets\n")
    assert findings(path, CODES) == []


ID = "widget_id: $response.body#/id\n"
SHOW = "/links/ShowWidget/parameters/widget_id"
DELETE = "              operationId: DeleteWidget\n"  # the link's (the operation's own is indented less)
# name: (text replaced, replacement, code, pointer below the create's 201, the text on the line it is reported at)
BREAKAGES = {
    "unknown operationId": (
        DELETE,
        DELETE.replace("DeleteWidget", "DropWidget"),
        "link-target-unknown",
        "/links/DeleteWidget/operationId",
        "DropWidget",
    ),
    "operationRef": (
        DELETE,
        DELETE.replace("operationId: DeleteWidget", "operationRef: '#/paths/~1v1~1{project_id}~1widgets~1{widget_id}/delete'"),
        "link-target-unknown",
        "/links/DeleteWidget/operationRef",
        "operationRef",
    ),
    "unknown parameter": (
        ID,
        ID + "                colour: $request.path.project_id\n",
        "link-parameter-unknown",
        "/links/ShowWidget/parameters/colour",
        "colour",
    ),
    "wrong location": (
        "X-Trace: $request",
        "query.X-Trace: $request",
        "link-parameter-unknown",
        "/links/UpdateWidget/parameters/query.X-Trace",
        "query.X-Trace",
    ),
    "path parameter missing": (
        "                widget_id: $response.body#/items/0/id\n",
        "",
        "link-parameter-missing",
        "/links/DeleteWidget/parameters",
        "DeleteWidget:",
    ),
    "not an expression": (ID, "widget_id: w-1\n", "link-expression-invalid", SHOW, "widget_id: w-1"),
    "a constant number": (ID, "widget_id: 7\n", "link-expression-invalid", SHOW, "widget_id: 7"),
    "unsupported source": (ID, "widget_id: $statusCode\n", "link-expression-invalid", SHOW, "$statusCode"),
    "body without pointer": (ID, "widget_id: $response.body.id\n", "link-expression-invalid", SHOW, "body.id"),
    "no such response field": (ID, "widget_id: $response.body#/uuid\n", "link-expression-invalid", SHOW, "#/uuid"),
    "field is an object": (ID, "widget_id: $response.body#/metadata/labels\n", "link-expression-invalid", SHOW, "#/metadata/labels"),
    "not in the example": (ID, "widget_id: $response.body#/items/1/id\n", "link-expression-invalid", SHOW, "#/items/1/id"),
    "no such request field": (
        "$request.body#/name",
        "$request.body#/spec/name",
        "link-expression-invalid",
        "/links/UpdateWidget/parameters/widget_id",
        "#/spec/name",
    ),
    "not the source's parameter": (ID, "widget_id: $request.path.widget_id\n", "link-expression-invalid", SHOW, "path.widget_id"),
    "request header unknown": (
        "header.X-Trace",
        "header.X-Span",
        "link-expression-invalid",
        "/links/UpdateWidget/parameters/X-Trace",
        "X-Span",
    ),
    "response header unknown": (ID, "widget_id: $response.header.X-Widget\n", "link-expression-invalid", SHOW, "X-Widget"),
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_each_broken_link_is_refused_at_its_line(tmp_path: Path, name: str) -> None:
    old, new, code, where, needle = BREAKAGES[name]
    path, text = broken(tmp_path, old, new)
    found = findings(path, CODES)
    assert [d.code for d in found] == [code], [d.to_text() for d in found]
    [problem] = found
    assert problem.pointer == "/paths/~1v1~1{project_id}~1widgets/post/responses/201" + where
    assert problem.file == str(path) and problem.hint
    line = next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)
    assert problem.line == line + (2 if name == "path parameter missing" else 0)  # the link's `parameters:`


def test_a_response_header_is_a_valid_source(tmp_path: Path) -> None:
    path, _ = broken(tmp_path, "widget_id: $response.body#/id\n", "widget_id: $response.header.location\n")
    assert findings(path, CODES) == []


@pytest.mark.slow
def test_the_committed_spec_has_no_link_problem() -> None:
    assert [d.to_text() for d in validate(load_openapi(SPEC)) if d.code in CODES] == []


def test_every_create_with_an_item_path_links_to_it() -> None:
    """A POST whose path plus one segment is another path (its item) links from its success answer to every
    operation on that item, unless it is one of the creates that cannot (WITHOUT_LINKS)."""
    spec = spec_data()
    ops = operations(spec)
    for create in ops:
        items = {op.path for op in ops if _is_item(create.path, op.path)}
        if create.method != "post" or not items:
            continue
        success = success_response(create)
        assert success is not None
        links = success[1].get("links") or {}
        if create.operation_id in WITHOUT_LINKS:
            assert links == {}, create.operation_id
            continue
        on_item = {op.operation_id for op in ops if op.path in items}
        assert on_item <= set(links), (create.operation_id, on_item - set(links))
        for link_name, link in links.items():
            assert link_name == link["operationId"]
            target = next(op for op in ops if op.operation_id == link["operationId"])
            names = {p["name"] for p, _ in parameters(spec, target) if p["in"] == "path"}
            assert set(link["parameters"]) == names, link_name


def _is_item(collection: str, path: str) -> bool:
    """`path` is `collection` plus one path parameter, the parameters' names aside."""
    a, b = collection.strip("/").split("/"), path.strip("/").split("/")
    if len(b) != len(a) + 1 or not b[-1].startswith("{"):
        return False
    return all(x == y or (x.startswith("{") and y.startswith("{")) for x, y in zip(a, b, strict=False))


@pytest.mark.slow
def test_a_broken_link_in_a_part_names_the_part_and_line(tmp_path: Path) -> None:
    root = spec_copy(tmp_path)
    old = "                training_job_id: $response.body#/metadata/id\n            ChangeTrainingJobDescription:"
    part = edit(root, old, old.replace("/metadata/id", "/metadata/uuid"))
    found = [d for d in validate(load_openapi(root)) if d.code in CODES]
    assert [d.code for d in found] == ["link-expression-invalid"]
    assert found[0].file == str(part) and found[0].line == line_of(part, "/metadata/uuid")
    assert found[0].pointer is not None and found[0].pointer.endswith("/links/ShowTrainingJobDetails/parameters/training_job_id")
