"""The control plane over HTTP, under the reserved prefix `/_mock/` (ModelArts paths start with /v1/ or /v2/),
as its OpenAPI document (`control-openapi.json`, served at /_mock/openapi.json) describes it.

Guarded by the mock's own credentials (token or AK/SK signature) or by `X-Mock-Admin-Token` when the mock was
started with --admin-token. A body must come as `Content-Type: application/json` (a web page cannot send that to
another origin without the browser asking first); an open control plane (--no-auth, no admin token) served on a
socket also refuses a `Host` or `Origin` that is not loopback or allowed (`--allow-host`; host_guard.py).

Each request runs in two steps: reading and checking the body (up to 1 MiB against the spec) in a worker
thread, so no other client waits for it; then the change to the mock's state on the event loop (under the
state's lock: in-process, other loops and threads may read it), so no request ever sees it half-changed. Every refusal is a JSON 4xx:
{error_code, error_msg, pointer?}.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from typing import Any

import anyio.to_thread
from modelarts_core.signing import query_pairs
from starlette.types import Scope, Send

from modelarts_mock import control_doc
from modelarts_mock.auth import Authenticator
from modelarts_mock.control import ControlError, MockControl
from modelarts_mock.errors import MOCK_INTERNAL, MockError
from modelarts_mock.host_guard import HostGuard
from modelarts_mock.injected import SOCKET
from modelarts_mock.json_input import parse_json
from modelarts_mock.wire import RawRequest, Reply, encode, send_reply

log = logging.getLogger("modelarts_mock")
PREFIX = "/_mock/"
ADMIN_HEADER = "x-mock-admin-token"
BAD = "Mock.BadRequest"
MAX_ENTRIES = 1000
Step = Callable[[], Reply]  # what runs on the event loop: the change of state, and the answer


def _refuse(status: int, message: str, pointer: str | None = None, code: str = BAD) -> Reply:
    body: dict[str, Any] = {"error_code": code, "error_msg": message}
    if pointer is not None:
        body["pointer"] = pointer or "/"
    return Reply(status, body)


def _done(reply: Reply) -> Step:
    return lambda: reply


class ControlPlane:
    def __init__(
        self,
        control: MockControl,
        authenticator: Authenticator | None,
        admin_token: str | None,
        extra: dict[str, Any] | None = None,
        allowed_hosts: tuple[str, ...] = (),
    ) -> None:
        self.control = control
        self.authenticator = authenticator
        self._admin = admin_token.encode("utf-8") if admin_token else None
        self.extra = extra or {}  # more GET routes (the proxy's deviations): name → () → JSON
        self.hosts = HostGuard(allowed_hosts)
        self._routes: dict[str, dict[str, Callable[[RawRequest], Step]]] = {
            "": {"GET": self._index},
            "help": {"GET": self._index},
            "openapi.json": {"GET": lambda r: _done(Reply(200, control_doc.document()))},
            "reset": {"POST": self._reset},
            "resources": {"GET": self._list_resources, "POST": self._add_resources, "DELETE": self._remove_resource},
            "journal": {"GET": self._journal, "DELETE": lambda r: self._clear(self.control.clear_journal)},
            "faults": {"GET": self._injections, "POST": self._add_fault, "DELETE": lambda r: self._clear(self.control.clear_faults)},
            "stubs": {"GET": self._injections, "POST": self._add_stub, "DELETE": lambda r: self._clear(self.control.clear_stubs)},
            "latency": {"GET": self._injections, "POST": self._add_latency, "DELETE": lambda r: self._clear(self.control.clear_latency)},
            "clock": {"GET": lambda r: lambda: Reply(200, self.control.clock), "POST": self._advance},
            "lifecycle": {"POST": self._set_state},
        }

    @property
    def routes(self) -> dict[str, list[str]]:
        """Endpoint path → methods, as served now (the proxy's deviations included)."""
        found = {PREFIX + name: sorted(methods) for name, methods in self._routes.items()}
        return found | {PREFIX + name: ["GET"] for name in self.extra}

    async def serve(self, scope: Scope, request: RawRequest, send: Send, request_id: str) -> None:
        """Answer a control request: checks in a worker thread, the change of state here on the event loop."""
        step = self._guard(request, bool((scope.get("extensions") or {}).get(SOCKET)))
        if step is None:
            step = self._route(request)
        if step is None:
            step = await anyio.to_thread.run_sync(self._prepare, request) if request.body else self._prepare(request)
        reply = self._run(step, request)
        reply.headers["X-Request-Id"] = request_id
        await send_reply(reply, send, encode(reply))

    def _run(self, step: Step, request: RawRequest) -> Reply:
        try:
            return step()
        except ControlError as exc:
            return _refuse(exc.status, exc.message, exc.pointer, code=exc.error_code)
        except Exception:
            log.exception("internal error in the control plane: %s %s", request.method, request.raw_path[:200])
            return _refuse(500, "internal error of the mock server (see its log)", code=MOCK_INTERNAL)

    def _prepare(self, request: RawRequest) -> Step:
        """The handler's first step (parsing, checks against the spec); ControlError and bugs become a refusal."""
        try:
            return self._handler(request)(request)
        except ControlError as exc:
            return _done(_refuse(exc.status, exc.message, exc.pointer, code=exc.error_code))
        except Exception:
            log.exception("internal error in the control plane: %s %s", request.method, request.raw_path[:200])
            return _done(_refuse(500, "internal error of the mock server (see its log)", code=MOCK_INTERNAL))

    def _name(self, request: RawRequest) -> str:
        return request.raw_path[len(PREFIX) :].rstrip("/")

    def _handler(self, request: RawRequest) -> Callable[[RawRequest], Step]:
        name = self._name(request)
        if name in self._routes:
            return self._routes[name][request.method]
        return lambda r: _done(Reply(200, self.extra[name]()))

    def _route(self, request: RawRequest) -> Step | None:
        """404, 405, 415 or 413 before any work; None when the request may go on."""
        name = self._name(request)
        methods = set(self._routes[name]) if name in self._routes else {"GET"} if name in self.extra else None
        if methods is None:
            known = ", ".join(sorted(self.routes))
            return _done(_refuse(404, f"no control endpoint {PREFIX}{name[:60]}; known: {known}", code="Mock.NotFound"))
        if request.method not in methods:
            allowed = ", ".join(sorted(methods))
            reply = _refuse(405, f"{request.method} is not allowed on {PREFIX}{name}; allowed: {allowed}", code="Mock.MethodNotAllowed")
            reply.headers["Allow"] = allowed
            return _done(reply)
        if request.body or "content-type" in request.headers:  # a bodyless POST (reset) may say nothing
            media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if media != "application/json" and not media.endswith("+json"):
                message = f"send Content-Type: application/json (got {media[:60] or 'none'})"
                return _done(_refuse(415, message, code="Mock.UnsupportedMediaType"))
        if request.body_too_large:
            return _done(_refuse(413, "control body larger than 1 MiB"))
        return None

    def _guard(self, request: RawRequest, on_socket: bool) -> Step | None:
        admin = request.headers.get(ADMIN_HEADER)
        if self._admin is not None and admin is not None:
            if hmac.compare_digest(admin.encode("utf-8"), self._admin):
                return None
            return _done(_refuse(401, "the X-Mock-Admin-Token is wrong", code="Mock.Unauthorized"))
        if self.authenticator is None:
            if self._admin is not None:
                return _done(_refuse(401, "send X-Mock-Admin-Token", code="Mock.Unauthorized"))
            refusal = self.hosts.refusal(request) if on_socket else None
            return _done(refusal) if refusal is not None else None
        try:
            self.authenticator.check(request)
        except MockError as error:
            return _done(_refuse(401, f"control plane: {error.message}", code="Mock.Unauthorized"))
        return None

    # ---- handlers: the first step runs in a worker thread, the step they return on the event loop -------------
    def _index(self, request: RawRequest) -> Step:
        return _done(Reply(200, {"endpoints": control_doc.endpoints(), "openapi": control_doc.OPENAPI_PATH}))

    def _reset(self, request: RawRequest) -> Step:
        def apply() -> Reply:
            self.control.reset()
            return Reply(200, {"reset": True})

        return apply

    def _list_resources(self, request: RawRequest) -> Step:
        return lambda: Reply(200, {"projects": self.control.resources})

    def _add_resources(self, request: RawRequest) -> Step:
        data = parse_json(request.body)
        entries = data if isinstance(data, list) else [data]
        if len(entries) > MAX_ENTRIES:
            raise ControlError("", f"at most {MAX_ENTRIES} entries per request")
        checked = []
        for index, raw in enumerate(entries):  # every entry checked before any is filed: nothing half-applied
            try:
                checked.append(self.control.check_entry(raw))
            except ControlError as exc:
                prefix = f"/{index}" if isinstance(data, list) else ""
                raise type(exc)(prefix + exc.pointer, exc.message) from None  # a LimitReached stays a 413

        def apply() -> Reply:
            self.control.file_all(checked)
            return Reply(201, {"added": len(entries)})

        return apply

    def _remove_resource(self, request: RawRequest) -> Step:
        data = parse_json(request.body)
        control_doc.check("ResourceRemoval", data)

        def apply() -> Reply:
            if not self.control.remove(str(data["operation"]), path=data.get("path"), project=data.get("project")):
                return _refuse(404, "no such resource", code="Mock.NotFound")
            return Reply(200, {"removed": True})

        return apply

    def _journal(self, request: RawRequest) -> Step:
        operation = next((v for k, v in _query(request) if k == "operation"), None)

        def apply() -> Reply:
            store = self.control.journal_store
            return Reply(200, {"requests": store.listing(operation), "dropped": store.dropped, "capacity": store.entries.maxlen})

        return apply

    def _injections(self, request: RawRequest) -> Step:
        return lambda: Reply(200, self.control.injections.listing())

    def _add_fault(self, request: RawRequest) -> Step:
        fault = self.control.check_fault(parse_json(request.body))

        def apply() -> Reply:
            self.control.hold(fault)
            return Reply(201, fault.to_json())

        return apply

    def _add_stub(self, request: RawRequest) -> Step:
        stub = self.control.check_stub(parse_json(request.body))

        def apply() -> Reply:
            self.control.hold(stub)
            return Reply(201, stub.to_json())

        return apply

    def _add_latency(self, request: RawRequest) -> Step:
        delay = self.control.check_delay(parse_json(request.body))

        def apply() -> Reply:
            self.control.hold_delay(delay)
            return Reply(201, delay.to_json())

        return apply

    def _advance(self, request: RawRequest) -> Step:
        data = parse_json(request.body)
        control_doc.check("ClockAdvance", data)

        def apply() -> Reply:
            self.control.advance(data["advance"])
            return Reply(200, self.control.clock)

        return apply

    def _set_state(self, request: RawRequest) -> Step:
        data = parse_json(request.body)
        control_doc.check("StateChange", data)

        def apply() -> Reply:
            path = dict(data.get("path") or {})
            state = self.control.set_state(str(data["operation"]), path=path, state=data.get("state"), project=data.get("project"))
            return Reply(200, {"operation": data["operation"], "path": path, "state": state})

        return apply

    def _clear(self, clear: Callable[[], None]) -> Step:
        def apply() -> Reply:
            clear()
            return Reply(200, {"cleared": True})

        return apply


def _query(request: RawRequest) -> list[tuple[str, str]]:
    return query_pairs(request.raw_query) if request.raw_query else []
