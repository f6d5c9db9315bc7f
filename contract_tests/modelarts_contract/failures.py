"""A check failure as the summary shows it: where it is, what is wrong, in one line; and a curl line to replay it.

schemathesis' own message is written for a terminal: for a response that breaks its schema it prints the schema
(with the spec's long `x-evidence` notes) and the whole value, but not where in the body the value is. Here the
place comes first — a JSON pointer into the response body (`/spec/resources/0/count`), or the request input a
negative case broke (`query period: Invalid enum value`) — then the validator's one-line message. A failure that
has no message of its own (a server error) is described from the response.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from modelarts_spec.diagnostics import pointer_join
from schemathesis.openapi.checks import JsonSchemaError

# Where the curl lines of an in-process run point: the run had no socket, the summary says how to get one there.
REPLAY_BASE_URL = "http://127.0.0.1:8080"


@dataclass(frozen=True)
class FailureText:
    title: str
    where: str  # a JSON pointer into the response body, a header, or the input a negative case broke; "" if none
    message: str  # one line


def describe(check: str, failure: Any, case: Any, response: Any) -> FailureText:
    title = str(getattr(failure, "title", "") or check)
    if isinstance(failure, JsonSchemaError):
        pointer = pointer_join("", *[str(part) for part in failure.instance_path]) or "(root)"
        where = f"headers{pointer}" if check == "response_headers_conformance" else pointer
        return FailureText(title, where, one_line(failure.validation_message) or one_line(failure.message))
    message = one_line(str(getattr(failure, "message", "") or ""))
    if not message:  # e.g. not_a_server_error on a 501: schemathesis leaves the message empty
        message = f"{case.method} {case.formatted_path} answered {response.status_code} {getattr(response, 'message', '')}".rstrip()
    return FailureText(title, one_line(broken_input(case)), message)


def broken_input(case: Any) -> str:
    """The input a negative case broke on purpose (`query period: Invalid enum value`), or "" for a valid case."""
    meta = getattr(case, "meta", None)
    if meta is None or not any(str(info.mode) == "negative" for info in meta.components.values()):
        return ""
    data = meta.phase.data
    location = getattr(data.parameter_location, "value", data.parameter_location)
    # A body's "parameter" is its media type: the description already says where in the body.
    parameter = data.parameter if location != "body" else None
    place = " ".join(str(part) for part in (location, parameter) if part)
    description = data.description or "invalid input"
    return f"{place}: {description}" if place and not description.startswith(f"{parameter}:") else description


def one_line(text: str, limit: int = 300) -> str:
    """schemathesis' lines joined with "; " (`Received: 200; Documented: 204, 400`), cut at `limit` characters."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines() if line.strip()]
    joined = "".join(line + (" " if line.endswith(":") else "; ") for line in lines).rstrip("; ")
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


def curl_line(case: Any, headers: dict[str, str], base_url: str | None) -> str:
    """A curl command that replays the case (credential headers shown as [Filtered]); in-process, aimed at REPLAY_BASE_URL."""
    return str(case.as_curl_command(headers=headers, base_url=base_url or REPLAY_BASE_URL))
