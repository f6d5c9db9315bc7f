"""What the facade templates render, built from the spec and openapi-python-client's parsed document.

Groups of operations (one per tag) with their models, pagination and path arguments; the regions of
`servers`; and the filters through which spec text enters generated code — as a literal of the target
language, never between hand-written quotes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from modelarts_spec.diagnostics import Diagnostic, pointer_join
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import deref, operations

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
class FacadeOperation:
    operation_id: str
    name: str  # python name, e.g. show_pool
    module: str  # e.g. api.pools.show_pool
    endpoint: Any  # openapi-python-client's Endpoint: parameters render with its own to_string()
    model: str  # success model class
    empty_ok: bool  # a 204: an empty body is allowed (None)
    pagination: Pagination | None


@dataclass(frozen=True)
class FacadeGroup:
    attribute: str  # ma.<attribute>, from the tag
    class_name: str
    description: str
    operations: list[FacadeOperation]


def python_literal(value: Any) -> str:
    """Text from the spec as a Python string literal: never spliced into code between hand-written quotes.

    openapi-python-client wraps spec text in UntrustedString (whose str() is not the text): unwrap it first.
    """
    text = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value
    if not isinstance(text, str):
        raise TypeError(f"expected text from the spec, got {type(text).__name__}")
    return repr(text)


def toml_literal(value: Any) -> str:
    """Text as a TOML basic string: JSON's string escapes (with \\uXXXX for the rest) are all valid TOML."""
    if not isinstance(value, str):
        raise TypeError(f"expected text from the spec, got {type(value).__name__}")
    return json.dumps(value)


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
    from openapi_python_client.parser.properties import ModelProperty

    by_name = {str(strings.PythonIdentifier(op.operation_id, "field_")): op for op in operations(spec)}
    descriptions = {str(tag.get("name")): str(tag.get("description", "")) for tag in spec.get("tags") or []}
    groups = []
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        ops = []
        for endpoint in collection.endpoints:
            success = [r for r in endpoint.responses if r.status_code.range and 200 <= r.status_code.range[0] < 300]
            op = by_name[str(endpoint.name)]
            if len(success) != 1 or not isinstance(success[0].prop, ModelProperty):
                diagnostics.append(
                    doc.diagnostic(
                        "facade-response", op.pointer + "/responses", "expected exactly one 2xx response with a JSON object schema"
                    )
                )
                continue
            empty_ok = success[0].status_code.range == (204, 204)
            ops.append(
                FacadeOperation(
                    operation_id=op.operation_id,
                    name=str(endpoint.name),
                    module=f"api.{tag}.{endpoint.name}",
                    endpoint=endpoint,
                    model=success[0].prop.class_info.name,
                    empty_ok=empty_ok,
                    # a page may be None (empty 204): nothing to iterate over
                    pagination=None if empty_ok else pagination(spec, op, endpoint, success[0].prop),
                )
            )
        name = str(collection.tag)
        groups.append(FacadeGroup(str(tag), strings.pascal_case(str(tag)) + "Operations", descriptions.get(name, ""), ops))
    return groups


def facade_imports(groups: list[FacadeGroup]) -> list[str]:
    """The operation modules' own imports (models, enums, UNSET), seen from the package root."""
    from openapi_python_client.parser.openapi import import_string_from_class

    found: set[str] = set()
    for group in groups:
        for op in group.operations:
            found.update("from ." + line.removeprefix("from ...") for line in op.endpoint.relative_imports if line.startswith("from ..."))
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
