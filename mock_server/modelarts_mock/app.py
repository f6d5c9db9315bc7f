"""The request pipeline, top to bottom: auth → route → (fault) → parameters → body → respond (→ self-check),
then (delay) → send → journal. `/_mock/…` goes to the control plane instead.

Resources live in `state` (derived answers in `backend`/`answers`), HTTP shaping in `wire`, routing in
`routing`, request bodies in `bodies`, injected behaviour in `faults`/`injected`, everything taken from the spec
in `spec`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

from modelarts_core.signing import query_pairs
from modelarts_spec.servable import PROJECT_PARAM
from starlette.applications import Starlette
from starlette.types import ASGIApp, Receive, Scope, Send

from modelarts_mock import schemas
from modelarts_mock.auth import Authenticator
from modelarts_mock.bodies import read_body
from modelarts_mock.clock import MockClock
from modelarts_mock.control import MockControl
from modelarts_mock.control_http import PREFIX, ControlPlane
from modelarts_mock.errors import MOCK_INTERNAL, MOCK_LIMIT, MOCK_RESPONSE_INVALID, BadRequest, MockError, ResponseInvalid, TooLarge
from modelarts_mock.faults import Fault, Injections, Journal, journal_entry
from modelarts_mock.fixtures import Fixtures, read_fixtures
from modelarts_mock.injected import deliver, fault_reply
from modelarts_mock.params import parse
from modelarts_mock.prefer import parse_prefer, preferred_reply
from modelarts_mock.requestlog import RequestLog, through_logging
from modelarts_mock.routing import Router
from modelarts_mock.scrub import Redactor
from modelarts_mock.settings import Settings
from modelarts_mock.spec import MockSpec, OperationSpec, load_spec
from modelarts_mock.state import MockState, seed_entries
from modelarts_mock.wire import RawRequest, Reply, encode, error_reply, new_request_id, read_request, send_reply, serve_lifespan

log = logging.getLogger("modelarts_mock")
_LOGGED_PATH = 200  # characters of the path in the request log
_CHECKED_CACHE = 1024  # distinct valid replies remembered by the self-check


class Pipeline:
    """The ASGI callable behind every path (Starlette's router has no routes and hands everything to it)."""

    def __init__(self, settings: Settings, spec: MockSpec, state: MockState, recorded: list[Fault] | None = None) -> None:
        self.settings = settings
        self.spec = spec
        self.state = state
        self.router: Router[OperationSpec] = Router(
            ((op.operation.path, op.operation.method, op) for op in spec.operations), spec.bad_request_code
        )
        self.authenticator = (
            Authenticator(settings.tokens, settings.keys, settings.clock, spec.unauthorized_code, settings.max_skew)
            if settings.auth
            else None
        )
        self.injections = Injections(recorded=recorded)
        self.journal = Journal(settings.journal_size, redactor=Redactor(settings.secrets))
        self.control = MockControl(spec, state, self.injections, self.journal, settings.project_id)
        self.control_plane = ControlPlane(self.control, self.authenticator, settings.admin_token, allowed_hosts=settings.allowed_hosts)
        self._checked: set[tuple[str, int, bytes]] = set()  # replies already found valid, by their bytes
        self.log_request: RequestLog = through_logging  # the command writes the line itself (requestlog.py)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":  # served directly, without Starlette (see `served`)
                await serve_lifespan(receive, send)
            return
        started = time.perf_counter()
        request = await read_request(scope, receive)
        if request.refusal is not None:  # request line or headers (414, 431, 400): before either plane, as a gateway would
            refusal = error_reply(request.refusal)
            await send_reply(refusal, send, encode(refusal))
            log.info("%s %s %d (refused before routing)", request.method, request.raw_path[:_LOGGED_PATH], refusal.status)
            return
        request_id = new_request_id()
        if request.raw_path.startswith(PREFIX):
            await self.control_plane.serve(scope, request, send, request_id)  # checks off the loop, changes on it
            return
        op_id, fault = None, None
        try:
            op_id, reply, payload, fault = self.handle(request)
        except Exception:  # a bug in the mock: still a JSON answer, and a loud log
            log.exception("internal error while answering %s %s", request.method, request.raw_path[:_LOGGED_PATH])
            reply = error_reply(MockError(MOCK_INTERNAL, "internal error of the mock server (see its log)"))
            payload = encode(reply)
        if op_id is not None and self.injections.delays:
            delay = self.injections.delay_for(op_id)
            if delay:
                await asyncio.sleep(delay)  # awaits: other clients are answered meanwhile
        reply.headers["X-Request-Id"] = request_id
        if fault is not None:
            await deliver(scope, send, fault, reply, payload)  # an error, a broken connection, or a stub's own bytes
        else:
            await send_reply(reply, send, payload)
        elapsed = (time.perf_counter() - started) * 1000
        path = request.raw_path[:_LOGGED_PATH]
        kind = fault.kind if fault is not None else None
        self.journal.append(journal_entry(request, op_id, reply.status, elapsed, request_id, kind))
        self.log_request(request.method, path, reply.status, elapsed)

    def handle(self, request: RawRequest) -> tuple[str | None, Reply, bytes, Fault | None]:
        """The operation (if routed), the reply, its encoded body, and the fault that replaced it (if any)."""
        try:
            if request.body_too_large:
                raise TooLarge(MOCK_LIMIT, "request body larger than 1 MiB (the mock's limit)")
            if self.authenticator is not None:
                self.authenticator.check(request)  # 1. auth
            op, path = self.router.match(request.method, request.raw_path)  # 2. route
        except MockError as error:
            reply = error_reply(error)
            return None, reply, encode(reply), None
        fault = self.injections.take_fault(op.operation_id, path, request.raw_query) if self.injections.faults else None
        if fault is not None:
            reply = fault_reply(self.spec, op, fault)
            return op.operation_id, reply, encode(reply), fault
        try:
            # 3. parameters: parse, coerce, validate
            query = query_pairs(request.raw_query) if request.raw_query else []  # most requests have none
            params = parse(op.parameters, path, query, request.headers)
            body = None
            if op.request_body is not None:  # 4. the body the operation documents: media type, JSON, schema
                body = read_body(op.request_body, request.headers.get("content-type"), request.body, self.spec.bad_request_code)
            prefer = request.headers.get("prefer")
            preferred = preferred_reply(self.spec, op, parse_prefer(prefer)) if prefer else None
            if preferred is None:  # 5. act on the resources (writes change them), answer from them
                key = tuple(path[name] for name in op.key_names)
                reply = Reply(op.success_status, self.state.act(path.get(PROJECT_PARAM, ""), op, key, params, body))
            else:
                reply = preferred
        except MockError as error:
            reply = error_reply(error)
        payload = encode(reply)
        if self.settings.validate_responses and reply.status != TooLarge.status:  # the mock's own limit: no spec documents it
            reply, payload = self.self_check(op, reply, payload)
        return op.operation_id, reply, payload, None

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


def build_state(spec: MockSpec, settings: Settings, fixtures: Fixtures | None = None) -> MockState:
    entries = seed_entries(spec, settings.project_id)
    if fixtures is not None:
        entries += fixtures.entries
    return MockState(spec, MockClock(settings.clock, settings.time_scale), entries)


def check_project_id(spec: MockSpec, project_id: str) -> None:
    """The seed's project must be one a client can address: the spec's own project_id rule decides."""
    try:
        spec.check_project(project_id)
    except BadRequest as exc:
        raise ValueError(f"project id {project_id!r}: {exc.message}") from None


def create_app(settings: Settings | None = None) -> Starlette:
    """The mock as an ASGI app (in-process with httpx.ASGITransport, or served by uvicorn).

    Raises InputError (unreadable spec or fixtures), SpecError, FixturesError or ValueError (a project id the
    spec's project_id parameter refuses).
    `app.state.mock` is the control plane's Python API (MockControl: reset, seed, fail, delay, journal).
    """
    settings = settings or Settings()
    spec = cached_spec(settings.spec_path)
    check_project_id(spec, settings.project_id)
    fixtures = read_fixtures(settings.fixtures, spec) if settings.fixtures is not None else None
    pipeline = Pipeline(settings, spec, build_state(spec, settings, fixtures), fixtures.answers if fixtures else None)
    app = Starlette()
    app.router.default = pipeline  # no Starlette routes: the spec is the routing table, and no plain-text 404/405
    app.state.mock = pipeline.control
    app.state.pipeline = pipeline
    return app


def served(app: ASGIApp) -> ASGIApp:
    """What to hand a server: a mock app's own pipeline, without Starlette's middleware and router around it
    (the pipeline answers every path and every error itself; the wrapper cost ~5 µs of ~23 per request).
    In-process clients keep the Starlette app (`app.state`); any other app is served as given."""
    state = getattr(app, "state", None)
    pipeline = getattr(state, "pipeline", None) if state is not None else None
    return pipeline if isinstance(pipeline, Pipeline) else app
