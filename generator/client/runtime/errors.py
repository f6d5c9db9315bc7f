"""`ModelArtsAPIError`: every failed call, whatever the status (documented, undocumented, non-IANA) or body."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from typing import Any

import httpx

REQUEST_ID_HEADER = "X-Request-Id"
REDACTED = "<redacted>"
_MAX_BODY = 500

# Error bodies as the official SDK reads them: ModelArts' own keys first, then the gateway's variants.
_CODE_KEYS = (("error_code", "error_msg"), ("errorCode", "errorMsg"), ("code", "message"))


class ConfigurationError(ValueError):
    """A client that cannot work as configured (no project id, no credentials, unknown region); says what to set."""


class ModelArtsAPIError(Exception):
    """A ModelArts call that did not succeed.

    `status_code` is the HTTP status (any integer, e.g. 520), `error_code` and `error_msg` come from
    the JSON error body (`ModelArts.xxxx`, or `APIGW.xxxx` from the gateway) and are None when the
    body is not JSON; `request_id` is the X-Request-Id response header, to quote to Huawei support.
    """

    def __init__(
        self,
        status_code: int,
        error_code: str | None,
        error_msg: str | None,
        request_id: str | None = None,
        *,
        operation: str | None = None,
        body: str = "",
    ) -> None:
        self.status_code = status_code
        self.error_code = error_code
        self.error_msg = error_msg
        self.request_id = request_id
        self.operation = operation
        self.body = body
        super().__init__(self._message())

    def _message(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        code = f" {self.error_code}" if self.error_code else ""
        msg = f": {self.error_msg}" if self.error_msg else ""
        rid = f" (request id {self.request_id})" if self.request_id else ""
        return f"{where}HTTP {self.status_code}{code}{msg}{rid}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's default rebuilds with self.args (the message) only, which __init__ refuses: pickle
        # (multiprocessing, celery) and copy call the constructor with its own arguments instead; the state
        # brings back the rest of __dict__ (notes, attributes set by callers).
        rebuild = functools.partial(type(self), operation=self.operation, body=self.body)
        return rebuild, (self.status_code, self.error_code, self.error_msg, self.request_id), self.__dict__

    def __repr__(self) -> str:
        return (
            f"ModelArtsAPIError(status_code={self.status_code}, error_code={self.error_code!r}, "
            f"error_msg={self.error_msg!r}, request_id={self.request_id!r}, operation={self.operation!r})"
        )

    @classmethod
    def from_response(cls, response: httpx.Response, operation: str | None = None, secrets: Iterable[str] = ()) -> ModelArtsAPIError:
        """Read status, code, message and request id from any response; never raises on odd bodies."""
        hidden = tuple(secrets)
        text = redact(_text(response), hidden)
        code, msg = _code_and_message(text)
        if code is None and msg is None and text.strip():
            msg = " ".join(text.split())[:_MAX_BODY]  # not JSON (a proxy's HTML page, plain text): keep an excerpt
        if msg is None:
            msg = response.reason_phrase or None
        request_id = response.headers.get(REQUEST_ID_HEADER)
        return cls(
            response.status_code,
            code,
            msg,
            redact(request_id, hidden) if request_id else None,
            operation=operation,
            body=text[:_MAX_BODY],
        )

    @classmethod
    def unexpected_body(cls, response: httpx.Response, operation: str, problem: str) -> ModelArtsAPIError:
        """A 2xx whose body does not match the spec (not JSON, wrong shape)."""
        return cls(response.status_code, None, problem, response.headers.get(REQUEST_ID_HEADER), operation=operation)


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def _text(response: httpx.Response) -> str:
    try:
        return response.content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:  # an unknown charset in Content-Type
        return response.content.decode("utf-8", errors="replace")


def _code_and_message(text: str) -> tuple[str | None, str | None]:
    try:
        data: Any = json.loads(text)
    except ValueError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    for code_key, msg_key in _CODE_KEYS:
        if code_key in data or msg_key in data:
            code, msg = data.get(code_key), data.get(msg_key)
            return (None if code is None else str(code)), (None if msg is None else str(msg))
    return None, None
