"""A spec with write operations, and a fake that serves it, for the contract suite's own tests (and bench/contract_scale.py).

`writes_spec(folder)` writes the committed spec (merged by `load_openapi`, so a split spec too) plus the write
operations of `contract_writes.yaml` as one JSON file. `WritesFake` serves any such spec: its reads go to the
built-in mock (serving the same spec without its writes), its writes are answered here as a careful fake
would — credentials checked by the mock's own authenticator, path parameters and the JSON body checked against
the spec (400 naming the pointer), unknown ids 404, the documented success status and example — and a method a
path does not declare gets 405 with `Allow`. The factories at the bottom are `--app FILE.py:NAME` targets: one
honest, the others broken on purpose.
"""

from __future__ import annotations

import copy
import json
import os
import re
import tempfile
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any, NoReturn
from urllib.parse import unquote

from modelarts_mock import Settings, create_app
from modelarts_mock.auth import Authenticator
from modelarts_mock.errors import GATEWAY_NOT_FOUND, MockError
from modelarts_mock.schemas import compile_validator, describe, first_error, instance_pointer
from modelarts_mock.wire import RawRequest, read_request
from modelarts_spec.loader import load_openapi, load_yaml
from modelarts_spec.openapi import Operation, deref, operations, parameters, success_response
from modelarts_spec.servable import error_example

OVERLAY = Path(__file__).with_name("contract_writes.yaml")
READS = ("get", "head")


def with_writes(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` with the overlay's write operations and components added (`spec` is not changed)."""
    merged = copy.deepcopy(spec)
    overlay = load_yaml(OVERLAY).data
    for path, item in overlay["paths"].items():
        merged["paths"].setdefault(path, {}).update(item)
    for kind, named in overlay["components"].items():
        merged.setdefault("components", {}).setdefault(kind, {}).update(named)
    return merged


def write_spec(folder: Path, data: dict[str, Any], name: str = "writes.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def writes_spec(folder: Path) -> Path:
    """The committed spec plus the overlay's writes, as a file the suite's --spec (and the fakes below) read."""
    from tests.support import SPEC

    return write_spec(folder, with_writes(load_openapi(SPEC).data))


def reads_only(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` without its write operations: paths left without an operation and components nothing refers
    to any more are dropped too (the mock refuses a spec with unused components)."""
    result = copy.deepcopy(spec)
    for path, item in list(result["paths"].items()):
        for method in [m for m in item if m in ("put", "post", "delete", "patch", "options", "trace")]:
            del item[method]
        if not any(method in item for method in READS):
            del result["paths"][path]
    components = result.get("components") or {}
    while True:
        referred = set(_refs(result["paths"])) | {ref for named in components.values() for ref in _refs(named)}
        unused = [(kind, name) for kind, named in components.items() if kind != "securitySchemes" for name in named]
        unused = [(kind, name) for kind, name in unused if f"#/components/{kind}/{name}" not in referred]
        if not unused:
            return result
        for kind, name in unused:
            del components[kind][name]


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [node["$ref"]] if isinstance(node.get("$ref"), str) else [ref for value in node.values() for ref in _refs(value)]
    return [ref for value in node for ref in _refs(value)] if isinstance(node, list) else []


class Reply(Exception):
    def __init__(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status, self.body, self.headers = status, body, headers or {}


class WritesFake:
    """Reads to the built-in mock, writes answered from the spec (see the module's docstring)."""

    def __init__(self, settings: Settings, *, lax_bodies: tuple[str, ...] = (), statuses: dict[str, int] | None = None) -> None:
        self.spec = load_openapi(settings.spec_path).data
        self.mock = _mock_for_reads(settings, self.spec)
        self.state = SimpleNamespace(mock=self.mock.state.mock)  # the suite resets the mock through it
        self.ops = operations(self.spec)
        self.bad_request = error_example(self.spec, self.ops[0], "400")[0] or {"error_code": "ModelArts.0400"}
        code = (error_example(self.spec, self.ops[0], "401")[0] or {}).get("error_code", "ModelArts.0203")
        self.auth = Authenticator(settings.tokens, settings.keys, settings.clock, code, settings.max_skew) if settings.auth else None
        self.lax_bodies, self.statuses = lax_bodies, statuses or {}
        # Most specific first (literal segments beat parameters): /notebooks/all before /notebooks/{id}.
        templates = sorted(self.spec["paths"], key=lambda t: -sum(not s.startswith("{") for s in t.split("/")))
        self.routes = [(_pattern(t), t, {op.method.upper(): op for op in self.ops if op.path == t}) for t in templates]

    def _route(self, path: str) -> tuple[str, dict[str, Operation]] | None:
        """The most specific path template matching `path` and its operations."""
        return next(((template, methods) for pattern, template, methods in self.routes if pattern.match(path)), None)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        route = self._route(scope["path"]) if scope["type"] == "http" else None
        if route is None or (scope["method"] in route[1] and route[1][scope["method"]].method in READS):
            await self.mock(scope, receive, send)
            return
        request = await read_request(scope, receive)
        try:
            self._answer(request, *route)
        except MockError as error:
            reply = Reply(error.status, {"error_code": error.error_code, "error_msg": error.message}, error.headers)
        except Reply as answered:
            reply = answered
        body = b"" if reply.body is None else json.dumps(reply.body).encode()
        headers = [(b"content-length", str(len(body)).encode())] + ([(b"content-type", b"application/json")] if body else [])
        headers += [(k.lower().encode(), v.encode()) for k, v in reply.headers.items()]
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _answer(self, request: RawRequest, template: str, methods: dict[str, Operation]) -> None:
        if self.auth is not None:
            self.auth.check(request)
        op = methods.get(request.method)
        if op is None:
            allowed = ", ".join(sorted(methods))
            raise Reply(405, {"error_code": GATEWAY_NOT_FOUND, "error_msg": f"{request.method} is not allowed"}, {"Allow": allowed})
        values = dict(zip(template.split("/"), (unquote(s) for s in request.raw_path.split("/")), strict=False))
        for param, _ in parameters(self.spec, op):
            if param.get("in") == "path":
                value = values.get("{" + param["name"] + "}", "")
                self._check(param.get("schema", {}), value, f"path parameter {param['name']}")
                if "example" in param and param["name"] != "project_id" and value != str(param["example"]):
                    raise Reply(404, error_example(self.spec, op, "404")[0])
        self._check_body(op, request)
        status, response = success_response(op) or ("200", {})
        resolved, _ = deref(self.spec, response, "")
        media = (resolved.get("content") or {}).get("application/json") or {}
        raise Reply(self.statuses.get(op.operation_id, int(status)), media.get("example", {} if media else None))

    def _check_body(self, op: Operation, request: RawRequest) -> None:
        body, _ = deref(self.spec, op.data.get("requestBody"), "")
        if not isinstance(body, dict):
            return
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        media = (body.get("content") or {}).get(content_type)
        if media is None:
            self._bad(f"Content-Type {content_type or '(none)'}: expected {', '.join(body.get('content') or {})}")
        try:
            data = json.loads(request.body) if request.body else None
        except ValueError:
            self._bad("the body is not JSON")
        if data is None and body.get("required"):
            self._bad("the request body is required")
        if data is not None and op.operation_id not in self.lax_bodies:
            self._check(media.get("schema", {}), data, "body")

    def _check(self, schema: Any, value: Any, what: str) -> None:
        error = first_error(compile_validator(self.spec, schema), value)
        if error is not None:
            self._bad(f"{what} {instance_pointer(error) or ''}: {describe(error)}".replace(" :", ":"))

    def _bad(self, message: str) -> NoReturn:
        raise Reply(400, {"error_code": self.bad_request["error_code"], "error_msg": message})


def _pattern(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$")


def _mock_for_reads(settings: Settings, spec: dict[str, Any]) -> Any:
    """The built-in mock serving `spec` without its writes (the mock compiles the file once; it can go right after)."""
    handle, name = tempfile.mkstemp(suffix=".json", prefix="contract-reads-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(reads_only(spec), file)
        return create_app(replace(settings, spec_path=Path(name)))
    finally:
        os.unlink(name)


def writes_fake(settings: Settings) -> Any:
    """Honest: every operation of the spec, reads and writes, as documented."""
    return WritesFake(settings)


def accepts_any_body(settings: Settings) -> Any:
    """CreatePool takes any JSON body, valid or not, and answers 201."""
    return WritesFake(settings, lax_bodies=("CreatePool",))


def wrong_write_status(settings: Settings) -> Any:
    """UpdateService answers 200 where the spec documents 204."""
    return WritesFake(settings, statuses={"UpdateService": 200})
