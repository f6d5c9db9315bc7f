"""Raw HTTP against a mock on a loopback socket: what goes out is exactly the bytes given."""

from __future__ import annotations

import contextlib
import json
import socket
import time
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    def json(self) -> Any:
        assert self.headers.get("content-type") == "application/json", self
        return json.loads(self.body)


def exchange(base_url: str, request: bytes, timeout: float = 20.0) -> Answer:
    """Send the bytes, read one response (by Content-Length) or until the server closes."""
    host, port = base_url.removeprefix("http://").split(":")
    started = time.perf_counter()
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the server may answer and close first
            sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data or len(data) < _expected(data):
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1]) if lines[0].startswith("HTTP/") else 0
    headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
    if "content-length" in headers:  # a pipelined request's answer may follow
        body = body[: int(headers["content-length"])]
    return Answer(status, headers, body, time.perf_counter() - started)


def statuses(base_url: str, requests: bytes, timeout: float = 20.0) -> list[int]:
    """Send pipelined requests on one connection; the status of every answer until the server closes."""
    host, port = base_url.removeprefix("http://").split(":")
    data = b""
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(requests)
        while chunk := sock.recv(65536):
            data += chunk
    return [int(part[:3]) for part in data.split(b"HTTP/1.1 ")[1:] if part[:3].isdigit()] if data else []


def _expected(data: bytes) -> int:
    head, _, _ = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(head) + 4 + int(value)
    return 1 << 62


def request(path: str, headers: list[tuple[str, str]] | None = None, host: str | None = "mock") -> bytes:
    lines = [f"GET {path} HTTP/1.1"]
    if host is not None:
        lines.append(f"Host: {host}")
    lines += [f"{name}: {value}" for name, value in headers or []]
    return ("\r\n".join(lines) + "\r\nConnection: close\r\n\r\n").encode("latin-1")
