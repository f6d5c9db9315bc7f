"""The request engine behind the rendered facade: one call with its deadline, retries, limits and typed parsing.

`SyncEngine` and `AsyncEngine` share everything but the I/O. A call has one deadline (`timeout=`, per
client or per call) covering connecting, reading, retries and `Retry-After` waits; each attempt is signed
afresh; the body is read within `BodyLimits`; a non-2xx answer raises the `ModelArtsAPIError` subclass of its
status, a transport failure `ModelArtsConnectionError` / `ModelArtsTimeout` (chained to a copy of the httpx
exception without its request, which holds the credentials), and a 2xx body becomes the operation's model
(tolerant reading, tolerance.py) or `ModelArtsResponseError`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx

from .bodies import BodyProblem, DeadlinePassed, aread_body, read_body
from .deadline import DEADLINE, hold_deadlines
from .errors import REQUEST_ID_HEADER, redact
from .responses import Answer, Responses
from .retry import healable
from .settings import RequestHook, ResponseHook, Settings, check_timeout

__all__ = ["AsyncEngine", "RequestHook", "ResponseHook", "Settings", "SyncEngine"]

log = logging.getLogger("modelarts_core")  # the one logger of the runtime: what an application configures

_MAX_URLS = 1024  # joined URLs remembered per client (paths carry ids: bounded, cleared when full)


class _Engine(Responses):
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._urls: dict[str, httpx.URL] = {}  # operation path → absolute URL, joined by httpx once

    @property
    def project_id(self) -> str:
        return self.settings.project_id  # read, not copied: one source of truth

    def _drop_hop_by_hop(self, client: httpx.Client | httpx.AsyncClient) -> None:
        # AK/SK signs every header; a hop-by-hop header may be rewritten by a proxy on the way, breaking
        # the signature. HTTP/1.1 keeps connections alive without it.
        del client.headers["Connection"]
        _read_cookies_only_when_set(client.cookies)

    def _budget(self, timeout: float | None) -> float:
        return self.settings.timeout if timeout is None else check_timeout(timeout)

    def _request(self, http: httpx.Client | httpx.AsyncClient, request: Mapping[str, Any], deadline: float) -> httpx.Request:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DeadlinePassed
        args = dict(request)
        args["url"] = self._absolute(http, args["url"])
        return http.build_request(**args, timeout=self.settings.attempt_timeout(remaining))

    def _absolute(self, http: httpx.Client | httpx.AsyncClient, path: str) -> httpx.URL:
        # httpx parses a relative URL and joins it to base_url on every request (two URL parses, ~10 µs); a
        # client calls the same paths again and again, so each is joined once, by httpx itself.
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= _MAX_URLS:
                self._urls.clear()
            url = self._urls[path] = http.build_request("GET", path).url
        return url

    def _read(self, operation: str, response: httpx.Response, body: bytes, started: float, attempt: int) -> Answer:
        if log.isEnabledFor(logging.DEBUG):
            rid = response.headers.get(REQUEST_ID_HEADER)
            log.debug(
                "%s %s %s -> %d in %.1f ms (attempt %d, request id %s)",
                operation,
                response.request.method,
                response.request.url.path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
                attempt,
                redact(rid, self.settings.secrets()) if rid else None,
            )
        if self.settings.on_response:
            # The hooks get a response of httpx's public API holding the body read within the limits (decoded:
            # without the encoding headers), built only for them (~30 µs).
            headers = [(k, v) for k, v in response.headers.raw if k.lower() not in _DECODED]
            read = httpx.Response(
                response.status_code, headers=headers, content=body, request=response.request, extensions=response.extensions
            )
            for hook in self.settings.on_response:
                hook(read)
        return Answer(response, body)

    def retry_delay(
        self, operation: str, method: str, attempt: int, response: httpx.Response | None, deadline: float, unsent: bool = False
    ) -> float | None:
        delay = self.settings.retry.delay(method, attempt, response, unsent=unsent)
        if delay is None or time.monotonic() + delay >= deadline:  # a wait past the deadline is not made
            return None
        what = f"HTTP {response.status_code}" if response is not None else "connection failed"
        log.warning("%s: %s, retrying in %.2f s (attempt %d of %d)", operation, what, delay, attempt + 1, self.settings.retry.max_attempts)
        return delay


_TRANSPORT = (httpx.TransportError, DeadlinePassed)
_DECODED = (b"content-encoding", b"content-length", b"transfer-encoding")


def _unsent(exc: BaseException) -> bool:
    """The request never left: no connection was made (a write may then be repeated safely)."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)


def _read_cookies_only_when_set(cookies: httpx.Cookies) -> None:
    """httpx hands every response to the cookie jar (~20 µs through urllib's cookie machinery); an answer
    without Set-Cookie adds nothing to it, so it is not handed over. Cookies that are set are kept as before.
    The public method is replaced on this client's own Cookies object, no private attribute is touched: should
    httpx stop calling it, cookies are extracted as before, only slower (decision 0018)."""
    extract = cookies.extract_cookies

    def extract_when_set(response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            extract(response)

    setattr(cookies, "extract_cookies", extract_when_set)  # noqa: B010  (an instance attribute, not the method)


class SyncEngine(_Engine):
    def __init__(
        self, settings: Settings, transport: httpx.BaseTransport | None = None, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        super().__init__(settings)
        self._sleep = sleep
        hooks = {"request": list(settings.on_request)} if settings.on_request else None
        self.http = httpx.Client(**settings.client_args(), transport=transport, event_hooks=hooks)
        self._drop_hop_by_hop(self.http)
        hold_deadlines(self.http)

    @property
    def sleep(self) -> Callable[[float], None]:
        """The client's `sleep` (between retries): also what a waiter waits with unless given its own."""
        return self._sleep

    def _attempt(self, operation: str, request: Mapping[str, Any], deadline: float, attempt: int) -> Answer:
        started = time.perf_counter()
        held = DEADLINE.set(deadline)  # every socket wait of this attempt ends by the deadline (runtime/deadline.py)
        try:
            response = self.http.send(self._request(self.http, request, deadline), stream=True)
            try:
                if response.is_stream_consumed:  # a transport that answered with bytes in memory (httpx.MockTransport)
                    body = read_body(iter((response.content,)), "", self.settings.limits, deadline)
                else:
                    encoding = response.headers.get("Content-Encoding", "")
                    body = read_body(response.iter_raw(), encoding, self.settings.limits, deadline)
            except BodyProblem as problem:
                raise self._unreadable(operation, response, str(problem), problem.partial) from None
            finally:
                response.close()
        finally:
            DEADLINE.reset(held)
        return self._read(operation, response, body, started, attempt)

    def call(self, operation: str, request: Mapping[str, Any], timeout: float | None = None) -> Answer:
        """Send (with retries) within the deadline; the 2xx response with its body read, or an error."""
        budget, method = self._budget(timeout), str(request["method"]).upper()
        deadline = time.monotonic() + budget
        attempt = 1
        while True:
            failure: Exception
            cause: BaseException | None = None
            try:
                answer = self._attempt(operation, request, deadline, attempt)
            except _TRANSPORT as exc:
                failure, cause = self.transport_error(operation, exc, attempt, budget)
                retry = healable(exc) and not isinstance(exc, DeadlinePassed)
                delay = self.retry_delay(operation, method, attempt, None, deadline, _unsent(exc)) if retry else None
            else:
                if answer.response.is_success:
                    return answer
                failure = self.api_error(answer, operation, attempt)
                delay = self.retry_delay(operation, method, attempt, answer.response, deadline)
            if delay is None:
                raise failure from cause  # raised here, not in the except block: no raw exception as __context__
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.http.close()


class AsyncEngine(_Engine):
    def __init__(
        self,
        settings: Settings,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        super().__init__(settings)
        self._sleep = sleep
        hooks = {"request": [self._request_hook]} if settings.on_request else None
        self.http = httpx.AsyncClient(**settings.client_args(), transport=transport, event_hooks=hooks)
        self._drop_hop_by_hop(self.http)

    @property
    def sleep(self) -> Callable[[float], Awaitable[None]]:
        """The client's `sleep` (between retries): also what a waiter waits with unless given its own."""
        return self._sleep

    async def _request_hook(self, request: httpx.Request) -> None:
        for hook in self.settings.on_request:
            hook(request)

    async def _attempt(self, operation: str, request: Mapping[str, Any], deadline: float, attempt: int) -> Answer:
        started = time.perf_counter()
        response = await self.http.send(self._request(self.http, request, deadline), stream=True)
        try:
            if response.is_stream_consumed:  # a transport that answered with bytes in memory (httpx.MockTransport)
                body = read_body(iter((response.content,)), "", self.settings.limits, deadline)
            else:
                body = await aread_body(response.aiter_raw(), response.headers.get("Content-Encoding", ""), self.settings.limits, deadline)
        except BodyProblem as problem:
            raise self._unreadable(operation, response, str(problem), problem.partial) from None
        finally:
            await response.aclose()
        return self._read(operation, response, body, started, attempt)

    async def call(self, operation: str, request: Mapping[str, Any], timeout: float | None = None) -> Answer:
        """Send (with retries) within the deadline; the 2xx response with its body read, or an error."""
        budget, method = self._budget(timeout), str(request["method"]).upper()
        deadline = time.monotonic() + budget
        attempt = 1
        while True:
            failure: Exception
            cause: BaseException | None = None
            try:
                # asyncio can cancel a read in the middle: the deadline holds exactly here
                async with asyncio.timeout(max(0.0, deadline - time.monotonic())):
                    answer = await self._attempt(operation, request, deadline, attempt)
            except (*_TRANSPORT, TimeoutError) as exc:
                failure, cause = self.transport_error(
                    operation, DeadlinePassed() if isinstance(exc, TimeoutError) else exc, attempt, budget
                )
                retry = healable(exc) and not isinstance(exc, DeadlinePassed | TimeoutError)
                delay = self.retry_delay(operation, method, attempt, None, deadline, _unsent(exc)) if retry else None
            else:
                if answer.response.is_success:
                    return answer
                failure = self.api_error(answer, operation, attempt)
                delay = self.retry_delay(operation, method, attempt, answer.response, deadline)
            if delay is None:
                raise failure from cause
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.http.aclose()
