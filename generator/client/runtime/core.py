"""The request engine behind the rendered facade: settings, one call with retries and hooks, typed parsing.

`SyncEngine` and `AsyncEngine` share everything but the I/O. A call sends the request built by
the generated operation module, retries per `RetryPolicy` (each attempt is signed afresh), raises
`ModelArtsAPIError` for any non-2xx answer, and turns a 2xx body into the operation's model,
raising `ModelArtsAPIError` (never JSONDecodeError/KeyError) if the body does not fit.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from .auth import AkSkAuth
from .endpoints import base_url
from .errors import ConfigurationError, ModelArtsAPIError, redact
from .retry import RetryPolicy

log = logging.getLogger("modelarts_client")

T = TypeVar("T")
RequestHook = Callable[[httpx.Request], None]
ResponseHook = Callable[[httpx.Response], None]  # called with the body already read

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
USER_AGENT = "modelarts-client"
_CONNECT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout)  # nothing reached the server: safe to retry a GET
_BAD_MODEL = (KeyError, TypeError, ValueError, AttributeError)  # what a generated from_dict raises on a body of the wrong shape


@dataclass(frozen=True)
class Settings:
    base_url: str
    project_id: str
    auth: httpx.Auth
    timeout: httpx.Timeout
    retry: RetryPolicy
    on_request: Sequence[RequestHook]
    on_response: Sequence[ResponseHook]
    headers: Mapping[str, str]

    @classmethod
    def build(
        cls,
        regions: Mapping[str, str],
        *,
        region: str | None,
        endpoint: str | None,
        project_id: str | None,
        auth: httpx.Auth | None,
        timeout: httpx.Timeout | float | None,
        retry: RetryPolicy | None,
        on_request: Sequence[RequestHook],
        on_response: Sequence[ResponseHook],
        headers: Mapping[str, str] | None,
    ) -> Settings:
        """Check everything at construction, so a bad set-up fails here and not as a 401 later."""
        url = base_url(regions, region, endpoint)
        if not project_id:
            raise ConfigurationError("no project id: pass project_id='…' (from_env reads HUAWEICLOUD_SDK_PROJECT_ID)")
        if auth is None:
            raise ConfigurationError(
                "no credentials: pass auth=TokenAuth(token) or auth=AkSkAuth(ak, sk) "
                "(from_env reads HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK or MODELARTS_AUTH_TOKEN)"
            )
        if isinstance(auth, AkSkAuth):
            if auth.project_id and auth.project_id != project_id:
                raise ConfigurationError(f"AkSkAuth is bound to project {auth.project_id!r}, the client to {project_id!r}")
            auth = auth.with_project_id(project_id)
        return cls(
            url,
            project_id,
            auth,
            DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout),
            RetryPolicy() if retry is None else retry,
            tuple(on_request),
            tuple(on_response),
            dict(headers or {}),
        )

    def client_args(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "auth": self.auth,
            "timeout": self.timeout,
            "headers": {"User-Agent": USER_AGENT, **self.headers},
        }

    def secrets(self) -> tuple[str, ...]:
        found = getattr(self.auth, "secrets", None)
        return tuple(found()) if callable(found) else ()

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, project_id={self.project_id!r}, auth={self.auth!r})"


class _Engine:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def project_id(self) -> str:
        return self.settings.project_id  # read, not copied: one source of truth

    def _drop_hop_by_hop(self, client: httpx.Client | httpx.AsyncClient) -> None:
        # AK/SK signs every header; a hop-by-hop header may be rewritten by a proxy on the way, breaking
        # the signature. HTTP/1.1 keeps connections alive without it.
        del client.headers["Connection"]

    def _retry_delay(self, operation: str, method: str, attempt: int, response: httpx.Response | None) -> float | None:
        delay = self.settings.retry.delay(method, attempt, response)
        if delay is not None:
            what = f"HTTP {response.status_code}" if response is not None else "connection failed"
            log.warning(
                "%s: %s, retrying in %.2f s (attempt %d of %d)", operation, what, delay, attempt + 1, self.settings.retry.max_attempts
            )
        return delay

    def _log(self, operation: str, response: httpx.Response, started: float, attempt: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s %s -> %d in %.1f ms (attempt %d, request id %s)",
                operation,
                response.request.method,
                response.request.url.path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
                attempt,
                response.headers.get("X-Request-Id"),
            )

    def _error(self, response: httpx.Response, operation: str) -> ModelArtsAPIError:
        return ModelArtsAPIError.from_response(response, operation, self.settings.secrets())

    def parse(self, response: httpx.Response, operation: str, build: Callable[[dict[str, Any]], T]) -> T:
        """The 2xx body as the operation's model."""
        parsed = self.parse_optional(response, operation, build)
        if parsed is None:
            raise ModelArtsAPIError.unexpected_body(response, operation, "empty response body, expected JSON")
        return parsed

    def parse_optional(self, response: httpx.Response, operation: str, build: Callable[[dict[str, Any]], T]) -> T | None:
        """The 2xx body as the operation's model, or None for an empty body (a 204 without content)."""
        if not response.content.strip():
            return None
        try:
            data = json.loads(response.content)
        except ValueError:
            raise ModelArtsAPIError.unexpected_body(response, operation, "response body is not JSON") from None
        try:
            return build(data)
        except _BAD_MODEL as exc:
            problem = redact(f"response body does not match the spec: {type(exc).__name__}: {exc}", self.settings.secrets())
            raise ModelArtsAPIError.unexpected_body(response, operation, problem) from None


class SyncEngine(_Engine):
    def __init__(
        self, settings: Settings, transport: httpx.BaseTransport | None = None, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        super().__init__(settings)
        self._sleep = sleep
        self.http = httpx.Client(
            **settings.client_args(),
            transport=transport,
            event_hooks={"request": list(settings.on_request), "response": [self._response_hook]}
            if settings.on_request or settings.on_response
            else None,
        )
        self._drop_hop_by_hop(self.http)

    def _response_hook(self, response: httpx.Response) -> None:
        response.read()
        for hook in self.settings.on_response:
            hook(response)

    def call(self, operation: str, request: Mapping[str, Any]) -> httpx.Response:
        """Send (with retries); the 2xx response, or ModelArtsAPIError."""
        attempt = 1
        while True:
            started = time.perf_counter()
            try:
                response = self.http.request(**request)
            except _CONNECT_ERRORS:
                delay = self._retry_delay(operation, request["method"], attempt, None)
                if delay is None:
                    raise
            else:
                self._log(operation, response, started, attempt)
                if response.is_success:
                    return response
                delay = self._retry_delay(operation, request["method"], attempt, response)
                if delay is None:
                    raise self._error(response, operation)
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
        self.http = httpx.AsyncClient(
            **settings.client_args(),
            transport=transport,
            event_hooks={"request": [self._request_hook], "response": [self._response_hook]}
            if settings.on_request or settings.on_response
            else None,
        )
        self._drop_hop_by_hop(self.http)

    async def _request_hook(self, request: httpx.Request) -> None:
        for hook in self.settings.on_request:
            hook(request)

    async def _response_hook(self, response: httpx.Response) -> None:
        await response.aread()
        for hook in self.settings.on_response:
            hook(response)

    async def call(self, operation: str, request: Mapping[str, Any]) -> httpx.Response:
        """Send (with retries); the 2xx response, or ModelArtsAPIError."""
        attempt = 1
        while True:
            started = time.perf_counter()
            try:
                response = await self.http.request(**request)
            except _CONNECT_ERRORS:
                delay = self._retry_delay(operation, request["method"], attempt, None)
                if delay is None:
                    raise
            else:
                self._log(operation, response, started, attempt)
                if response.is_success:
                    return response
                delay = self._retry_delay(operation, request["method"], attempt, response)
                if delay is None:
                    raise self._error(response, operation)
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.http.aclose()
