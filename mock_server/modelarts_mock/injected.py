"""Faults as they reach the client: an error reply, or a connection broken mid-way.

Served by uvicorn through `testing.server_config`, the mock sees its connection's transport (the ASGI
`extensions` entry below) and can reset it or cut a body short. In-process there is no connection:
ConnectionFault is raised, and the httpx transports of `modelarts_mock.transport` turn it into the
transport error a client would get.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from typing import Any

from modelarts_spec.servable import error_example
from starlette.types import Scope, Send

from modelarts_mock.faults import STUB, ConnectionFault, Fault
from modelarts_mock.spec import MockSpec, OperationSpec
from modelarts_mock.wire import JSON, Reply, encode, send_reply

TRANSPORT = "modelarts_mock.transport"  # key of the connection's asyncio transport in scope["extensions"]
SOCKET = "modelarts_mock.socket"  # set on every request served on a socket (testing.server_config), whatever the protocol
THROTTLED = ("APIGW.0308", "The throttling threshold has been reached")  # the API gateway's 429


def fault_reply(spec: MockSpec, op: OperationSpec, fault: Fault) -> Reply:
    """The error a status fault answers: the given code, else the spec's example for that status, else a Mock.Fault.
    A stub's reply carries its status and headers; its body is sent by `deliver` as given."""
    if fault.kind == "empty":
        return Reply(204, None)
    if fault.kind == STUB:
        return Reply(fault.status, None, dict(fault.headers or {}))
    example, _ = error_example(spec.data, op.operation, str(fault.status))
    code, message = (
        (example["error_code"], example["error_msg"]) if example else THROTTLED if fault.status == 429 else ("Mock.Fault", "injected fault")
    )
    headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
    body = {"error_code": fault.error_code or code, "error_msg": fault.error_msg or message}
    return Reply(fault.status, body, headers)


async def deliver(scope: Scope, send: Send, fault: Fault, reply: Reply, payload: bytes) -> None:
    """Send what a fault or a stub answers: a broken connection, the stub's own bytes and headers, else the reply."""
    if fault.kind in ("reset", "truncate"):
        await break_connection(scope, send, fault.kind, reply, payload)
    elif fault.kind == STUB:
        await _send_stub(send, reply, fault.payload)
    else:
        await send_reply(reply, send, payload)


async def _send_stub(send: Send, reply: Reply, body: bytes) -> None:
    given = {name.lower(): value for name, value in reply.headers.items()}  # checked by the control plane: visible ASCII
    headers = [(b"content-type", given.pop("content-type", JSON).encode("latin-1")), (b"content-length", str(len(body)).encode())]
    headers += [(name.encode("latin-1"), value.encode("latin-1")) for name, value in given.items()]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def break_connection(scope: Scope, send: Send, kind: str, reply: Reply, payload: bytes) -> None:
    """`reset`: the connection is aborted with a TCP RST before any byte; `truncate`: headers and half the body, then closed."""
    extensions = scope.get("extensions") or {}
    transport: Any = extensions.get(TRANSPORT)
    if transport is None and extensions.get(SOCKET):  # served by uvicorn's stock protocol (protocol.fits() is False)
        reason = "this uvicorn's protocol does not hand the mock its connection (modelarts_mock/protocol.py)"
        reply = Reply(501, {"error_code": "Mock.FaultUnsupported", "error_msg": f"a {kind} fault needs the connection: {reason}"})
        await send_reply(reply, send, encode(reply))
        return
    if transport is None:
        raise ConnectionFault(kind)
    if kind == "truncate":
        body = payload or b'{"truncated": true}'
        headers = [(b"content-type", JSON.encode()), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        transport.close()
    else:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close → RST
        transport.abort()
    for _ in range(3):  # let the server see the connection lost, so it neither logs nor answers a 500
        await asyncio.sleep(0)
