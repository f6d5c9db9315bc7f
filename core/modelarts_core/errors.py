"""Every failure of a call is a `ModelArtsClientError`; below it, one class per kind the caller can act on.

    ModelArtsClientError
    ├── ModelArtsAPIError            the server answered, not with success (any status; 4xx/5xx not below)
    │   ├── BadRequest 400, Unauthorized 401, Forbidden 403, NotFound 404, Throttled 429, ServerError 5xx
    │   └── ModelArtsResponseError   a 2xx body that is not JSON, too large, too deeply nested, or (strict) off-spec
    ├── ModelArtsConnectionError     no complete answer: DNS, refused, reset, TLS (after retries)
    │   └── ModelArtsTimeout         the call's deadline passed (also a TimeoutError)
    │       └── WaitTimeout          a waiter's timeout passed first (also a ModelArtsWaitError)
    ├── ModelArtsWaitError           a waiter (`wait_…`, waiters.py) stopped short of the state it waited for
    │   ├── ResourceFailed           the resource reached a failure state
    │   └── ResourceGone             the resource disappeared (its show operation answered 404)
    ├── ConfigurationError           a client that cannot work as configured (also a ValueError)
    ├── ModelArtsArgumentError       an argument the spec refuses, before anything is sent (also a ValueError)
    └── ModelArtsUnsupported         an operation this client cannot send (a request body type it does not
                                     support), before anything is sent (also a NotImplementedError)

No attribute holds an httpx object: a raw httpx exception carries the request and its credentials, so a
transport failure is chained to a copy without the request, and pickling any of these carries only the
attributes listed here, all redacted.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from typing import Any

REQUEST_ID_HEADER = "X-Request-Id"
REDACTED = "<redacted>"
_MAX_MESSAGE = 500

# Error bodies as the official SDK reads them: ModelArts' own keys first, then the gateway's variants.
_CODE_KEYS = (("error_code", "error_msg"), ("errorCode", "errorMsg"), ("code", "message"))
# An echoed Authorization header: the signature is a credential for as long as the request is fresh.
# Shorter "secrets" are test placeholders ("t"): replacing them would garble every message, hiding nothing.
_MIN_SECRET = 4
_SIGNATURE = re.compile(r"(?i)(signature\s*=\s*)[0-9a-f]{16,}")


class ModelArtsClientError(Exception):
    """Base class of every error the client raises."""


class ConfigurationError(ModelArtsClientError, ValueError):
    """A client that cannot work as configured (no project id, no credentials, unknown region); says what to set."""


class ModelArtsArgumentError(ModelArtsClientError, ValueError):
    """An argument the spec refuses (an enum value it does not list, a path value that would leave its segment
    or does not match the spec's pattern or length, a request body that does not fit its schema, a page size
    below 1), raised before anything is sent; names the parameter and what is allowed. `operation` is the
    operationId when known, `pointer` the JSON pointer of the misfit inside a request body (None for a
    parameter). Also a ValueError, so `except ValueError` keeps working."""

    def __init__(self, message: str, *, operation: str | None = None, pointer: str | None = None) -> None:
        super().__init__(message)
        self.operation = operation
        self.pointer = pointer

    def __reduce__(self) -> tuple[Any, ...]:
        rebuild = functools.partial(type(self), operation=self.operation, pointer=self.pointer)
        return rebuild, (str(self),), self.__dict__


class ModelArtsUnsupported(ModelArtsClientError, NotImplementedError):
    """An operation (or a form of its request) this client cannot send, e.g. a multipart/form-data upload;
    raised before anything is sent, naming the operation. Also a NotImplementedError."""


class ModelArtsAPIError(ModelArtsClientError):
    """The server answered, but not with success.

    `status_code` is the HTTP status (any integer, e.g. 520); `error_code` and `error_msg` come from the JSON
    error body (`ModelArts.xxxx`, or `APIGW.xxxx` from the gateway), `error_msg` holds an excerpt of a body
    that is not JSON; `request_id` is the X-Request-Id response header, to quote to Huawei support;
    `operation` is the operationId (`ShowPool`); `body` the (redacted) body text, at most 500 characters;
    `attempts` how many were made (retries included); `hint` what to check (a 403/404 names the project id in
    use, which a wrong one also causes).
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
        attempts: int = 1,
        hint: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.error_code = error_code
        self.error_msg = error_msg
        self.request_id = request_id
        self.operation = operation
        self.body = body
        self.attempts = attempts
        self.hint = hint
        super().__init__(self._message())

    def _message(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        code = f" {self.error_code}" if self.error_code else ""
        msg = f": {self.error_msg}" if self.error_msg else ""
        rid = f" (request id {self.request_id})" if self.request_id else ""
        tries = f" [after {self.attempts} attempts]" if self.attempts > 1 else ""
        hint = f"; hint: {self.hint}" if self.hint else ""
        return f"{where}HTTP {self.status_code}{code}{msg}{rid}{tries}{hint}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's default rebuilds with self.args (the message) only, which __init__ refuses: pickle
        # (multiprocessing, celery) and copy call the constructor with its own arguments instead; the state
        # brings back the rest of __dict__ (notes, attributes set by callers).
        rebuild = functools.partial(type(self), operation=self.operation, body=self.body, attempts=self.attempts, hint=self.hint)
        return rebuild, (self.status_code, self.error_code, self.error_msg, self.request_id), self.__dict__

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, error_code={self.error_code!r}, "
            f"error_msg={self.error_msg!r}, request_id={self.request_id!r}, operation={self.operation!r})"
        )


class BadRequest(ModelArtsAPIError):
    """HTTP 400: the request was refused as invalid (see error_code / error_msg)."""


class Unauthorized(ModelArtsAPIError):
    """HTTP 401: the token or the AK/SK signature was not accepted."""


class Forbidden(ModelArtsAPIError):
    """HTTP 403: authenticated, but not allowed."""


class NotFound(ModelArtsAPIError):
    """HTTP 404: no such resource (or no such path)."""


class Throttled(ModelArtsAPIError):
    """HTTP 429: too many requests, still refused after the retries."""


class ServerError(ModelArtsAPIError):
    """HTTP 5xx: the server (or the gateway in front of it) failed, after the retries for 502/503/504."""


class ModelArtsResponseError(ModelArtsAPIError):
    """A 2xx answer the client cannot read: not JSON, over the size or nesting limit, or off-spec under `strict=True`.

    `body` holds the raw body (redacted; the part that was read when it was over the size limit) and
    `pointer` the JSON pointer of the first value that did not fit the spec (`""`: the body as a whole, e.g. an
    array where an object is expected); None when the body is not JSON or over a limit.
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
        pointer: str | None = None,
        attempts: int = 1,
        hint: str | None = None,
    ) -> None:
        self.pointer = pointer
        super().__init__(status_code, error_code, error_msg, request_id, operation=operation, body=body, attempts=attempts, hint=hint)

    def __reduce__(self) -> tuple[Any, ...]:
        rebuild = functools.partial(type(self), operation=self.operation, body=self.body, pointer=self.pointer, attempts=self.attempts)
        return rebuild, (self.status_code, self.error_code, self.error_msg, self.request_id), self.__dict__


class ModelArtsConnectionError(ModelArtsClientError):
    """No complete answer: the name did not resolve, the connection was refused or reset, TLS failed.

    `operation` and `endpoint` (the base URL) say where; `reason` is the transport's own message; `attempts`
    how many were made (retries included). The `__cause__` is a copy of the httpx exception without its
    request (which holds the credentials).
    """

    def __init__(self, reason: str, *, operation: str | None = None, endpoint: str | None = None, attempts: int = 1) -> None:
        self.reason = reason
        self.operation = operation
        self.endpoint = endpoint
        self.attempts = attempts
        where = f"{operation}: " if operation else ""
        at = f" ({endpoint})" if endpoint else ""
        tries = f" [after {attempts} attempts]" if attempts > 1 else ""
        super().__init__(f"{where}{reason}{at}{tries}")

    def __reduce__(self) -> tuple[Any, ...]:
        rebuild = functools.partial(type(self), operation=self.operation, endpoint=self.endpoint, attempts=self.attempts)
        return rebuild, (self.reason,), self.__dict__

    def __str__(self) -> str:  # OSError's own __str__ (ModelArtsTimeout is a TimeoutError) would show errno fields
        where = f"{self.operation}: " if self.operation else ""
        at = f" ({self.endpoint})" if self.endpoint else ""
        tries = f" [after {self.attempts} attempts]" if self.attempts > 1 else ""
        return f"{where}{self.reason}{at}{tries}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(reason={self.reason!r}, operation={self.operation!r}, endpoint={self.endpoint!r})"


class ModelArtsTimeout(ModelArtsConnectionError, TimeoutError):
    """The call's deadline (`timeout=`, covering connecting, reading, retries and their waits) passed.
    Also a TimeoutError, so `except TimeoutError` catches it."""


WaitState = str | int | None  # a state as a waiter reports it (None: no state read yet)
_MAX_STATE = 200  # characters of a state kept on a waiter's error: the server's text, not ours


def _last(state: WaitState) -> str:
    return "no state read yet" if state is None else f"last state {state!r}"


class ModelArtsWaitError(ModelArtsClientError):
    """A waiter (`wait_<resource>`) stopped without the resource reaching a state it waited for.

    `resource` is the resource's name (`training_job`), `resource_id` the show operation's path arguments joined
    by "/", `state` the last state seen (None when none was read; a long one cut to 200 characters),
    `operation` the show operation polled (`ShowTrainingJobDetails`). Nothing else: no client, no credentials.
    """

    def __init__(
        self, message: str = "", *, resource: str, resource_id: str, state: WaitState = None, operation: str | None = None
    ) -> None:
        super().__init__(message)
        self.resource = resource
        self.resource_id = resource_id
        self.state = state[:_MAX_STATE] if isinstance(state, str) else state
        self.operation = operation
        if not message:
            self.args = (self._message(),)

    def _what(self) -> str:
        return f"{self.resource} {self.resource_id!r}" if self.resource_id else self.resource

    def _message(self) -> str:
        return f"{self._what()}: waiting stopped; {_last(self.state)}"

    def __str__(self) -> str:  # not ModelArtsConnectionError's (WaitTimeout): the message says it all
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> tuple[Any, ...]:
        fields: dict[str, Any] = {
            "resource": self.resource,
            "resource_id": self.resource_id,
            "state": self.state,
            "operation": self.operation,
        }
        return functools.partial(type(self), **fields), (str(self),), self.__dict__

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(resource={self.resource!r}, resource_id={self.resource_id!r}, "
            f"state={self.state!r}, operation={self.operation!r})"
        )


class ResourceFailed(ModelArtsWaitError):
    """The resource reached one of its failure states (`x-lifecycle`'s `failed`), from which the states waited
    for are never reached; `state` names it. A failure state that was waited for (`until=`) is returned instead."""

    def _message(self) -> str:
        by = f" ({self.operation})" if self.operation else ""
        return f"{self._what()} reached the failure state {self.state!r}{by}"


class ResourceGone(ModelArtsWaitError):
    """The resource disappeared while waited for (or never existed): its show operation answered 404. The
    `__cause__` is the `NotFound`; `state` the last state seen before it."""

    def _message(self) -> str:
        by = f" ({self.operation} answered 404)" if self.operation else ""
        return f"{self._what()} is gone{by}; {_last(self.state)}"


class WaitTimeout(ModelArtsWaitError, ModelArtsTimeout):
    """The waiter's `timeout` passed before the resource reached a state it waited for; the message names the
    last state seen. `timeout` is the seconds waited for, `until` the states waited for, `attempts` the show
    calls made. Also a `ModelArtsTimeout` and a `TimeoutError`."""

    def __init__(
        self,
        message: str = "",
        *,
        resource: str,
        resource_id: str,
        state: WaitState = None,
        operation: str | None = None,
        timeout: float = 0.0,
        until: tuple[str | int, ...] = (),
        attempts: int = 1,
    ) -> None:
        self.timeout, self.until = timeout, until
        super().__init__(message, resource=resource, resource_id=resource_id, state=state, operation=operation)
        self.attempts = attempts  # ModelArtsConnectionError's __init__ (called by the one above) set it to 1
        if not message:
            self.args = (self._message(),)
        self.reason = str(self.args[0])

    def _message(self) -> str:
        calls = f" ({self.attempts} calls of {self.operation})" if self.operation else ""
        target = " or ".join(repr(state) for state in self.until) or "the state waited for"
        return f"{self._what()} did not reach {target} within {self.timeout:g} s{calls}; {_last(self.state)}"

    def __reduce__(self) -> tuple[Any, ...]:
        rebuild, args, state = super().__reduce__()
        return functools.partial(rebuild, timeout=self.timeout, until=self.until, attempts=self.attempts), args, state


_BY_STATUS: dict[int, type[ModelArtsAPIError]] = {400: BadRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound, 429: Throttled}


def error_class(status: int) -> type[ModelArtsAPIError]:
    if 500 <= status <= 599:
        return ServerError
    return _BY_STATUS.get(status, ModelArtsAPIError)


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` without any of `secrets` (also JSON-escaped, character by character) or an echoed request signature."""
    for secret in secrets:
        if len(secret) >= _MIN_SECRET:
            text = _secret_pattern(secret).sub(REDACTED, text)
    return _SIGNATURE.sub(rf"\1{REDACTED}", text)


@functools.lru_cache(maxsize=64)
def _secret_pattern(secret: str) -> re.Pattern[str]:
    # A server may echo a secret inside JSON it never finished (so it is not decoded first) with any character
    # written as itself, as a \uXXXX escape (either case of hex) or, for '/', '"' and '\', a short escape.
    return re.compile("".join(_char_forms(char) for char in secret))


def _char_forms(char: str) -> str:
    forms = [re.escape(char)]
    for unit in json.dumps(char)[1:-1], json.dumps(char, ensure_ascii=True)[1:-1]:
        if unit != char:
            forms.append(re.escape(unit))
    forms.append("".join(_hex_escape(code) for code in _utf16_units(char)))  # a surrogate pair beyond the BMP
    if char == "/":
        forms.append(re.escape("\\/"))
    return "(?:" + "|".join(dict.fromkeys(forms)) + ")"


def _utf16_units(char: str) -> list[int]:
    data = char.encode("utf-16-be")
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


def _hex_escape(code: int) -> str:
    return re.escape("\\u") + "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in f"{code:04x}")


def redact_tree(value: Any, secrets: tuple[str, ...]) -> Any:
    """A decoded JSON value with every string (keys too) redacted: escapes are gone once decoded.

    Recursion is bounded by the caller's nesting check (decoding refuses deeper documents).
    """
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {redact(str(k), secrets): redact_tree(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_tree(v, secrets) for v in value]
    return value


def error_fields(data: Any) -> tuple[str | None, str | None]:
    """(error_code, error_msg) from a decoded error body, as the official SDK reads them."""
    if not isinstance(data, dict):
        return None, None
    for code_key, msg_key in _CODE_KEYS:
        if code_key in data or msg_key in data:
            code, msg = data.get(code_key), data.get(msg_key)
            return (None if code is None else str(code)), (None if msg is None else str(msg))
    return None, None


def excerpt(text: str) -> str:
    return " ".join(text.split())[:_MAX_MESSAGE]
