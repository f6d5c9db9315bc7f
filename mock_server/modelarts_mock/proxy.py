"""Validating proxy and recorder: `modelarts-mock --proxy https://modelarts.<region>.myhuaweicloud.com [--record FILE]`.

Each request the spec routes is forwarded upstream, re-signed with the user's own credentials (found as the
client's `ModelArts.from_env()` finds them); every answer is checked against the spec and each deviation
(operation, status, JSON pointer, what was expected) is logged and listed at GET /_mock/deviations. With
--record, valid success answers are written (secrets scrubbed, atomically) as a fixtures file the mock
loads back with --fixtures (recorder.py). The client's own credentials are checked like the mock's and never
forwarded; what comes back is read within bounds (upstream.py) and never trusted to be well formed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import anyio.to_thread
import httpx
import orjson
from modelarts_core.credentials import ENDPOINT, REGION, from_environment
from modelarts_core.signing import query_pairs
from modelarts_spec.servable import PROJECT_PARAM
from starlette.types import Receive, Scope, Send

from modelarts_mock import schemas
from modelarts_mock.app import Pipeline, create_app
from modelarts_mock.bodies import read_body
from modelarts_mock.control_http import PREFIX
from modelarts_mock.errors import MOCK_INTERNAL, MockError
from modelarts_mock.faults import Fault, journal_entry
from modelarts_mock.injected import deliver, fault_reply
from modelarts_mock.json_input import NotJson, read_upstream_json
from modelarts_mock.params import parse
from modelarts_mock.prefer import parse_prefer, preferred_reply
from modelarts_mock.recorder import Recorder
from modelarts_mock.scrub import Redactor
from modelarts_mock.settings import Settings
from modelarts_mock.spec import OperationSpec
from modelarts_mock.upstream import Answer, Exchanges, UpstreamFailed, check_url, forwarded_headers
from modelarts_mock.wire import RawRequest, Reply, encode, error_reply, new_request_id, read_request, send_reply, serve_lifespan

log = logging.getLogger("modelarts_mock.proxy")
DEVIATIONS = 1000
UPSTREAM_ERROR = "Mock.UpstreamError"


def upstream_auth(upstream: str, environ: Mapping[str, str] | None = None) -> httpx.Auth:
    """The user's credentials as `ModelArts.from_env()` finds them (ConfigurationError naming what to set)."""
    env = dict(os.environ if environ is None else environ)
    if not env.get(REGION) and not env.get(ENDPOINT):
        env[ENDPOINT] = upstream  # the region is not needed: --proxy names the endpoint
    return from_environment(env).auth


def known_secrets(settings: Settings, auth: httpx.Auth) -> list[str]:
    """Every credential the proxy holds: its clients' tokens and keys, its admin token, the user's upstream ones."""
    found = getattr(auth, "secrets", None)
    return [*settings.secrets, *(found() if callable(found) else ())]


class Proxy:
    """ASGI app: the mock's auth, routing, parameter checks, journal and control plane, with answers from upstream."""

    def __init__(
        self, pipeline: Pipeline, upstream: str, auth: httpx.Auth, recorder: Recorder | None = None, transport: Any = None
    ) -> None:
        self.pipeline = pipeline
        self.client = httpx.AsyncClient(base_url=check_url(upstream), auth=auth, transport=transport, timeout=60, follow_redirects=False)
        self.exchanges = Exchanges(self.client)
        self.redactor = Redactor(known_secrets(pipeline.settings, auth))
        pipeline.journal.redactor = self.redactor  # the user's upstream credentials masked there too
        self.recorder = recorder
        if recorder is not None:
            recorder.redactor = self.redactor
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
            await self.pipeline.control_plane.serve(scope, request, send, new_request_id())
            return
        op_id, status, request_id, kind = None, 502, "", None
        try:
            op_id, status, request_id, kind = await self._exchange(scope, send, request)
        except Exception:  # a bug of the proxy: still a JSON answer, and a loud log
            log.exception("internal error while proxying %s %s", request.method, request.raw_path[:200])
            status = 500
            await _send_json(send, 500, {"error_code": MOCK_INTERNAL, "error_msg": "internal error of the mock server (see its log)"})
        elapsed = (time.perf_counter() - started) * 1000
        self.pipeline.journal.append(journal_entry(request, op_id, status, elapsed, request_id, kind))

    async def _exchange(self, scope: Scope, send: Send, request: RawRequest) -> tuple[str | None, int, str, str | None]:
        """(operation, status, request id, fault kind) of a request answered locally, refused, or forwarded."""
        op_id: str | None = None
        try:
            op, path, _ = self._accept(request)  # parameters checked as the mock checks them
            op_id = op.operation_id
            local = self._local(request, op, path)
            await self._delay(op_id)
            if local is not None:  # an injected fault or a Prefer answer: as the mock gives it, nothing forwarded
                status, request_id = await self._answer_locally(scope, send, *local)
                return op_id, status, request_id, local[1].kind if local[1] is not None else None
            status, request_id = await self._pass_on(send, request, op, path)
            return op_id, status, request_id, None
        except MockError as error:
            reply = error_reply(error)
            await send_reply(reply, send, encode(reply))
            return op_id, reply.status, "", None
        except UpstreamFailed as failed:
            log.error("upstream: %s", self.redactor.text(failed.problem))
            body = {"error_code": UPSTREAM_ERROR, "error_msg": f"upstream: {self.redactor.text(failed.problem)}"}
            await _send_json(send, failed.status, body)
            return op_id, failed.status, "", None

    async def aclose(self) -> None:
        await self.client.aclose()

    def _local(self, request: RawRequest, op: OperationSpec, path: dict[str, str]) -> tuple[Reply, Fault | None] | None:
        """The answer the mock gives itself, as in mock mode: an injected fault, else a `Prefer`red example, else None."""
        injections = self.pipeline.injections
        fault = injections.take_fault(op.operation_id, path, request.raw_query) if injections.faults else None
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
        if fault is not None:
            await deliver(scope, send, fault, reply, payload)
        else:
            await send_reply(reply, send, payload)
        return reply.status, request_id

    async def _pass_on(self, send: Send, request: RawRequest, op: OperationSpec, path: dict[str, str]) -> tuple[int, str]:
        url = request.raw_path + (f"?{request.raw_query}" if request.raw_query else "")
        built = self.client.build_request(request.method, url, headers=forwarded_headers(request, op), content=request.body or None)
        answer = await self.exchanges.send(built)
        try:
            await self._check(op, path, request, answer)
        except Exception:  # the answer still goes back as received; the failure is the proxy's, loud in its log
            log.exception("could not check or record the answer of %s", op.operation_id)
        await _send_raw(send, answer)
        return answer.status, answer.headers.get("x-request-id", "")

    def _accept(self, request: RawRequest) -> tuple[OperationSpec, dict[str, str], dict[str, Any]]:
        if request.body_too_large:
            raise MockError(self.pipeline.spec.bad_request_code, "request body larger than 1 MiB")
        if self.pipeline.authenticator is not None:
            self.pipeline.authenticator.check(request)
        op, path = self.pipeline.router.match(request.method, request.raw_path)
        params = parse(op.parameters, path, query_pairs(request.raw_query), request.headers)
        if op.request_body is not None:  # a body the mock would refuse is not sent either
            read_body(op.request_body, request.headers.get("content-type"), request.body, self.pipeline.spec.bad_request_code)
        return op, path, params

    async def _check(self, op: OperationSpec, path: dict[str, str], request: RawRequest, answer: Answer) -> None:
        """Deviations of the answer from the spec, listed and logged; a valid success answer recorded."""
        for problem in answer.dropped:
            self._deviate(op, answer, "", problem)
        if answer.status == 204 and not answer.content:
            return  # HTTP/1.1 delivers no content with a 204, whatever the schema says
        validator = op.responses.get(answer.status)
        if validator is None:
            documented = ", ".join(map(str, sorted(op.responses)))
            self._deviate(op, answer, "", f"status {answer.status} is not documented (documented: {documented})")
            return
        try:
            body = read_upstream_json(answer.content) if answer.content else None
        except NotJson as refused:
            self._deviate(op, answer, refused.pointer, refused.problem)
            return
        error = schemas.first_error(validator, body)
        if error is not None:
            self._deviate(op, answer, schemas.instance_pointer(error) or "/", schemas.describe(error))
        elif self.recorder is not None and answer.status == op.success_status and body is not None:
            known = {p.name for p in op.parameters if p.location == "query"}
            query = {k: v for k, v in query_pairs(request.raw_query) if k in known} if request.raw_query else {}
            why = await anyio.to_thread.run_sync(self.recorder.add, path.get(PROJECT_PARAM, ""), op, path, query, body)
            if why is not None:
                log.warning("%s %d: %s", op.operation_id, answer.status, why)

    def _deviate(self, op: OperationSpec, answer: Answer, pointer: str, problem: str) -> None:
        problem = self.redactor.text(problem)
        deviation = {
            "operation": op.operation_id,
            "status": answer.status,
            "pointer": self.redactor.text(pointer),
            "problem": problem,
            "request_id": answer.headers.get("x-request-id", ""),
        }
        self.deviations.append(deviation)
        log.warning("deviation: %s %d at %s: %s", op.operation_id, answer.status, deviation["pointer"] or "-", problem)


async def _send_raw(send: Send, answer: Answer) -> None:
    """The upstream's answer as received (decompressed): its status, plain-ASCII headers, and body."""
    headers = [(b"content-type", answer.headers.get("content-type", "application/json").encode("ascii"))]
    headers.append((b"content-length", str(len(answer.content)).encode()))
    headers += [(k.encode("ascii"), v.encode("ascii")) for k, v in answer.headers.items() if k != "content-type"]
    if answer.status == 204 and answer.content:
        headers.append((b"connection", b"close"))  # as wire.send_reply: a 204's body must not be read as the next answer
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.content})


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    content = orjson.dumps(body)
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


def create_proxy(
    settings: Settings, upstream: str, record: Path | None = None, environ: Mapping[str, str] | None = None, transport: Any = None
) -> Proxy:
    """The proxy as an ASGI app; ConfigurationError if no credentials are found for upstream, ValueError for a URL it
    refuses or a recording it cannot make. `transport`: tests' upstream."""
    check_url(upstream)
    recorder = Recorder(record) if record else None
    app = create_app(settings)
    return Proxy(app.state.pipeline, upstream, upstream_auth(upstream, environ), recorder, transport)
