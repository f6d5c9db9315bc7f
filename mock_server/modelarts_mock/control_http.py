"""The control plane over HTTP, under the reserved prefix `/_mock/` (ModelArts paths start with /v1/ or /v2/).

Guarded by the mock's own credentials (token or AK/SK signature) or by `X-Mock-Admin-Token` when the
mock was started with --admin-token. Every refusal is a JSON 4xx: {error_code, error_msg, pointer?}.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from typing import Any

from modelarts_mock.auth import Authenticator
from modelarts_mock.control import ControlError, MockControl
from modelarts_mock.errors import MockError
from modelarts_mock.wire import RawRequest, Reply

PREFIX = "/_mock/"
ADMIN_HEADER = "x-mock-admin-token"
BAD = "Mock.BadRequest"


def _refuse(status: int, message: str, pointer: str | None = None, code: str = BAD) -> Reply:
    body: dict[str, Any] = {"error_code": code, "error_msg": message}
    if pointer is not None:
        body["pointer"] = pointer or "/"
    return Reply(status, body)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ControlError("/" + key.replace("~", "~0").replace("/", "~1"), "duplicate key")
        found[key] = value
    return found


def _bad_constant(name: str) -> Any:
    raise ControlError("", f"{name} is not JSON")


def parse_json(body: bytes) -> Any:
    """The request body as JSON; ControlError for bad UTF-8, bad JSON, NaN/Infinity, duplicate keys or deep nesting."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ControlError("", "the body is not UTF-8") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_bad_constant)
    except json.JSONDecodeError as exc:
        raise ControlError("", f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise ControlError("", "JSON nested too deeply") from None


class ControlPlane:
    def __init__(
        self, control: MockControl, authenticator: Authenticator | None, admin_token: str | None, extra: dict[str, Any] | None = None
    ) -> None:
        self.control = control
        self.authenticator = authenticator
        self._admin = admin_token.encode("utf-8") if admin_token else None
        self.extra = extra or {}  # more GET routes (the proxy's deviations): name → () → JSON
        self._routes: dict[str, dict[str, Callable[[RawRequest], Reply]]] = {
            "reset": {"POST": self._reset},
            "resources": {"GET": self._list_resources, "POST": self._add_resources, "DELETE": self._remove_resource},
            "journal": {"GET": self._journal, "DELETE": self._clear_journal},
            "faults": {"GET": self._injections, "POST": self._add_fault, "DELETE": self._clear_faults},
            "latency": {"GET": self._injections, "POST": self._add_latency, "DELETE": self._clear_latency},
        }

    def handle(self, request: RawRequest) -> Reply:
        refused = self._guard(request)
        if refused is not None:
            return refused
        name = request.raw_path[len(PREFIX) :].rstrip("/")
        methods = self._routes.get(name)
        if methods is None and name in self.extra:
            methods = {"GET": lambda r: Reply(200, self.extra[name]())}
        if methods is None:
            return _refuse(
                404,
                f"no control endpoint {PREFIX}{name[:60]}; known: {', '.join(sorted([*self._routes, *self.extra]))}",
                code="Mock.NotFound",
            )
        handler = methods.get(request.method)
        if handler is None:
            reply = _refuse(
                405,
                f"{request.method} is not allowed on {PREFIX}{name}; allowed: {', '.join(sorted(methods))}",
                code="Mock.MethodNotAllowed",
            )
            reply.headers["Allow"] = ", ".join(sorted(methods))
            return reply
        if request.body_too_large:
            return _refuse(413, "control body larger than 1 MiB")
        try:
            return handler(request)
        except ControlError as exc:
            return _refuse(400, exc.message, exc.pointer)

    def _guard(self, request: RawRequest) -> Reply | None:
        admin = request.headers.get(ADMIN_HEADER)
        if self._admin is not None and admin is not None:
            if hmac.compare_digest(admin.encode("utf-8"), self._admin):
                return None
            return _refuse(401, "the X-Mock-Admin-Token is wrong", code="Mock.Unauthorized")
        if self.authenticator is None:
            if self._admin is None:
                return None
            return _refuse(401, "send X-Mock-Admin-Token", code="Mock.Unauthorized")
        try:
            self.authenticator.check(request)
        except MockError as error:
            return _refuse(401, f"control plane: {error.message}", code="Mock.Unauthorized")
        return None

    def _reset(self, request: RawRequest) -> Reply:
        self.control.reset()
        return Reply(200, {"reset": True})

    def _list_resources(self, request: RawRequest) -> Reply:
        return Reply(200, {"projects": self.control.resources})

    def _add_resources(self, request: RawRequest) -> Reply:
        data = parse_json(request.body)
        entries = data if isinstance(data, list) else [data]
        if len(entries) > 1000:
            raise ControlError("", "at most 1000 entries per request")
        checked = []
        for index, raw in enumerate(entries):  # every entry checked before any is filed: nothing half-applied
            try:
                checked.append(self.control.check_entry(raw))
            except ControlError as exc:
                prefix = f"/{index}" if isinstance(data, list) else ""
                raise ControlError(prefix + exc.pointer, exc.message) from None
        for entry in checked:
            self.control.file(entry)
        return Reply(201, {"added": len(entries)})

    def _remove_resource(self, request: RawRequest) -> Reply:
        data = parse_json(request.body)
        if not isinstance(data, dict) or "operation" not in data or not set(data) <= {"operation", "path", "project"}:
            raise ControlError("", "expected {operation, path?, project?}")
        path, project = data.get("path"), data.get("project")
        if path is not None and not isinstance(path, dict):
            raise ControlError("/path", "expected a mapping of path parameter → value")
        if project is not None and not isinstance(project, str):
            raise ControlError("/project", "expected a string")
        if not self.control.remove(str(data["operation"]), path=path, project=project):
            return _refuse(404, "no such resource", code="Mock.NotFound")
        return Reply(200, {"removed": True})

    def _journal(self, request: RawRequest) -> Reply:
        store = self.control.journal_store
        return Reply(200, {"requests": store.listing(), "dropped": store.dropped, "capacity": store.entries.maxlen})

    def _clear_journal(self, request: RawRequest) -> Reply:
        self.control.clear_journal()
        return Reply(200, {"cleared": True})

    def _injections(self, request: RawRequest) -> Reply:
        return Reply(200, self.control.injections.listing())

    def _add_fault(self, request: RawRequest) -> Reply:
        data = parse_json(request.body)
        if not isinstance(data, dict):
            raise ControlError("", "expected an object {operation, kind?, status?, ...}")
        status = data.pop("status", 500)
        operation = data.pop("operation", None)
        try:
            fault = self.control.fail(operation, status, **data) if operation is not None else None
        except TypeError:
            raise ControlError("", "unknown field") from None
        if fault is None:
            raise ControlError("", "'operation' is a required property")
        return Reply(201, fault.to_json())

    def _add_latency(self, request: RawRequest) -> Reply:
        data = parse_json(request.body)
        if not isinstance(data, dict) or "operation" not in data:
            raise ControlError("", "expected an object {operation, ms} or {operation, min_ms, max_ms}")
        extra = sorted(set(data) - {"operation", "ms", "min_ms", "max_ms"})
        if extra:
            raise ControlError("/" + extra[0], "unknown field")
        delay = self.control.delay(data["operation"], data.get("ms"), min_ms=data.get("min_ms"), max_ms=data.get("max_ms"))
        return Reply(201, delay.to_json())

    def _clear_faults(self, request: RawRequest) -> Reply:
        self.control.clear_faults()
        return Reply(200, {"cleared": True})

    def _clear_latency(self, request: RawRequest) -> Reply:
        self.control.clear_latency()
        return Reply(200, {"cleared": True})
