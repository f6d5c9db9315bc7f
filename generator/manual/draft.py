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

import yaml
from modelarts_spec.diagnostics import Diagnostic, Level
from modelarts_spec.openapi import operations

from generator.manual import draft_examples
from generator.manual.draft_schemas import Components, TableSet, facts_schema

SKIPPED_HEADERS = {"x-auth-token": "the iamToken security scheme", "content-type": "the request body's media type"}
PAGE_ID_RE = re.compile(r"^[a-z]+_\d+_\d+$")
SECURITY: list[dict[str, list[str]]] = [{"iamToken": []}, {"akskSignature": []}]
SHARED_ERRORS = {"400": "BadRequest", "401": "Unauthorized", "403": "Forbidden"}
SOURCE = "english-edition"
HEADER = "# Drafted by `python -m generator draft` from the manual: curate it into spec/parts/ (docs/drafting.md).\n"


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


def draft(transcription: dict[str, Any], spec: dict[str, Any], config: dict[str, Any], edition: str) -> Draft:
    """Every page of the transcription whose operation the spec lacks, drafted into the part of its area."""
    components = Components(existing=(spec.get("components") or {}).get("schemas") or {})
    result = Draft({}, components, [])
    known = {(op.method, _shape(op.path)) for op in operations(spec)}
    for page in pages(transcription):
        method = str(page.uri.get("method") or "").lower()
        if not method or (method, _shape(page.template)) in known:
            continue
        area, tag = _area(config, page)
        if area is None:
            result.diagnostics.append(_problem(page, "draft-area", "no area of spec/draft.yaml takes this page"))
            continue
        name = _operation_name(config, page, result.diagnostics)
        if name is None:
            continue
        operation = _operation(page, name, tag, components, result.diagnostics, edition)
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
    name = str(page.uri.get("name") or "")
    if not PAGE_ID_RE.match(name):
        return name or None
    coined = (config.get("names") or {}).get(name)
    if not coined:
        diagnostics.append(
            _problem(page, "draft-name-missing", f"page id {name}: give the operation a name under `names` in spec/draft.yaml")
        )
    return coined


def _operation(page: Page, name: str, tag: str, components: Components, diagnostics: list[Diagnostic], edition: str) -> dict[str, Any]:
    uri = page.uri
    documented: dict[str, Any] = {"source": SOURCE, "at": f"{page.path}:{uri.get('line')}"}
    if PAGE_ID_RE.match(str(uri.get("name") or "")):
        documented["page-id"] = uri["name"]
    op: dict[str, Any] = {"operationId": name, "summary": str(uri.get("title") or name)}
    if uri.get("function"):
        op["description"] = uri["function"]
    op |= {"tags": [tag], "security": SECURITY, "parameters": _parameters(page, name, diagnostics)}
    body = _request_body(page, name, components, diagnostics)
    if body:
        op["requestBody"] = body
    op["responses"] = _responses(page, name, components, diagnostics)
    op["x-documented-by"] = [documented]
    return op


def _parameters(page: Page, name: str, diagnostics: list[Diagnostic]) -> list[dict[str, Any]]:
    ids = _path_examples(page)
    found: list[dict[str, Any]] = []
    for table in [*page.tables("uri"), *page.tables("request-parameters")]:
        location = table["location"]
        if location not in ("path", "query", "header"):
            continue
        for row in table["rows"]:
            if location == "path" and row["name"] == "project_id":
                found.append({"$ref": "#/components/parameters/ProjectId"})
            elif location == "header" and row["name"].lower() in SKIPPED_HEADERS:
                continue
            elif not any(p.get("in") == location and p.get("name") == row["name"] for p in found):  # a page may list one twice
                found.append(_parameter(row, location, ids))
    declared = {(p.get("in"), p.get("name")) for p in found} | {("path", "project_id")}
    for missing in re.findall(r"\{([^}]+)\}", page.template):
        if ("path", missing) not in declared:
            diagnostics.append(_problem(page, "draft-parameter", f"{name}: path parameter {missing!r} has no row; drafted as a string"))
            found.append(_parameter({"name": missing, "type": "String", "required": True, "description": missing}, "path", ids))
    return found


def _parameter(row: dict[str, Any], location: str, ids: dict[str, str]) -> dict[str, Any]:
    schema = TableSet([], "", "request", Components({}), [], "").type_schema(row["type"], 0, None)
    if schema.get("type") in (None, "object", "array"):
        schema = {"type": "string"}  # a query value is text on the wire; what it encodes is the description's
    schema |= facts_schema(schema, row)
    param: dict[str, Any] = {"name": row["name"], "in": location, "required": location == "path" or row.get("required") is True}
    param["description"] = row.get("description") or row["name"]
    param["schema"] = schema
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


def _request_body(page: Page, name: str, components: Components, diagnostics: list[Diagnostic]) -> dict[str, Any] | None:
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
        media["examples"] = {
            _example_name(e, n): {"summary": e.get("label") or "The page's example", "value": e["body"]} for n, e in enumerate(examples)
        }
    return {"required": required, "content": {"application/json": media}}


def _example_name(example: dict[str, Any], index: int) -> str:
    return "manual" if index == 0 else f"manual{index + 1}"


def _responses(page: Page, name: str, components: Components, diagnostics: list[Diagnostic]) -> dict[str, Any]:
    tables = page.tables("response-parameters")
    examples = [e for s in page.sections if s["kind"] == "response-examples" for e in s.get("examples") or []]
    documented = _statuses(page, tables, examples)
    success = min((s for s in documented if 200 <= s < 300), default=200)
    responses: dict[str, Any] = {}
    for status in sorted({success, *(s for s in documented if s >= 300)}):
        key = str(status)
        if key in SHARED_ERRORS:
            continue
        responses[key] = _response(page, status, name, tables, examples, components, diagnostics)
    for key, ref in SHARED_ERRORS.items():
        responses[key] = {"$ref": f"#/components/responses/{ref}"}
    if re.search(r"\{(?!project_id\})[^}]+\}", page.template) and "404" not in responses:
        responses["404"] = {"$ref": "#/components/responses/NotFound"}
    return dict(sorted(responses.items()))


def _statuses(page: Page, tables: list[dict[str, Any]], examples: list[dict[str, Any]]) -> set[int]:
    listed = {int(s) for s in (page.uri.get("statuses") or {}) if str(s).isdigit()}
    return listed | {t["status"] for t in tables if isinstance(t.get("status"), int)} | {e["status"] for e in examples}


def _response(
    page: Page,
    status: int,
    name: str,
    tables: list[dict[str, Any]],
    examples: list[dict[str, Any]],
    components: Components,
    diagnostics: list[Diagnostic],
) -> dict[str, Any]:
    description = str((page.uri.get("statuses") or {}).get(status) or ("OK" if status < 300 else "Error"))
    response: dict[str, Any] = {"description": description}
    roots = [i for i, t in enumerate(tables) if t["location"] == "body" and t.get("status") == status]
    mine = [e for e in examples if e["status"] == status]
    if status >= 400 and (not roots or _error_rows(tables[roots[0]])):
        schema: dict[str, Any] = {"$ref": "#/components/schemas/ModelArtsError"}
    elif roots:
        schema = TableSet(tables, name, "response", components, diagnostics, page.path).body(roots[0])
    elif mine or status not in (204,):
        schema = {} if not mine else {"type": "object"} if isinstance(mine[0]["body"], dict) else {}
    if status == 204 and not roots and not mine:
        return response
    if not roots and not mine and status < 300:
        return response  # the page documents no body for its success: none is drafted
    media: dict[str, Any] = {"schema": schema}
    if mine:
        media["examples"] = {
            _example_name(e, n): {"summary": e.get("label") or "The page's example", "value": e["body"]} for n, e in enumerate(mine)
        }
    elif status < 300:
        media["examples"] = {"constructed": {"summary": "Drafted from the tables: the page prints no example.", "value": None}}
    response["content"] = {"application/json": media}
    return response


def _error_rows(table: dict[str, Any]) -> bool:
    return {r["name"] for r in table["rows"]} <= {"error_code", "error_msg", "error_solution"}


def _problem(page: Page, code: str, message: str) -> Diagnostic:
    return Diagnostic(code, Level.WARNING, message, file=page.path, line=page.uri.get("line"))


class _Dumper(yaml.SafeDumper):
    """The curated files' style: lists indented under their key, no anchors (every operation spells out its security)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_part(document: dict[str, Any]) -> str:
    return HEADER + yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120)


def part_documents(result: Draft, config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each part's paths with the components it is the first to use (parts in the order of spec/draft.yaml)."""
    order = [str(a["part"]) for a in config.get("areas") or []]
    placed: set[str] = set()
    documents: dict[str, dict[str, Any]] = {}
    for part in [p for p in order if p in result.parts]:
        paths = dict(sorted(result.parts[part]["paths"].items()))
        names = [n for n in _refs(paths, result.components.schemas) if n not in placed]
        placed.update(names)
        document: dict[str, Any] = {"paths": paths}
        if names:
            document["components"] = {"schemas": {n: result.components.schemas[n] for n in sorted(names)}}
        documents[part] = document
    return documents


def _refs(node: Any, schemas: dict[str, Any]) -> list[str]:
    """Drafted component names reachable from `node`, each once, in the order first met."""
    found: dict[str, None] = {}
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            name = ref.rsplit("/", 1)[-1] if isinstance(ref, str) and ref.startswith("#/components/schemas/") else None
            if name in schemas and name not in found:
                found[name] = None
                stack.append(schemas[name])
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return list(found)
