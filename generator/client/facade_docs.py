"""The facade's docstrings, as plain text from the spec (the templates render them with the `pydoc` filter)."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .facade_model import FacadeParam, Pagination

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
