"""The request pipeline, top to bottom: auth → route → parse → coerce → validate → respond (→ self-check).

State lives in `store`, HTTP shaping in `wire`, routing in `routing`, and everything taken from
the spec in `spec`; this module only wires them together.
"""

from __future__ import annotations

import copy
import logging
import time
from pathlib import Path
from typing import Any

from modelarts_client.runtime.signing import query_pairs
from modelarts_spec.servable import PROJECT_PARAM
from starlette.applications import Starlette
from starlette.types import Receive, Scope, Send

from modelarts_mock import schemas
from modelarts_mock.auth import Authenticator
from modelarts_mock.errors import MOCK_INTERNAL, MOCK_RESPONSE_INVALID, BadRequest, MockError, ResponseInvalid
from modelarts_mock.fixtures import load_fixtures
from modelarts_mock.params import parse
from modelarts_mock.routing import Router
from modelarts_mock.settings import Call, Settings
from modelarts_mock.spec import MockSpec, OperationSpec, load_spec
from modelarts_mock.store import Kind, Record, Store
from modelarts_mock.wire import RawRequest, Reply, encode, error_reply, read_request, send_reply

log = logging.getLogger("modelarts_mock")
_LOGGED_PATH = 200  # characters of the path in the request log
_CHECKED_CACHE = 1024  # distinct valid replies remembered by the self-check
_PAYLOAD_CACHE = 1024  # stored bodies whose JSON is kept


class Pipeline:
    """The ASGI callable behind every path (Starlette's router has no routes and hands everything to it)."""

    def __init__(self, settings: Settings, spec: MockSpec, store: Store) -> None:
        self.settings = settings
        self.spec = spec
        self.store = store
        self.router: Router[OperationSpec] = Router(
            ((op.operation.path, op.operation.method, op) for op in spec.operations), spec.bad_request_code
        )
        self.authenticator = (
            Authenticator(settings.tokens, settings.keys, settings.clock, spec.unauthorized_code, settings.max_skew)
            if settings.auth
            else None
        )
        self._checked: set[tuple[str, int, bytes]] = set()  # replies already found valid, by their bytes
        self._payloads: dict[int, tuple[Any, bytes]] = {}  # id(stored body) → (the body, its JSON)
        known = {op.operation_id for op in spec.operations}
        unknown = sorted((set(settings.overrides) | settings.unvalidated) - known)
        if unknown:
            raise ValueError(f"overrides name unknown operations: {', '.join(unknown)}")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        request = await read_request(scope, receive)
        if request.refusal is not None:  # request line or headers (414, 431, 400): before either plane, as a gateway would
            refusal = error_reply(request.refusal)
            await send_reply(refusal, send, encode(refusal))
            log.info("%s %s %d (refused before routing)", request.method, request.raw_path[:_LOGGED_PATH], refusal.status)
            return
        try:
            reply, payload = self.handle(request)
        except Exception:  # a bug in the mock or in an override: still a JSON answer, and a loud log
            log.exception("internal error while answering %s %s", request.method, request.raw_path[:_LOGGED_PATH])
            reply = error_reply(MockError(MOCK_INTERNAL, "internal error of the mock server (see its log)"))
            payload = encode(reply)
        await send_reply(reply, send, payload)
        elapsed = (time.perf_counter() - started) * 1000
        log.info("%s %s %d %.2fms", request.method, request.raw_path[:_LOGGED_PATH], reply.status, elapsed)

    def handle(self, request: RawRequest) -> tuple[Reply, bytes]:
        """The reply and its encoded body."""
        try:
            if request.body_too_large:
                raise BadRequest(self.spec.bad_request_code, "request body larger than 1 MiB")
            if self.authenticator is not None:
                self.authenticator.check(request)  # 1. auth
            op, path = self.router.match(request.method, request.raw_path)  # 2. route
        except MockError as error:
            reply = error_reply(error)
            return reply, encode(reply)
        call = Call(op.operation_id, path.get(PROJECT_PARAM, ""), {})
        try:
            validate = op.operation_id not in self.settings.unvalidated
            # 3–5. parse, coerce, validate
            params = parse(op.parameters, path, query_pairs(request.raw_query), request.headers, validate)
            call = Call(op.operation_id, call.project_id, params)
            reply, payload = self.respond(op, call, path)  # 6. respond
        except MockError as error:
            reply = error_reply(error)
            payload = encode(reply)
        override = self.settings.overrides.get(op.operation_id)
        if override is not None:
            reply = override(call, copy.deepcopy(reply))
            payload = encode(reply)
        if self.settings.validate_responses:
            reply, payload = self.self_check(op, reply, payload)
        return reply, payload

    def respond(self, op: OperationSpec, call: Call, path: dict[str, str]) -> tuple[Reply, bytes]:
        key = tuple(path[name] for name in op.key_names)
        body = self.store.view(call.project_id, op.operation_id, key)
        reply = Reply(op.success_status, body)
        # Stored bodies are read-only and put() replaces them: their JSON can be encoded once per object.
        # The cache holds each body it keys, so no other object can take its id while the entry lives.
        cached = self._payloads.get(id(body))
        if cached is None:
            if len(self._payloads) >= _PAYLOAD_CACHE:
                self._payloads.clear()
            cached = self._payloads[id(body)] = (body, encode(reply))
        return reply, cached[1]

    def self_check(self, op: OperationSpec, reply: Reply, payload: bytes) -> tuple[Reply, bytes]:
        """--validate-responses: a reply the spec does not allow becomes a 500 naming the operation and the JSON pointer."""
        key = (op.operation_id, reply.status, payload)
        if key in self._checked:  # the same bytes for the same operation and status were valid before
            return reply, payload
        validator = op.responses.get(reply.status)
        if validator is None:
            problem = f"status {reply.status} is not documented (documented: {', '.join(map(str, sorted(op.responses)))})"
        else:
            error = schemas.first_error(validator, reply.body)
            if error is None:
                if len(self._checked) >= _CHECKED_CACHE:
                    self._checked.clear()
                self._checked.add(key)
                return reply, payload
            problem = f"at {schemas.instance_pointer(error) or '/'}: {schemas.describe(error)}"
        message = f"{op.operation_id}: the mock's {reply.status} response does not match the spec {problem}"
        log.error("response validation failed: %s", message)
        invalid = error_reply(ResponseInvalid(MOCK_RESPONSE_INVALID, message))
        return invalid, encode(invalid)


_SPECS: dict[tuple[Path, int], MockSpec] = {}


def cached_spec(path: Path) -> MockSpec:
    """Specs are immutable once compiled: reuse one per file version (tests build many apps)."""
    resolved = Path(path).resolve()
    key = (resolved, resolved.stat().st_mtime_ns if resolved.exists() else 0)
    if key not in _SPECS:
        _SPECS[key] = load_spec(resolved)
    return _SPECS[key]


def seed_records(spec: MockSpec, project_id: str) -> list[Record]:
    """The spec's success examples, each stored under the ids its path parameters' examples give."""
    return [
        Record(project_id, op.operation_id, op.key_example, op.success_example) for op in spec.operations if op.success_example is not None
    ]


def build_store(spec: MockSpec, settings: Settings) -> Store:
    kinds = [Kind(op.operation_id, op.key_names, op.not_found, op.empty_body) for op in spec.operations]
    records = seed_records(spec, settings.project_id)
    if settings.fixtures is not None:
        records += load_fixtures(settings.fixtures, spec)
    return Store(kinds, records)


def check_project_id(spec: MockSpec, project_id: str) -> None:
    """The seed's project must be one a client can address: the spec's own project_id rule decides."""
    try:
        spec.check_project(project_id)
    except BadRequest as exc:
        raise ValueError(f"project id {project_id!r}: {exc.message}") from None


def create_app(settings: Settings | None = None) -> Starlette:
    """The mock as an ASGI app (in-process with httpx.ASGITransport, or served by uvicorn).

    Raises InputError (unreadable spec or fixtures), SpecError, FixturesError or ValueError (a project id the
    spec's project_id parameter refuses, bad overrides).
    `app.state.store` is the Store (reset() it between tests), `app.state.pipeline` the Pipeline.
    """
    settings = settings or Settings()
    spec = cached_spec(settings.spec_path)
    check_project_id(spec, settings.project_id)
    store = build_store(spec, settings)
    pipeline = Pipeline(settings, spec, store)
    app = Starlette()
    app.router.default = pipeline  # no Starlette routes: the spec is the routing table, and no plain-text 404/405
    app.state.store = store
    app.state.pipeline = pipeline
    return app
