"""What the engine makes of an answer: the 2xx body as the operation's model (tolerant reading) or
`ModelArtsResponseError`, a non-2xx answer as the `ModelArtsAPIError` of its status, a transport failure as
`ModelArtsConnectionError` / `ModelArtsTimeout` — every text redacted of the client's secrets."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from .bodies import BodyProblem, DeadlinePassed, decode_json
from .errors import (
    REQUEST_ID_HEADER,
    ModelArtsAPIError,
    ModelArtsConnectionError,
    ModelArtsResponseError,
    ModelArtsTimeout,
    error_class,
    error_fields,
    excerpt,
    redact,
    redact_tree,
)
from .settings import Settings
from .tolerance import Unfit, read_model

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Answer:
    """A response whose body was read within the limits: the httpx response (status, headers, request;
    streamed, so its own `.content` is not there) and the body, decompressed."""

    response: httpx.Response
    body: bytes

    @property
    def status_code(self) -> int:
        return self.response.status_code


_BAD_MODEL = (KeyError, TypeError, ValueError, AttributeError)  # what a generated from_dict raises on a body of the wrong shape
_MAX_KEPT_BODY = 64 * 1024  # characters of an unreadable 2xx body kept on ModelArtsResponseError
_JSON_KINDS = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean", type(None): "null"}


class Responses:
    """Mixed into the engines (engine.py), which hold the settings."""

    settings: Settings

    def _unreadable(
        self, operation: str, response: httpx.Response, problem: str, body: bytes, pointer: str | None = None
    ) -> ModelArtsResponseError:
        secrets = self.settings.secrets()
        try:  # redacted after decoding: a secret echoed with JSON escapes (\/, \u002f) is found too
            text = json.dumps(redact_tree(decode_json(body, self.settings.limits), secrets), ensure_ascii=False)[:_MAX_KEPT_BODY]
        except BodyProblem:
            text = redact(body[: _MAX_KEPT_BODY * 4].decode("utf-8", errors="replace"), secrets)[:_MAX_KEPT_BODY]
        rid = response.headers.get(REQUEST_ID_HEADER)
        return ModelArtsResponseError(
            response.status_code,
            None,
            redact(problem, secrets),
            redact(rid, secrets) if rid else None,
            operation=operation,
            body=text,
            pointer=pointer,
        )

    def api_error(self, answer: Answer, operation: str, attempts: int = 1) -> ModelArtsAPIError:
        """The error of a non-2xx answer, its fields read from the body after decoding and redacted."""
        secrets = self.settings.secrets()
        response, body = answer.response, answer.body
        try:
            data = redact_tree(decode_json(body, self.settings.limits), secrets)
        except BodyProblem:
            data = None
        code, msg = error_fields(data)
        if data is not None:
            text = json.dumps(data, ensure_ascii=False)
        else:
            text = redact(body.decode(response.encoding or "utf-8", errors="replace"), secrets)
            if text.strip():
                msg = excerpt(text)  # not JSON (a proxy's HTML page, plain text): keep an excerpt
        rid = response.headers.get(REQUEST_ID_HEADER)
        return error_class(response.status_code)(
            response.status_code,
            code,
            msg if msg is not None else (response.reason_phrase or None),
            redact(rid, secrets) if rid else None,
            operation=operation,
            body=excerpt(text) if text else "",
            attempts=attempts,
            hint=self._project_hint(response),
        )

    def _project_hint(self, response: httpx.Response) -> str | None:
        project = self.settings.project_id
        if response.status_code not in (403, 404) or f"/{project}/" not in response.request.url.path:
            return None
        return f"the request used project id {project!r}; a wrong project id is answered this way too (check it in the console)"

    def transport_error(
        self, operation: str, exc: BaseException, attempts: int = 1, budget: float | None = None
    ) -> tuple[ModelArtsConnectionError, BaseException | None]:
        """Our error for a transport failure, and a copy of the httpx exception without the request to chain."""
        secrets = self.settings.secrets()
        endpoint = self.settings.base_url
        if isinstance(exc, DeadlinePassed | httpx.TimeoutException):
            seconds = self.settings.timeout if budget is None else budget
            deadline = (
                f"the call's deadline of {seconds:g} s passed (it covers connecting, reading, retries and their waits; "
                "raise it with timeout= on the client or on the call)"
            )
            if isinstance(exc, DeadlinePassed):
                return ModelArtsTimeout(deadline, operation=operation, endpoint=endpoint, attempts=attempts), None
        reason = redact(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__, secrets)
        if isinstance(exc, httpx.TimeoutException):
            reason = f"{reason}; {deadline}"
        kind = ModelArtsTimeout if isinstance(exc, httpx.TimeoutException) else ModelArtsConnectionError
        try:
            cause: BaseException = type(exc)(redact(str(exc), secrets))
        except TypeError:
            cause = httpx.TransportError(redact(str(exc), secrets))
        return kind(reason, operation=operation, endpoint=endpoint, attempts=attempts), cause

    def parse(self, answer: Answer, operation: str, build: Callable[[Any], T]) -> T:
        """The 2xx body as the operation's model."""
        parsed = self.parse_optional(answer, operation, build)
        if parsed is None:
            raise self._unreadable(operation, answer.response, "empty response body, expected JSON", b"")
        return parsed

    def parse_optional(self, answer: Answer, operation: str, build: Callable[[Any], T]) -> T | None:
        """The 2xx body as the operation's model, or None for an empty body (a 204 without content)."""
        response, body = answer.response, answer.body
        if not body or body.isspace():  # not body.strip(): that copies the whole body
            return None
        try:
            data = decode_json(body, self.settings.limits)
        except BodyProblem as unreadable:
            raise self._unreadable(operation, response, str(unreadable), body) from None
        settings = self.settings
        try:
            return read_model(data, build, operation, strict=settings.strict, on_deviation=settings.on_deviation)[0]
        except Unfit as unfit:
            raise self._unreadable(
                operation, response, f"{unfit.key} does not fit the spec (strict): {unfit.problem}", body, unfit.key
            ) from None
        except _BAD_MODEL as exc:  # the body itself is of the wrong shape: every property's misfit is a deviation
            found = "an object" if isinstance(data, dict) else _JSON_KINDS.get(type(data), type(data).__name__)
            problem = f"expected a JSON object, got {found}" if found != "an object" else f"{type(exc).__name__}: {exc}"
            raise self._unreadable(operation, response, f"response body does not match the spec at /: {problem}", body, "") from None
