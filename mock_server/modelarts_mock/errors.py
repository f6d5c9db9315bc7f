"""Typed errors of the mock. Each carries its HTTP status and ModelArts error code; only `wire` serialises them."""

from __future__ import annotations


class MockError(Exception):
    """An answer other than success: status, ModelArts error code, message (never a secret)."""

    status = 500

    def __init__(self, error_code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{error_code}: {message}")
        self.error_code = error_code
        self.message = message
        self.headers = headers or {}


class BadRequest(MockError):
    status = 400


class Unauthorized(MockError):
    status = 401


class NotFound(MockError):
    status = 404


class MethodNotAllowed(MockError):
    status = 405


class TooLarge(MockError):
    """A request the mock's limits refuse on the data plane (a body over 1 MiB, one resource more than it holds)."""

    status = 413


class ResponseInvalid(MockError):
    """--validate-responses found a response that the spec does not allow: the mock's own fault, hence a 500."""

    status = 500


class ControlError(ValueError):
    """A control request the mock refuses: where (a JSON pointer into what was sent) and why."""

    status = 400
    error_code = "Mock.BadRequest"

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(f"{pointer or '/'}: {message}")
        self.pointer = pointer
        self.message = message


class LimitReached(ControlError):
    """The mock holds as many resources of a kind as it may (memory stays bounded whatever clients add)."""

    status = 413
    error_code = "Mock.LimitReached"


class ControlNotFound(ControlError):
    """A control request about a resource the mock does not hold."""

    status = 404
    error_code = "Mock.NotFound"


# Gateway-level answers that no operation owns (the real API gateway uses APIGW.* codes for them).
GATEWAY_NOT_FOUND = "APIGW.0101"
MOCK_RESPONSE_INVALID = "Mock.ResponseInvalid"
MOCK_INTERNAL = "Mock.InternalError"
MOCK_LIMIT = "Mock.LimitReached"
