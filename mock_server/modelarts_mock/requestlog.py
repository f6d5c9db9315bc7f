"""The one line per request (`GET /v1/…/quotas 200 0.41ms`): through `logging` by default, or, in the command,
written straight to stderr in the same format.

A `logging` record costs about a third of the mock's own time per request (the record, the formatter's
timestamp, the handler's lock): the command owns its stderr and its log format, so it writes the line
itself, the timestamp text computed once a second. In-process users keep `logging` (and pytest's caplog).
"""

from __future__ import annotations

import logging
import time
from typing import Protocol, TextIO

log = logging.getLogger("modelarts_mock")


class RequestLog(Protocol):
    def __call__(self, method: str, path: str, status: int, ms: float) -> None: ...


def through_logging(method: str, path: str, status: int, ms: float) -> None:
    log.info("%s %s %d %.2fms", method, path, status, ms)


class StreamRequestLog:
    """The line `logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s")` would write."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._second = -1
        self._stamp = ""

    def __call__(self, method: str, path: str, status: int, ms: float) -> None:
        now = time.time()
        second = int(now)
        if second != self._second:
            self._second, self._stamp = second, time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(now))
        millis = int((now - second) * 1000)
        self.stream.write(f"{self._stamp},{millis:03d} modelarts_mock INFO {method} {path} {status} {ms:.2f}ms\n")
        self.stream.flush()
