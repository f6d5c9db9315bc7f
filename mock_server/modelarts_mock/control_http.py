"""The control plane over HTTP, under the reserved prefix `/_mock/` (ModelArts paths start with /v1/ or /v2/).

Guarded by the mock's own credentials (token or AK/SK signature) or by `X-Mock-Admin-Token` when the
mock was started with --admin-token. Every refusal is a JSON 4xx: {error_code, error_msg, pointer?}.
"""

from __future__ import annotations

import hmac
import json
import logging
import math
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, InputError
from modelarts_spec.fast_json import NOT_FAST, fast_json
from modelarts_spec.loader import STRICT, parse_yaml

from modelarts_mock.auth import Authenticator
from modelarts_mock.control import ControlError, MockControl
from modelarts_mock.errors import MOCK_INTERNAL, MockError
from modelarts_mock.wire import RawRequest, Reply

log = logging.getLogger("modelarts_mock")
PREFIX = "/_mock/"
ADMIN_HEADER = "x-mock-admin-token"
BAD = "Mock.BadRequest"


def _refuse(status: int, message: str, pointer: str | None = None, code: str = BAD) -> Reply:
    body: dict[str, Any] = {"error_code": code, "error_msg": message}
    if pointer is not None:
        body["pointer"] = pointer or "/"
    return Reply(status, body)


# A control body is a small data file: the shared reader's limits (nesting, size, duplicate keys refused).
_BODY_LIMITS = replace(STRICT, max_bytes=1 << 20)


def _refusal(diagnostic: Diagnostic) -> ControlError:
    where = f" (line {diagnostic.line})" if diagnostic.line else ""
    return ControlError(diagnostic.pointer or "", diagnostic.message + where)


def parse_json(body: bytes) -> Any:
    """The request body as JSON, read by the shared reader (`modelarts_spec.loader`): ControlError naming the pointer
    and line for bad UTF-8, malformed JSON, NaN/Infinity/1e999, an over-long integer, a duplicate key or deep nesting."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ControlError("", f"the body is not UTF-8 (byte {exc.start})") from None
    try:
        data = fast_json(text, "body", _BODY_LIMITS)
        if data is NOT_FAST:  # malformed JSON gets json's message; JSON refused for its content, the reader's
            _json_syntax(text)
            parse_yaml(text, "body", _BODY_LIMITS)
            raise ControlError("", "expected a JSON object or list")  # what is left: a top-level number or word
    except InputError as exc:
        diagnostic = exc.diagnostic
        if diagnostic.pointer is None:  # fast_json names the line of a NaN or 1e999, not its pointer
            diagnostic = replace(diagnostic, pointer=_number_at(text))
        raise _refusal(diagnostic) from None
    if not isinstance(data, (dict, list)):  # a JSON number alone (the reader reads it as JSON, e.g. `12`)
        raise ControlError("", "expected a JSON object or list")
    if _SURROGATE.search(text):  # `"\\ud800"` is valid JSON but no UTF-8 can carry it: it could never be answered
        pointer = _first(data, "", _has_surrogate)
        if pointer is not None:
            raise ControlError(pointer, "a lone UTF-16 surrogate escape (\\ud800-\\udfff) is not text")
    return data


_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _has_surrogate(value: Any) -> bool:
    return isinstance(value, str) and not value.isascii() and any("\ud800" <= c <= "\udfff" for c in value)


class _NotNumber(str):
    """NaN, Infinity or a float beyond range, kept as a marker to find its pointer."""


def _number(text: str) -> Any:
    value = float(text)
    return value if math.isfinite(value) else _NotNumber(text)


def _number_at(text: str) -> str | None:
    """The pointer of the first NaN/Infinity/1e999 in JSON text the fast path refused for one."""
    try:
        data = json.loads(text, parse_constant=_NotNumber, parse_float=_number)
    except (ValueError, RecursionError):
        return None
    return _first(data, "", lambda value: isinstance(value, _NotNumber))


def _first(value: Any, pointer: str, wanted: Callable[[Any], bool]) -> str | None:
    """The pointer of the first value (or key) in document order for which `wanted` holds, or None."""
    if wanted(value):
        return pointer
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        token = pointer + "/" + str(key).replace("~", "~0").replace("/", "~1")
        found = token if wanted(key) else _first(item, token, wanted)
        if found is not None:
            return found
    return None


def _json_syntax(text: str) -> None:
    """ControlError with json's own message if the text is not JSON at all (YAML would misname `{` as YAML)."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise ControlError("", f"not JSON: {exc.msg} (line {exc.lineno} column {exc.colno})") from None
    except (ValueError, RecursionError):
        pass  # an over-long integer or deep nesting: the reader names its pointer


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

    def answer(self, request: RawRequest) -> Reply:
        """`handle`, and a JSON 500 (logged) should the mock itself fail: never a plain-text answer."""
        try:
            return self.handle(request)
        except Exception:
            log.exception("internal error in the control plane: %s %s", request.method, request.raw_path[:200])
            return _refuse(500, "internal error of the mock server (see its log)", code=MOCK_INTERNAL)

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
            return _refuse(exc.status, exc.message, exc.pointer, code=exc.error_code)

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
                raise type(exc)(prefix + exc.pointer, exc.message) from None  # a LimitReached stays a 413
        self.control.check_room(checked)
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
