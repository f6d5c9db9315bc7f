"""Validating proxy and recorder: `modelarts-mock --proxy https://modelarts.<region>.myhuaweicloud.com [--record FILE]`.

Each request the spec routes is forwarded upstream, re-signed with the user's own credentials (found as the
client's `ModelArts.from_env()` finds them); every answer is checked against the spec and each deviation
(operation, status, JSON pointer, what was expected) is logged and listed at GET /_mock/deviations. With
--record, valid success answers are written (secrets scrubbed, atomically) as a fixtures file the mock
loads back with --fixtures. The client's own credentials are checked like the mock's and never forwarded.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import time
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import anyio.to_thread
import httpx
from modelarts_core.credentials import ENDPOINT, REGION, from_environment
from modelarts_core.signing import query_pairs
from modelarts_spec.servable import PROJECT_PARAM
from starlette.types import Receive, Scope, Send

from modelarts_mock import schemas
from modelarts_mock.app import Pipeline, create_app
from modelarts_mock.bodies import read_body
from modelarts_mock.control_http import PREFIX
from modelarts_mock.errors import MockError
from modelarts_mock.faults import Fault, JournalEntry
from modelarts_mock.injected import break_connection, fault_reply
from modelarts_mock.params import parse
from modelarts_mock.prefer import parse_prefer, preferred_reply
from modelarts_mock.settings import Settings
from modelarts_mock.spec import OperationSpec
from modelarts_mock.wire import RawRequest, Reply, encode, error_reply, new_request_id, read_request, send_reply, serve_lifespan

log = logging.getLogger("modelarts_mock.proxy")
NOT_FORWARDED = {"host", "authorization", "x-auth-token", "x-sdk-date", "x-security-token", "content-length", "connection", "prefer"}
SECRET_KEY = re.compile(r"(token|secret|password|passwd|signature|credential|authorization|access_?key|^ak$|^sk$)", re.IGNORECASE)
SIGNED_URL = re.compile(
    r"((?:AWSAccessKeyId|AccessKeyId|Signature|X-Amz-[A-Za-z-]+|x-obs-security-token|Expires|token)=)[^&\s\"]*", re.IGNORECASE
)
DEVIATIONS = 1000
LISTING_QUERY = {"ShowServiceSpecifications"}  # operations whose recorded answer belongs to its query (a listing)


def scrub(value: Any) -> Any:
    """A copy with secrets replaced: values of secret-looking keys, and signature parameters inside URLs."""
    if isinstance(value, dict):
        return {k: ("***" if isinstance(v, str) and SECRET_KEY.search(str(k)) else scrub(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    if isinstance(value, str) and "=" in value:
        return SIGNED_URL.sub(r"\1***", value)
    return value


def upstream_auth(upstream: str, environ: Mapping[str, str] | None = None) -> httpx.Auth:
    """The user's credentials as `ModelArts.from_env()` finds them (ConfigurationError naming what to set)."""
    env = dict(os.environ if environ is None else environ)
    if not env.get(REGION) and not env.get(ENDPOINT):
        env[ENDPOINT] = upstream  # the region is not needed: --proxy names the endpoint
    return from_environment(env).auth


class Recorder:
    """Valid success answers as a fixtures file ({projects: {project: {operationId: [{path, query?, body}]}}})."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[tuple[str, str, tuple[str, ...], str], dict[str, Any]] = {}

    def add(self, project: str, op: OperationSpec, path: Mapping[str, str], query: Mapping[str, Any], body: Any) -> None:
        if op.operation_id == "ShowPoolStatistics":
            return  # derived from the pools on replay: recording the counts would contradict them
        entry: dict[str, Any] = {"body": scrub(body)}
        if op.key_names:
            entry["path"] = {name: path[name] for name in op.key_names}
        listing = {k: v for k, v in query.items() if k not in ("limit", "offset")} if op.operation_id in LISTING_QUERY else {}
        if listing:
            entry["query"] = listing
        key = (project, op.operation_id, tuple(path[name] for name in op.key_names), json.dumps(listing, sort_keys=True))
        self.entries[key] = entry
        self.write()

    def write(self) -> None:
        projects: dict[str, dict[str, list[Any]]] = {}
        for (project, op_id, _, _), entry in sorted(self.entries.items()):
            projects.setdefault(project, {}).setdefault(op_id, []).append(entry)
        text = json.dumps({"projects": projects}, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, self.path)  # never a half-written fixtures file


class Proxy:
    """ASGI app: the mock's auth, routing, parameter checks, journal and control plane, with answers from upstream."""

    def __init__(
        self, pipeline: Pipeline, upstream: str, auth: httpx.Auth, recorder: Recorder | None = None, transport: Any = None
    ) -> None:
        self.pipeline = pipeline
        self.client = httpx.AsyncClient(base_url=upstream.rstrip("/"), auth=auth, transport=transport, timeout=60)
        self.recorder = recorder
        self.deviations: deque[dict[str, Any]] = deque(maxlen=DEVIATIONS)
        pipeline.control_plane.extra["deviations"] = lambda: {"deviations": list(self.deviations)}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await serve_lifespan(receive, send, self.aclose)  # shutdown closes the upstream client (its pooled connections)
            return
        if scope["type"] != "http":
            return
        started = time.perf_counter()
        request = await read_request(scope, receive)
        if request.refusal is not None:  # request line or headers (414, 431, 400): refused as the mock refuses them
            refusal = error_reply(request.refusal)
            await send_reply(refusal, send, encode(refusal))
            return
        if request.raw_path.startswith(PREFIX):
            reply = await anyio.to_thread.run_sync(self.pipeline.control_plane.answer, request)
            await send_reply(reply, send, encode(reply))
            return
        op_id, status, request_id, kind = None, 502, "", None
        try:
            op, path, params = self._accept(request)
            op_id = op.operation_id
            local = self._local(request, op)
            kind = local[1].kind if local is not None and local[1] is not None else None
            await self._delay(op_id)
            if local is not None:  # an injected fault or a Prefer answer: as the mock gives it, nothing forwarded
                status, request_id = await self._answer_locally(scope, send, *local)
            else:
                status, request_id = await self._pass_on(send, request, op, path, params)
        except MockError as error:
            reply = error_reply(error)
            status = reply.status
            await send_reply(reply, send, encode(reply))
        except httpx.HTTPError as exc:
            log.error("upstream unreachable: %s", type(exc).__name__)
            body = {"error_code": "Mock.UpstreamError", "error_msg": f"upstream: {type(exc).__name__}"}
            await _send_raw(send, 502, {"content-type": "application/json"}, json.dumps(body).encode())
        elapsed = (time.perf_counter() - started) * 1000
        path_text, query = request.raw_path[:200], request.raw_query[:200]
        self.pipeline.journal.append(JournalEntry(time.time(), request.method, path_text, query, op_id, status, elapsed, request_id, kind))

    async def aclose(self) -> None:
        await self.client.aclose()

    def _local(self, request: RawRequest, op: OperationSpec) -> tuple[Reply, Fault | None] | None:
        """The answer the mock gives itself, as in mock mode: an injected fault, else a `Prefer`red example, else None."""
        injections = self.pipeline.injections
        fault = injections.take_fault(op.operation_id) if injections.faults else None
        if fault is not None:
            return fault_reply(self.pipeline.spec, op, fault), fault
        prefer = request.headers.get("prefer")
        preferred = preferred_reply(self.pipeline.spec, op, parse_prefer(prefer)) if prefer else None
        return (preferred, None) if preferred is not None else None

    async def _delay(self, op_id: str) -> None:
        if self.pipeline.injections.delays:
            delay = self.pipeline.injections.delay_for(op_id)
            if delay:
                await asyncio.sleep(delay)  # awaits: other clients are answered meanwhile

    async def _answer_locally(self, scope: Scope, send: Send, reply: Reply, fault: Fault | None) -> tuple[int, str]:
        request_id = new_request_id()
        reply.headers["X-Request-Id"] = request_id
        payload = encode(reply)
        if fault is not None and fault.kind in ("reset", "truncate"):
            await break_connection(scope, send, fault.kind, reply, payload)
        else:
            await send_reply(reply, send, payload)
        return reply.status, request_id

    async def _pass_on(
        self, send: Send, request: RawRequest, op: OperationSpec, path: dict[str, str], params: dict[str, Any]
    ) -> tuple[int, str]:
        status, headers, content = await self._forward(request)
        self._check(op, path, params, status, headers, content)
        await _send_raw(send, status, headers, content)
        return status, headers.get("x-request-id", "")

    def _accept(self, request: RawRequest) -> tuple[OperationSpec, dict[str, str], dict[str, Any]]:
        if self.pipeline.authenticator is not None:
            self.pipeline.authenticator.check(request)
        op, path = self.pipeline.router.match(request.method, request.raw_path)
        params = parse(op.parameters, path, query_pairs(request.raw_query), request.headers)
        if op.request_body is not None:  # a body the mock would refuse is not sent either
            read_body(op.request_body, request.headers.get("content-type"), request.body, self.pipeline.spec.bad_request_code)
        return op, path, params

    async def _forward(self, request: RawRequest) -> tuple[int, dict[str, str], bytes]:
        headers = {k: v for k, v in request.headers.items() if k not in NOT_FORWARDED}
        url = request.raw_path + (f"?{request.raw_query}" if request.raw_query else "")
        response = await self.client.request(request.method, url, headers=headers, content=request.body or None)
        kept = {k: v for k, v in response.headers.items() if k in ("content-type", "x-request-id", "retry-after")}
        return response.status_code, kept, response.content

    def _check(
        self, op: OperationSpec, path: dict[str, str], params: dict[str, Any], status: int, headers: dict[str, str], content: bytes
    ) -> None:
        problem, pointer, body = None, "", None
        validator = op.responses.get(status)
        if status == 204 and not content:
            return  # HTTP/1.1 delivers no content with a 204, whatever the schema says
        if validator is None:
            problem = f"status {status} is not documented (documented: {', '.join(map(str, sorted(op.responses)))})"
        else:
            try:
                body = json.loads(content) if content else None
            except ValueError:
                problem = "the body is not JSON"
            else:
                error = schemas.first_error(validator, body)
                if error is not None:
                    pointer, problem = schemas.instance_pointer(error) or "/", schemas.describe(error)
        if problem is not None:
            deviation = {
                "operation": op.operation_id,
                "status": status,
                "pointer": pointer,
                "problem": problem,
                "request_id": headers.get("x-request-id", ""),
            }
            self.deviations.append(deviation)
            log.warning("deviation: %s %d at %s: %s", op.operation_id, status, pointer or "-", problem)
        elif self.recorder is not None and status == op.success_status and body is not None:
            self.recorder.add(path.get(PROJECT_PARAM, ""), op, path, params, body)


async def _send_raw(send: Send, status: int, headers: dict[str, str], content: bytes) -> None:
    reply = Reply(status, None, {k: v for k, v in headers.items() if k != "content-type"})
    raw = [
        (b"content-type", headers.get("content-type", "application/json").encode("latin-1")),
        (b"content-length", str(len(content)).encode()),
    ]
    raw += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": content})


def create_proxy(
    settings: Settings, upstream: str, record: Path | None = None, environ: Mapping[str, str] | None = None, transport: Any = None
) -> Proxy:
    """The proxy as an ASGI app; ConfigurationError if no credentials are found for upstream. `transport`: tests' upstream."""
    if not re.match(r"https?://[^/?#]+/?$", upstream):
        raise ValueError(f"--proxy: expected http(s)://host[:port], got {upstream[:80]!r}")
    app = create_app(settings)
    return Proxy(app.state.pipeline, upstream, upstream_auth(upstream, environ), Recorder(record) if record else None, transport)
