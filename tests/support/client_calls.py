"""Every operation of the spec as a facade call a user would write: path arguments, required query arguments
and the request body taken from the spec's own examples (the manual's pages), so the client can be run over
the whole API against any server and each answer compared with what that server sent."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
from modelarts_mock.schemas import minimal_instance
from modelarts_spec.openapi import Operation, deref, operations, parameters
from openapi_python_client.strings import PythonIdentifier


@dataclass
class Call:
    op: Operation
    group: str  # ma.<group>
    method: str  # ma.<group>.<method>
    args: list[str]  # path arguments, in path order
    kwargs: dict[str, Any] = field(default_factory=dict)  # required query arguments and `body`

    def on(self, ma: Any) -> Any:
        """The facade method's result (a coroutine for AsyncModelArts)."""
        return getattr(getattr(ma, self.group), self.method)(*self.args, **self.kwargs)


def calls(spec: dict[str, Any]) -> list[Call]:
    found = []
    for op in operations(spec):
        path_values, kwargs = {}, {}
        for param, _ in parameters(spec, op):
            if param["in"] == "path" and param["name"] != "project_id":
                path_values[str(param["name"])] = str(param.get("example", f"{param['name']}-1"))
            elif param["in"] == "query" and param.get("required"):
                kwargs[str(PythonIdentifier(param["name"], "field_"))] = _value(spec, param)
        body = request_example(spec, op)
        if body is not None:
            kwargs["body"] = body
        group = str(PythonIdentifier(op.data["tags"][0], "field_"))
        args = [path_values[name] for name in re.findall(r"\{([^{}/]+)\}", op.path) if name in path_values]  # the facade's order
        found.append(Call(op, group, str(PythonIdentifier(op.operation_id, "field_")), args, kwargs))
    return found


def request_example(spec: dict[str, Any], op: Operation) -> Any:
    """The request body's first example, else the smallest body its schema accepts (the mock's own minimal_instance)."""
    body = op.data.get("requestBody")
    if body is None:
        return None
    body, _ = deref(spec, body, "")
    media = body.get("content", {}).get("application/json", {})
    if "example" in media:
        return media["example"]
    examples = media.get("examples") or {}
    return next(iter(examples.values()))["value"] if examples else minimal_instance(spec, media.get("schema", {}))


def _value(spec: dict[str, Any], param: dict[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    schema, _ = deref(spec, param.get("schema", {}), "")
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    return {"integer": 1, "number": 1, "boolean": True}.get(schema.get("type"), "value-1")


def answered(response: httpx.Response) -> Any:
    """The JSON the server sent (None for an answer without a body): what the client's result must hold."""
    response.read()
    return json.loads(response.content) if response.content else None


def check(call: Call, result: Any, request: httpx.Request, response: httpx.Response) -> None:
    """The request went to the operation's path with its arguments and body; the result holds the answer."""
    path = request.url.raw_path.decode()
    assert request.method == call.op.method.upper(), call.op.operation_id
    assert all(quote(arg, safe="") in path for arg in call.args), (call.op.operation_id, path)
    if "body" in call.kwargs:
        assert json.loads(request.content) == call.kwargs["body"], call.op.operation_id
    sent = answered(response)
    if result is None:
        assert sent is None or response.status_code == 204, (call.op.operation_id, sent)
    else:
        assert result.to_dict() == sent, call.op.operation_id
