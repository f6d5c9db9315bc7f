"""The facade's docstrings, as plain text from the spec (the templates render them with the `pydoc` filter)."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .facade_model import FacadeParam, Pagination
    from .waiters import Waiter

_RAISES = [
    "Raises:",
    "    BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status",
    "        (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.",
    "    ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec",
    "        under strict=True; `pointer` names the first value that does not fit.",
    "    ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.",
    "    ModelArtsTimeout: the deadline passed.",
    "    ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.",
    "",  # the closing quotes on a line of their own
]


def param_text(param: dict[str, Any]) -> str:
    schema: dict[str, Any] = param["schema"] if isinstance(param.get("schema"), dict) else {}
    text = " ".join(str(param.get("description") or "").split())
    if schema.get("enum"):
        text += " One of: " + ", ".join(repr(str(v)) for v in schema["enum"]) + "."
    if "default" in schema:
        text += f" Server default: {schema['default']!r}."
    return text.strip() or "(not described by the spec)"


def _wrap(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> list[str]:
    # words stay whole (a long URL or id must read back as it was written)
    return textwrap.wrap(
        text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent, break_long_words=False, break_on_hyphens=False
    )


def _heading(op: Any) -> list[str]:
    data = op.data
    summary = " ".join(str(data.get("summary") or op.operation_id).split())
    lines = [f"{summary} ({op.operation_id}).", ""]
    description = " ".join(str(data.get("description") or "").split())
    if description:
        lines += [*_wrap(description, 100), ""]
    return lines


def _args(params: list[FacadeParam], *extra: str) -> list[str]:
    lines = ["Args:"]
    for text in [f"{param.name}: {param.description}" for param in params] + list(extra):
        lines += _wrap(text, 96, initial_indent="    ", subsequent_indent="        ")
    return lines


def operation_docstring(op: Any, params: list[FacadeParam], returns: str, body: str | None = None) -> str:
    """The facade method's docstring as plain text (rendered through the `pydoc` literal filter)."""
    timeout = "timeout: seconds for this call (connecting, reading, retries and their waits); default: the client's."
    extra = ([f"body: {body}"] if body is not None else []) + [timeout]
    lines = [*_heading(op), *_args(params, *extra), "", "Returns:", f"    {returns}", "", *_RAISES]
    return "\n".join(lines)


def pages_docstring(op: Any, params: list[FacadeParam], pages: Pagination, method: str) -> str:
    """The docstring of an `iter_…` method: the operation's arguments, then how pages are requested."""
    others = [p for p in params if p.name not in ("offset", "limit")]
    described = {p.name: p.description for p in params}
    lines = [
        f"Every `{pages.items}` item of {op.operation_id}, page after page (one `{method}` call each).",
        "",
        *_heading(op)[2:],
        *_args(
            others,
            f"limit: records asked for per page; default {pages.limit_default}. From the spec: {described.get('limit', '')}",
            "offset: the record to start from; each next page starts after the records received (read as a record "
            f"index, whatever the manual's wording). From the spec: {described.get('offset', '')}",
            "timeout: seconds for each page's call (connecting, reading, retries and their waits); default: the client's.",
        ),
        "",
        "Yields:",
        f"    {pages.item_type}, until a page is empty, `total_count` items were seen, or (without a count) a page",
        "    is shorter than `limit`.",
        "",
        *_RAISES,
    ]
    return "\n".join(lines)


def _states(states: tuple[str | int, ...]) -> str:
    return ", ".join(repr(state) for state in states) or "none"


def waiter_docstring(op: Any, waiter: Waiter, params: list[FacadeParam], model: str) -> str:
    """The docstring of a `wait_<resource>` method: what it waits for (the spec's x-lifecycle) and how."""
    show = op.operation_id
    lines = [
        f"Wait until the {waiter.resource} is in a state waited for, calling {show} with backoff; return its answer.",
        "",
        *_wrap(f"Ready (waited for by default): {_states(waiter.ready)}.", 100),
        *_wrap(f"Failed (a ResourceFailed, unless waited for): {_states(waiter.failed)}.", 100),
        f"The state is read at {waiter.status or '(the whole answer)'} of the answer (x-lifecycle).",
        "",
        *_args(
            params,
            "until: a state or a collection of states to wait for instead of the ready ones: any state (e.g. one "
            "the spec does not list), a failed one included (then returned, not raised).",
            "timeout: seconds for the whole wait; default 1800.",
            "poll: a WaitPolicy, the waits between calls; default WaitPolicy(): 2 seconds, doubling, at most 30, "
            "each spread by ±10 % (WaitPolicy(jitter=0) for none, seed=… to repeat them).",
            f"call_timeout: seconds for each {show} call (connecting, reading, retries); default: the client's.",
            "sleep: how to wait; default: the client's sleep (time.sleep unless it was given one). A test passes a "
            "fake, such as the mock's advance.",
            "clock: the time in seconds (default time.monotonic). Time spent is the clock's or the sum of the "
            "waits asked of sleep, whichever is more, so a fake sleep ends at the timeout too.",
        ),
        "",
        "Returns:",
        f"    {model}: the last answer of {show}, in a state waited for.",
        "",
        "Raises:",
        "    ResourceFailed: the resource reached a failed state not waited for; `state` names it.",
        f"    ResourceGone: {show} answered 404 (NotFound, the __cause__): the resource is gone.",
        "    WaitTimeout: the timeout passed first (a ModelArtsTimeout, a TimeoutError); names the last state seen.",
        f"    ModelArtsArgumentError: a state, timeout or policy that cannot work; and any other error of {show}.",
        "",
    ]
    return "\n".join(lines)
