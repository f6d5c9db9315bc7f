"""`draft`: the operations a manual edition documents and the spec lacks, as OpenAPI, for the maintainer to curate.

The spec stays the curated source of truth; nobody should hand-type two hundred operations. An edition's
transcription (one page per operation) becomes, for each page the spec has no operation for: its path,
parameters, request body, responses with the statuses the page documents, component schemas shared by
shape (draft_schemas.py), the page's examples (reconciled with the tables by draft_examples.py, every
contradiction an `x-doc-deviation`), and `x-documented-by` naming edition, page and line. Where the page
goes (part file, tag) and the names of pages that carry a page id come from `spec/draft.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, Level
from modelarts_spec.openapi import operations

from generator import sources
from generator.manual import draft_bodies, draft_examples
from generator.manual.compare import CONVENTION_HEADERS
from generator.manual.draft_schemas import Components, TableSet, facts_schema

SECURITY: list[dict[str, list[str]]] = [{"iamToken": []}, {"akskSignature": []}]
PROJECT_ID = {"$ref": "#/components/parameters/ProjectId"}
SOURCE = "english-edition"


@dataclass
class Page:
    """The sections of one operation page of the edition, as transcribed."""

    path: str  # relative to the edition's root
    sections: list[dict[str, Any]]

    def section(self, kind: str) -> dict[str, Any] | None:
        return next((s for s in self.sections if s["kind"] == kind), None)

    def tables(self, kind: str) -> list[dict[str, Any]]:
        return [t for s in self.sections if s["kind"] == kind for t in s.get("tables") or []]

    @property
    def uri(self) -> dict[str, Any]:
        return self.section("uri") or self.sections[0]

    @property
    def template(self) -> str:
        return str(self.uri.get("path") or "")


@dataclass
class Draft:
    """The drafted operations by part file, their components, and what the draft could not decide."""

    parts: dict[str, dict[str, Any]]
    components: Components
    diagnostics: list[Diagnostic]


def draft(transcription: dict[str, Any], spec: dict[str, Any], config: dict[str, Any], sdk: dict[str, Any] | None = None) -> Draft:
    """Every page of the transcription whose operation the spec lacks, drafted into the part of its area."""
    every_page, spec_operations, sdk_index = pages(transcription), operations(spec), sources.sdk_index(sdk)
    names = {str(p.uri.get("name")) for p in every_page if p.uri.get("name")} | set((config.get("names") or {}).values())
    components = Components(
        existing=(spec.get("components") or {}).get("schemas") or {}, reserved=names | {op.operation_id for op in spec_operations}
    )
    result = Draft({}, components, [])
    known = {(op.method, _shape(op.path)) for op in spec_operations}
    for page in every_page:
        method = _method(page)
        if not method or (method, _shape(page.template)) in known:
            continue
        area, tag = _area(config, page)
        if area is None:
            result.diagnostics.append(_problem(page, "draft-area", "no area of spec/draft.yaml takes this page"))
            continue
        name = _operation_name(config, page, result.diagnostics)
        if name is None:
            continue
        operation = _operation(page, name, tag, components, result.diagnostics)
        operation["x-documented-by"] += sources.sdk_entries(sdk_index, method, page.template)
        part = result.parts.setdefault(area, {"paths": {}})
        part["paths"].setdefault(page.template, {})[method] = operation
    draft_examples.reconcile(result, spec)
    return result


def pages(transcription: dict[str, Any]) -> list[Page]:
    by_page: dict[str, list[dict[str, Any]]] = {}
    for section in transcription.get("sections") or []:
        if section.get("page"):
            by_page.setdefault(str(section["page"]), []).append(section)
    return [Page(path, sections) for path, sections in sorted(by_page.items()) if any(s["kind"] == "uri" for s in sections)]


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _area(config: dict[str, Any], page: Page) -> tuple[str | None, str]:
    folder = str(PurePosixPath(page.path).parent)
    for area in config.get("areas") or []:
        for tag in area.get("tags") or []:
            for rule in tag.get("rules") or []:
                if folder.startswith(rule["folder"]) and re.search(rule.get("path") or "", page.template):
                    return str(area["part"]), str(tag["name"])
    return None, ""


def _operation_name(config: dict[str, Any], page: Page, diagnostics: list[Diagnostic]) -> str | None:
    if page.uri.get("name"):
        return str(page.uri["name"])
    page_id = str(page.uri.get("page_id") or "")
    coined = (config.get("names") or {}).get(page_id)
    if not coined:
        message = f"page id {page_id!r}: give the operation a name under `names` in spec/draft.yaml"
        diagnostics.append(_problem(page, "draft-name-missing", message))
    return coined


def _operation(page: Page, name: str, tag: str, components: Components, diagnostics: list[Diagnostic]) -> dict[str, Any]:
    uri = page.uri
    documented: dict[str, Any] = {"source": SOURCE, "at": f"{page.path}:{uri.get('line')}"}
    if uri.get("page_id"):
        documented["page-id"] = uri["page_id"]
    op: dict[str, Any] = {"operationId": name, "summary": str(uri.get("title") or name)}
    if uri.get("function"):
        op["description"] = uri["function"]
    op |= {"tags": [tag], "security": SECURITY, "parameters": _parameters(page, name, diagnostics)}
    get = _method(page) == "get"
    body = None if get else draft_bodies.request_body(page, name, components, diagnostics)
    if body:
        op["requestBody"] = body
    elif get and any(t["location"] == "body" for t in page.tables("request-parameters")):
        op["x-doc-deviation"] = GET_BODY_DEVIATION
    op["responses"] = draft_bodies.responses(page, name, components, diagnostics)
    op["x-documented-by"] = [documented]
    return op


GET_BODY_DEVIATION = {
    "manual": 'The page prints the query\'s parameters in a "Request Body" table of this GET.',
    "chosen": "Query parameters, typed as the table types them; no request body.",
    "reason": "A GET carries no body: OpenAPI 3.0 tells consumers to ignore a GET's requestBody, and some generated clients send `null` for it.",
}


def _method(page: Page) -> str:
    """The page's HTTP method, lower case as OpenAPI writes it ("" when its URI section names none)."""
    return str(page.uri.get("method") or "").lower()


def _parameters(page: Page, name: str, diagnostics: list[Diagnostic]) -> list[dict[str, Any]]:
    ids = _path_examples(page)
    found: list[dict[str, Any]] = []
    get = _method(page) == "get"
    for table in [*page.tables("uri"), *page.tables("request-parameters")]:
        # older pages print a GET's query parameters in a "Request Body" table: a GET carries no body (operation-get-body)
        location = "query" if table["location"] == "body" and get else table["location"]
        for row in table["rows"] if location in ("path", "query", "header") else []:
            if location == "path" and row["name"] == "project_id":
                if PROJECT_ID not in found:
                    found.insert(0, PROJECT_ID)  # first, as in every curated operation
            elif location == "header" and row["name"].lower() in CONVENTION_HEADERS:
                continue
            elif not any(p.get("in") == location and p.get("name") == row["name"] for p in found):  # a page may list one twice
                found.append(_parameter(row, location, ids))
    declared = {(p.get("in"), p.get("name")) for p in found} | {("path", "project_id")}
    example = page.section("request-example") or {}
    queried = [*(page.uri.get("query") or {}), *(example.get("query") or {})]  # the URI's and the request example's
    wanted = [("path", n) for n in re.findall(r"\{([^}]+)\}", page.template)] + [("query", n) for n in dict.fromkeys(queried)]
    for location, missing in wanted:
        if (location, missing) not in declared:
            diagnostics.append(
                _problem(page, "draft-parameter", f"{name}: {location} parameter {missing!r} has no row; drafted as a string")
            )
            row = {"name": missing, "type": "String", "required": location == "path", "description": missing}
            found.append(_parameter(row, location, ids))
    return found


def _parameter(row: dict[str, Any], location: str, ids: dict[str, str]) -> dict[str, Any]:
    schema = TableSet([], "", "request", Components({}), [], "").type_schema(row["type"], 0, None)
    structured = schema.get("type") in (None, "object", "array")
    if structured:
        schema = {"type": "string"}  # a parameter's value is text on the wire; what it encodes is the description's
    schema |= facts_schema(schema, row)
    param: dict[str, Any] = {"name": row["name"], "in": location, "required": location == "path" or row.get("required") is True}
    param["description"] = row.get("description") or row["name"]
    param["schema"] = schema
    if structured:
        param["x-doc-deviation"] = {
            "manual": f"Typed {row['type']}.",
            "chosen": "A string: the value as the query string carries it (several values joined as the page describes).",
            "reason": "Parameters are plain values on the wire; the mock and the generated clients take one string.",
            "doc-type": row["type"],
        }
    if location == "path":
        param["example"] = ids.get(row["name"]) or f"{row['name'].replace('_', '-')}-example"
    return param


def _path_examples(page: Page) -> dict[str, str]:
    """Path parameter values from the page's request example (`GET {endpoint}/v2/{project_id}/pools/pool-123`)."""
    example = page.section("request-example")
    if not example or not example.get("path"):
        return {}
    template, concrete = page.template.strip("/").split("/"), str(example["path"]).strip("/").split("/")
    concrete = concrete[len(concrete) - len(template) :] if len(concrete) >= len(template) else concrete
    return {
        t[1:-1]: c
        for t, c in zip(template, concrete, strict=False)
        if t.startswith("{") and t.endswith("}") and c and not (c.startswith("{") and c.endswith("}"))
    }


def _problem(page: Page, code: str, message: str) -> Diagnostic:
    return Diagnostic(code, Level.WARNING, message, file=page.path, line=page.uri.get("line"))
