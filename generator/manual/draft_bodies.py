"""The draft's request body and responses of one page: schemas from its tables, its examples, its statuses.

The success status is the lowest 2xx the page documents (its status-code table, its tables, its examples);
an error status is answered with the shared `ModelArtsError` unless its table says more; every operation gets
the shared 400, 401 and 403, and a 404 (`NotFound`) when it addresses a resource by id (the mock needs one).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from modelarts_spec.diagnostics import Diagnostic

from generator.manual.draft_schemas import Components, TableSet

if TYPE_CHECKING:
    from generator.manual.draft import Page

SHARED_ERRORS = {"400": "BadRequest", "401": "Unauthorized", "403": "Forbidden"}
ERROR_ROWS = {"error_code", "error_msg", "error_solution"}
CONSTRUCTED = "Drafted from the tables: the page prints no example."


def request_body(page: Page, name: str, components: Components, diagnostics: list[Diagnostic]) -> dict[str, Any] | None:
    tables = page.tables("request-parameters")
    roots = [i for i, t in enumerate(tables) if t["location"] == "body"]
    examples = [e for s in page.sections if s["kind"] == "request-example" for e in s.get("examples") or []]
    if not roots and not examples:
        return None
    if roots:
        schema = TableSet(tables, name, "request", components, diagnostics, page.path).body(roots[0])
        required = any(r.get("required") is True for r in tables[roots[0]]["rows"])
    else:
        schema, required = {"type": "object"}, True
    media: dict[str, Any] = {"schema": schema}
    if examples:
        media["examples"] = _examples(examples)
    return {"required": required, "content": {"application/json": media}}


def responses(page: Page, name: str, components: Components, diagnostics: list[Diagnostic]) -> dict[str, Any]:
    tables = page.tables("response-parameters")
    examples = [e for s in page.sections if s["kind"] == "response-examples" for e in s.get("examples") or []]
    documented = _listed(page).keys() | {t["status"] for t in tables if isinstance(t.get("status"), int)} | {e["status"] for e in examples}
    success = min((s for s in documented if 200 <= s < 300), default=200)
    found: dict[str, Any] = {}
    for status in sorted({success, *(s for s in documented if s >= 300)}):
        if str(status) not in SHARED_ERRORS:
            found[str(status)] = _response(page, status, name, tables, examples, (components, diagnostics))
    found |= {key: {"$ref": f"#/components/responses/{ref}"} for key, ref in SHARED_ERRORS.items()}
    if re.search(r"\{(?!project_id\})[^}]+\}", page.template) and "404" not in found:
        found["404"] = {"$ref": "#/components/responses/NotFound"}
    return dict(sorted(found.items()))


def _response(
    page: Page,
    status: int,
    name: str,
    tables: list[dict[str, Any]],
    examples: list[dict[str, Any]],
    shared: tuple[Components, list[Diagnostic]],
) -> dict[str, Any]:
    response: dict[str, Any] = {"description": str(_listed(page).get(status) or ("OK" if status < 300 else "Error"))}
    roots = [i for i, t in enumerate(tables) if t["location"] == "body" and t.get("status") == status]
    mine = [e for e in examples if e["status"] == status]
    if status < 300 and not roots and mine and all(e["body"] in (None, "") for e in mine):
        shown = "null" if mine[0]["body"] is None else "an empty string"
        response["description"] += f" (the page prints {shown} as the body of its example: the answer has none)"
        return response
    if not roots and not mine and (status < 300 or status == 204):
        return response  # the page documents no body: none is drafted
    if status == 404 and not mine:
        return {"$ref": "#/components/responses/NotFound"}  # the shared one, with an example the mock can answer
    if status >= 400 and (not roots or {r["name"] for r in tables[roots[0]]["rows"]} <= ERROR_ROWS):
        schema: dict[str, Any] = {"$ref": "#/components/schemas/ModelArtsError"}
    elif roots:
        schema = TableSet(tables, name, "response", *shared, page.path).body(roots[0])
    else:
        schema = {"type": "object"} if isinstance(mine[0]["body"], dict) else {}
    media: dict[str, Any] = {"schema": schema}
    if mine:
        media["examples"] = _examples(mine)
    elif status < 300:
        media["examples"] = {"constructed": {"summary": CONSTRUCTED, "value": None}}  # built by draft_examples
    response["content"] = {"application/json": media}
    return response


def _examples(examples: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "manual" if n == 0 else f"manual{n + 1}": {"summary": e.get("label") or "The page's example", "value": e["body"]}
        for n, e in enumerate(examples)
    }


def _listed(page: Page) -> dict[int, str]:
    """The statuses the page's status-code table lists, with what each means."""
    return {int(k): str(v) for k, v in ((page.section("status-codes") or {}).get("statuses") or {}).items()}
