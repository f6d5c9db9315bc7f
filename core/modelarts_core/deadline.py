"""The call's deadline on every socket wait of a sync call, the status line and headers included.

httpx gives each read the timeout fixed when the request was built, so a server that sends a byte just
before each read would time out keeps a sync call alive forever (asyncio cancels the read instead). The
network backend of the client's transports is wrapped: every connect, read and write waits at most until
the deadline of the call running in this thread (a context variable set by the engine for one attempt).

Reaching the backend takes private attributes of httpx and httpcore (`Client._transport`, `Client._mounts`,
`HTTPTransport._pool`, `ConnectionPool._network_backend`): no public API sets it. So the wrapping is done
only for the versions it was tested with (VALID_FOR, pinned by tests/client/test_client_deadline_versions.py)
and when those attributes are there; otherwise the public path stays: httpx's own per-read timeouts (each
at most the time left when the attempt started), the deadline checked between body chunks, and a
ModelArtsTimeout at the end. The async client needs none of this: asyncio cancels the read at the deadline.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

DEADLINE: ContextVar[float | None] = ContextVar("modelarts_core_deadline", default=None)


def _bounded(timeout: float | None, passed: type[Exception]) -> float | None:
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise passed("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> httpcore.NetworkStream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> httpcore.NetworkStream:
        return _Stream(self._backend.connect_unix_socket(path, _bounded(timeout, httpcore.ConnectTimeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


# (package, first version not known to work): the private attributes above exist, with this meaning, below these.
VALID_FOR = (("httpx", (0, 26), (0, 29)), ("httpcore", (1, 0), (2, 0)))


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:2] if part.isdigit())


def versions_supported(installed: dict[str, str] | None = None) -> bool:
    found = installed or {"httpx": httpx.__version__, "httpcore": httpcore.__version__}
    return all(low <= _version(found[name]) < high for name, low, high in VALID_FOR)


def hold_deadlines(client: httpx.Client) -> bool:
    """Wrap the network backend of each httpx transport of `client` (its own and the proxies' mounted from the
    environment); a transport handed in that is not httpx's (MockTransport, a test's) is left as it is.
    False (nothing wrapped: the public path) for httpx/httpcore versions outside VALID_FOR."""
    if not versions_supported():
        return False
    transports = [getattr(client, "_transport", None), *(getattr(client, "_mounts", None) or {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None) if isinstance(transport, httpx.HTTPTransport) else None
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
    return True
