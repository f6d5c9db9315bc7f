"""What the facade templates render, built from the spec and openapi-python-client's parsed document.

Groups of operations (one per tag) with their models, pagination and path arguments, and the regions of
`servers`. Their docstrings are written by facade_docs.py; spec text enters code through literals.py.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from modelarts_spec.diagnostics import Diagnostic, pointer_join
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import Operation, deref, operations

from .facade_docs import operation_docstring, pages_docstring, param_text, waiter_docstring
from .literals import untrusted_text
from .waiters import Waiter, lifecycle_diagnostics, name_diagnostics, read_lifecycle

PAGE_PARAMS = ("offset", "limit")


@dataclass(frozen=True)
class Pagination:
    items: str  # the page's list attribute
    item_type: str
    item_class: Any  # openapi-python-client's Class of the item model, None for a primitive
    total: str | None  # the page's total-count attribute, if it has one
    offset_is_str: bool  # the spec types offset as a string (ShowServiceSpecifications): pass str(offset)
    limit_is_str: bool  # the same for limit
    limit_default: int


@dataclass(frozen=True)
class FacadeParam:
    name: str  # the Python argument, e.g. x_model_arts_user_id
    wire: str  # the spec's name, e.g. X-ModelArts-User-ID
    annotation: str  # its type without None, e.g. "ShowPoolMonitorPeriod | str" (names openapi-python-client made)
    location: str  # path, query or header
    required: bool
    enum: str | None  # the enum class when the parameter is an enum: plain values are accepted too
    description: str  # for the Args: section
    pattern: str | None = None  # a path parameter's schema pattern (that Python's re compiles): checked before sending
    min_length: int | None = None  # a path parameter's minLength / maxLength: checked before sending
    max_length: int | None = None

    @property
    def checked(self) -> bool:
        return self.pattern is not None or self.min_length is not None or self.max_length is not None


@dataclass(frozen=True)
class RequestBody:
    kind: str  # "json": checked and sent as JSON; "binary": bytes sent as they are; "unsupported": the call raises
    content_type: str
    annotation: str  # the argument's type, e.g. "CreatePoolBody | Mapping[str, Any]"
    required: bool
    description: str


@dataclass(frozen=True)
class FacadeOperation:
    operation_id: str
    name: str  # python name, e.g. show_pool
    module: str  # e.g. api.pools.show_pool
    params: list[FacadeParam]  # every parameter but project_id (bound by the client), path ones first
    model: str | None  # success model class; None when no 2xx answer has a JSON object body
    empty_ok: bool  # a 2xx without a body is documented (204, a 202 without content): None is returned then
    pagination: Pagination | None
    docstring: str  # plain text: the template renders it with the `pydoc` literal filter
    has_project_id: bool  # the path has {project_id}: the client's project is passed
    relative_imports: frozenset[str]
    pages_docstring: str = ""  # of the iter_… method, when there is pagination
    method: str = "GET"
    body: RequestBody | None = None
    waiter: Waiter | None = None  # wait_<resource>, from the operation's x-lifecycle

    @property
    def returns(self) -> str:
        if self.model is None:
            return "None"
        return self.model + (" | None" if self.empty_ok else "")

    @property
    def path_params(self) -> list[FacadeParam]:
        return [p for p in self.params if p.location == "path"]

    @property
    def keyword_params(self) -> list[FacadeParam]:
        return [p for p in self.params if p.location != "path"]


@dataclass(frozen=True)
class FacadeGroup:
    attribute: str  # ma.<attribute>, from the tag
    class_name: str
    description: str
    operations: list[FacadeOperation]


def regions(spec: dict[str, Any]) -> dict[str, str]:
    """Region id → base URL, from `servers`: a `{region}` template with an enum, plus fixed regional hosts."""
    table: dict[str, str] = {}
    for server in spec.get("servers") or []:
        url = str(server.get("url", ""))
        if "{region}" in url:
            for region in ((server.get("variables") or {}).get("region") or {}).get("enum") or []:
                table.setdefault(str(region), url.replace("{region}", str(region)))
    for server in spec.get("servers") or []:  # fixed hosts (ap-southeast-1's .cn) win over the pattern
        region = _fixed_region(str(server.get("url", "")))
        if region:
            table[region] = str(server["url"])
    return dict(sorted(table.items()))


def _fixed_region(url: str) -> str | None:
    """`https://modelarts.<region>.<domain>` without variables → <region>."""
    if "{" in url:
        return None
    labels = (urlsplit(url).hostname or "").split(".")
    return labels[1] if len(labels) > 3 and labels[0] == "modelarts" else None


def region_diagnostics(doc: YamlDocument) -> list[Diagnostic]:
    found = []
    for index, server in enumerate(doc.data.get("servers") or []):
        url = str(server.get("url", "")) if isinstance(server, dict) else ""
        pointer = pointer_join("", "servers", index)
        if "{region}" in url and not ((server.get("variables") or {}).get("region") or {}).get("enum"):
            found.append(
                doc.diagnostic("servers-regions", pointer, "a {region} server needs variables.region.enum: the client's region list")
            )
        elif "{region}" not in url and not _fixed_region(url):
            found.append(doc.diagnostic("servers-regions", pointer, f"expected https://modelarts.<region>.<domain>, got {url!r}"))
    if not found and not regions(doc.data):
        found.append(doc.diagnostic("servers-regions", "/servers", "no regions: the client needs servers with a {region} enum"))
    return found


def facade_groups(spec: dict[str, Any], openapi: Any, diagnostics: list[Diagnostic], doc: YamlDocument) -> list[FacadeGroup]:
    from openapi_python_client import strings

    by_name = {str(strings.PythonIdentifier(op.operation_id, "field_")): op for op in operations(spec)}
    descriptions = {str(tag.get("name")): str(tag.get("description", "")) for tag in spec.get("tags") or []}
    groups = []
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        found = (
            _facade_operation(spec, by_name[str(endpoint.name)], str(tag), endpoint, diagnostics, doc) for endpoint in collection.endpoints
        )
        ops = [op for op in found if op is not None]
        name = str(collection.tag)
        groups.append(FacadeGroup(str(tag), strings.pascal_case(str(tag)) + "Operations", descriptions.get(name, ""), ops))
    diagnostics += name_diagnostics(doc, groups, {op.operation_id: op for op in by_name.values()})
    return groups


def _facade_operation(
    spec: dict[str, Any], op: Any, tag: str, endpoint: Any, diagnostics: list[Diagnostic], doc: YamlDocument
) -> FacadeOperation | None:
    """One operation of the facade, or None with a diagnostic when the facade cannot offer it."""
    from openapi_python_client.parser.properties import ModelProperty

    success = [r for r in endpoint.responses if r.status_code.range and 200 <= r.status_code.range[0] < 300]
    modelled = [r for r in success if isinstance(r.prop, ModelProperty)]
    models = {r.prop.class_info.name for r in modelled}
    bodiless = [r for r in success if not isinstance(r.prop, ModelProperty) and not _has_json_content(op, r.status_code.range)]
    if not success or len(models) > 1 or len(modelled) + len(bodiless) != len(success):
        diagnostics.append(
            doc.diagnostic(
                "facade-response",
                op.pointer + "/responses",
                "expected 2xx responses that are one JSON object schema or have no content (204, a 202 without body)",
            )
        )
        return None
    params = facade_params(spec, op, endpoint)
    if any(p.name in RESERVED_ARGUMENTS for p in params):
        reserved = ", ".join(sorted(RESERVED_ARGUMENTS))
        diagnostics.append(
            doc.diagnostic(
                "facade-argument", op.pointer + "/parameters", f"a parameter's Python name is one of the facade's own: {reserved}"
            )
        )
        return None
    model = next(iter(models), None)
    empty_ok = bool(bodiless) or any(r.status_code.range == (204, 204) for r in success)
    pages = None if empty_ok or not modelled else pagination(spec, op, endpoint, modelled[0].prop)
    body = request_body(op, endpoint)
    returns = "None" if model is None else model + (", or None when the server sends no body" if empty_ok else "")
    return FacadeOperation(
        operation_id=op.operation_id,
        name=str(endpoint.name),
        module=f"api.{tag}.{endpoint.name}",
        params=params,
        model=model,
        empty_ok=empty_ok,
        pagination=pages,
        docstring=operation_docstring(op, params, returns, body.description if body else None),
        pages_docstring=pages_docstring(op, params, pages, str(endpoint.name)) if pages else "",
        relative_imports=frozenset(endpoint.relative_imports),
        has_project_id=any(p.python_name == "project_id" for p in endpoint.path_parameters),
        method=str(endpoint.method).upper(),
        body=body,
        waiter=_waiter(spec, op, params, None if empty_ok else model, diagnostics, doc) if "x-lifecycle" in op.data else None,
    )


def _waiter(
    spec: dict[str, Any], op: Operation, params: list[FacadeParam], model: str | None, diagnostics: list[Diagnostic], doc: YamlDocument
) -> Waiter | None:
    """The operation's `wait_<resource>` (x-lifecycle), or None with `facade-lifecycle` diagnostics."""
    path = [p for p in params if p.location == "path"]
    others = [(p.wire, f"{p.location} parameter") for p in params if p.location != "path" and p.required]
    found = read_lifecycle(spec, op, [p.name for p in path], others, model is not None)
    if isinstance(found, list):
        diagnostics += lifecycle_diagnostics(doc, op, found)
        return None
    assert model is not None  # read_lifecycle refuses an operation without one
    return replace(found, docstring=waiter_docstring(op, found, path, model))


def _has_json_content(op: Any, status_range: tuple[int, int]) -> bool:
    response = (op.data.get("responses") or {}).get(str(status_range[0])) or {}
    content = response.get("content") if isinstance(response, dict) else None
    return bool(content)


JSON_TYPES = ("application/json",)
BINARY_TYPES = ("application/octet-stream",)


def request_body(op: Any, endpoint: Any) -> RequestBody | None:
    """What the facade method takes as `body`: a model or a plain dict (JSON), bytes (binary), or nothing it can
    send (the call raises ModelArtsUnsupported naming the operation and the content type)."""
    from openapi_python_client.parser.properties import ModelProperty

    if not endpoint.bodies:
        return None
    described = " ".join(str((op.data.get("requestBody") or {}).get("description") or "").split())
    by_type = {str(untrusted_text(b.content_type)).split(";")[0].strip().lower(): b for b in endpoint.bodies}
    json_type = next((t for t in by_type if t in JSON_TYPES or t.endswith("+json")), None)
    if json_type:
        prop = by_type[json_type].prop
        annotation = prop.get_type_string(no_optional=True).as_unembedded_code()
        annotation = f"{annotation} | Mapping[str, Any]" if isinstance(prop, ModelProperty) else "Any"
        text = described or "the request body: the model, or a plain dict checked against the spec before sending"
        return RequestBody("json", json_type, annotation, bool(prop.required), text)
    binary_type = next((t for t in by_type if t in BINARY_TYPES), None)
    if binary_type:
        return RequestBody("binary", binary_type, "bytes", bool(by_type[binary_type].prop.required), described or "the bytes to send")
    content_type = sorted(by_type)[0]
    return RequestBody("unsupported", content_type, "Any", False, f"{content_type} bodies are not supported by this client")


RESERVED_ARGUMENTS = frozenset({"self", "timeout", "fetch", "body"})  # names the rendered methods use themselves


def facade_params(spec: dict[str, Any], op: Any, endpoint: Any) -> list[FacadeParam]:
    from openapi_python_client.parser.properties import EnumProperty

    raw = {(p.get("in"), p.get("name")): p for p in _raw_params(spec, op)}
    found = []
    for location, props in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
    ):
        for prop in props:
            if location == "path" and prop.python_name == "project_id":
                continue
            enum = prop.class_info.name if isinstance(prop, EnumProperty) else None
            annotation = prop.get_type_string(no_optional=True).as_unembedded_code()
            spec_param = raw.get((location, prop.name), {})
            found.append(
                FacadeParam(
                    name=str(prop.python_name),
                    wire=str(untrusted_text(prop.name)),
                    annotation=f"{annotation} | str" if enum else annotation,
                    location=location,
                    required=bool(prop.required),
                    enum=enum,
                    description=param_text(spec_param),
                    pattern=_path_pattern(spec_param) if location == "path" and not enum else None,
                    min_length=_length(spec_param, "minLength") if location == "path" and not enum else None,
                    max_length=_length(spec_param, "maxLength") if location == "path" and not enum else None,
                )
            )
    return found


def _length(param: dict[str, Any], key: str) -> int | None:
    schema = param.get("schema")
    value = schema.get(key) if isinstance(schema, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def project_id_rule(spec: dict[str, Any]) -> tuple[str | None, int | None, int | None]:
    """(pattern, minLength, maxLength) of the spec's `project_id` path parameter: the client checks its project id."""
    for op in operations(spec):
        for param in _raw_params(spec, op):
            if param.get("in") == "path" and param.get("name") == "project_id":
                return _path_pattern(param), _length(param, "minLength"), _length(param, "maxLength")
    return None, None, None


def _path_pattern(param: dict[str, Any]) -> str | None:
    schema = param.get("schema")
    pattern = schema.get("pattern") if isinstance(schema, dict) else None
    if not isinstance(pattern, str):
        return None
    try:  # an ECMA-262 pattern that Python cannot read is left to the server
        re.compile(pattern)
    except re.error:
        return None
    return pattern


def facade_imports(groups: list[FacadeGroup]) -> list[str]:
    """The operation modules' own imports (models, enums, UNSET), seen from the package root."""
    from openapi_python_client.parser.openapi import import_string_from_class

    found: set[str] = set()
    for group in groups:
        for op in group.operations:
            found.update("from ." + line.removeprefix("from ...") for line in op.relative_imports if line.startswith("from ..."))
            if op.pagination and op.pagination.item_class is not None:
                found.add(import_string_from_class(op.pagination.item_class, ".models"))
    return sorted(found)


def pagination(spec: dict[str, Any], op: Any, endpoint: Any, model: Any) -> Pagination | None:
    """Offset/limit operations whose page has exactly one list: iterate over that list."""
    from openapi_python_client.parser.properties.list_property import ListProperty

    query = {p.name: p for p in endpoint.query_parameters}
    if not all(name in query for name in PAGE_PARAMS):
        return None
    props = [*(model.required_properties or []), *(model.optional_properties or [])]
    lists = [p for p in props if isinstance(p, ListProperty)]
    if len(lists) != 1:
        return None
    schemas = {p.get("name"): deref(spec, p.get("schema"), "")[0] for p in _raw_params(spec, op) if p.get("name") in PAGE_PARAMS}
    names = {p.name for p in props}
    return Pagination(
        items=lists[0].python_name,
        item_type=lists[0].inner_property.get_type_string().as_unembedded_code(),
        item_class=getattr(lists[0].inner_property, "class_info", None),
        total="total_count" if "total_count" in names else None,
        offset_is_str=str(schemas["offset"].get("type")) == "string",
        limit_is_str=str(schemas["limit"].get("type")) == "string",
        limit_default=int(schemas["limit"].get("default", 100)),
    )


def _raw_params(spec: dict[str, Any], op: Any) -> list[dict[str, Any]]:
    from modelarts_spec.openapi import parameters

    return [param for param, _ in parameters(spec, op)]


_ANNOTATION = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\[[A-Za-z_][A-Za-z0-9_, \[\]|]*\])?(?: \| [A-Za-z_][A-Za-z0-9_\[\], |]*)*")


def identifier_diagnostics(doc: YamlDocument, openapi: Any, groups: list[FacadeGroup]) -> list[Diagnostic]:
    """What the templates render as code, not as a literal, must be an identifier (or a type made of them).

    validate rejects specs whose names cannot become identifiers; this is the generator's own guard.
    """
    names: list[str] = [key for enum in openapi.enums for key in enum.values]
    annotations: list[str] = []
    for group in groups:
        names += [group.attribute, group.class_name]
        for op in group.operations:
            names += [op.name, *([op.model] if op.model else []), *(p.name for p in op.params), *(p.enum for p in op.params if p.enum)]
            annotations += [p.annotation for p in op.params]
            if op.pagination:
                names.append(op.pagination.items)
                annotations.append(op.pagination.item_type)
            if op.waiter:
                names.append(op.waiter.name)
    bad = sorted(
        {n for n in names if not n.isidentifier() or keyword.iskeyword(n)} | {a for a in annotations if not _ANNOTATION.fullmatch(a)}
    )
    return [doc.diagnostic("client-identifier", "", f"not a Python identifier, cannot be rendered as code: {name!r}") for name in bad]
