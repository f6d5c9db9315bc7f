"""Read-only helpers over the OpenAPI document: operations, $ref resolution, schema walking."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, InputError, Level, pointer_join, pointer_split

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keys whose values are free-form data or maps of user names, not OpenAPI objects.
DATA_KEYS = {"example", "enum", "default"}
NAME_MAPS = {
    "properties",
    "paths",
    "responses",
    "schemas",
    "parameters",
    "securitySchemes",
    "examples",
    "content",
    "variables",
    "headers",
    "links",
    "callbacks",
    "requestBodies",
    "mapping",
}


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    pointer: str  # JSON pointer of the operation object
    data: dict[str, Any]


def operations(spec: dict[str, Any]) -> list[Operation]:
    found = []
    paths = spec.get("paths")
    for path, item in (paths if isinstance(paths, dict) else {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                pointer = pointer_join("", "paths", path, method)
                found.append(Operation(str(op.get("operationId", "")), method, path, pointer, op))
    return found


def resolve_pointer(spec: Any, pointer: str) -> Any:
    node = spec
    for token in pointer_split(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


class DanglingRef(InputError):
    """A local $ref that points at nothing. `spec` is the document it was found in: the caller that
    holds the YamlDocument(s) names the file and line (`YamlDocument.located`)."""

    def __init__(self, diagnostic: Diagnostic, spec: dict[str, Any]) -> None:
        super().__init__(diagnostic)
        self.spec = spec


def deref(spec: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """Follow local $refs (and chains of them); returns the target and its pointer.

    Raises DanglingRef (code ref-dangling, at the pointer of the `$ref`) when one points at nothing.
    """
    seen = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#") or ref in seen:
            break
        seen.add(ref)
        try:
            node = resolve_pointer(spec, ref[1:])
        except KeyError:
            where = pointer_join(pointer, "$ref")
            raise DanglingRef(Diagnostic("ref-dangling", Level.ERROR, f"$ref {ref!r} points at nothing", pointer=where), spec) from None
        pointer = ref[1:]
    return node, pointer


def alternatives(spec: dict[str, Any], schema: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str]]:
    """The schema itself and every branch of its allOf/anyOf/oneOf (and theirs), dereferenced, each once."""
    seen: set[str] = set()  # a branch that refers back to a schema above it must not recurse forever

    def walk(schema: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str]]:
        schema, pointer = deref(spec, schema, pointer)
        if not isinstance(schema, dict) or pointer in seen:
            return
        seen.add(pointer)
        yield schema, pointer
        for key in ("allOf", "anyOf", "oneOf"):
            for index, branch in enumerate(schema.get(key) or []):
                yield from walk(branch, pointer_join(pointer, key, index))

    return walk(schema, pointer)


def schema_types(spec: dict[str, Any], schema: Any, pointer: str) -> set[str]:
    types = set()
    for alt, _ in alternatives(spec, schema, pointer):
        if "type" in alt:
            types.add(alt["type"])
        elif "properties" in alt or "additionalProperties" in alt:
            types.add("object")
    return types


def property_schema(spec: dict[str, Any], schema: Any, pointer: str, name: str) -> tuple[Any, str] | None:
    """The schema of property `name` of an object schema (looking through arrays' items and combinators)."""
    for alt, alt_pointer in alternatives(spec, schema, pointer):
        if alt.get("type") == "array" and "items" in alt:
            found = property_schema(spec, alt["items"], pointer_join(alt_pointer, "items"), name)
            if found:
                return found
        props = alt.get("properties") or {}
        if name in props:
            return props[name], pointer_join(alt_pointer, "properties", name)
    return None


def schema_at(spec: dict[str, Any], schema: Any, pointer: str, tokens: list[str]) -> tuple[Any, str] | None:
    """The schema of the value a JSON pointer's `tokens` reach inside instances of `schema`, dereferenced, and its
    pointer; None when the schema does not lead there. A token names a property (in any allOf/anyOf/oneOf branch),
    an index into an array's `items` (digits), or else a value of a map (`additionalProperties`)."""
    for token in tokens:
        found: tuple[Any, str] | None = None
        maps: list[tuple[Any, str]] = []
        for alt, alt_pointer in alternatives(spec, schema, pointer):
            props = alt.get("properties")
            if isinstance(props, dict) and token in props:
                found = props[token], pointer_join(alt_pointer, "properties", token)
                break
            if isinstance(alt.get("items"), dict) and token.isdigit():
                found = alt["items"], pointer_join(alt_pointer, "items")
                break
            if isinstance(alt.get("additionalProperties"), dict):
                maps.append((alt["additionalProperties"], pointer_join(alt_pointer, "additionalProperties")))
        found = found or (maps[0] if maps else None)
        if found is None:
            return None
        schema, pointer = found
    return deref(spec, schema, pointer)


def property_names(spec: dict[str, Any], schema: Any, pointer: str) -> set[str]:
    names: set[str] = set()
    for alt, _ in alternatives(spec, schema, pointer):
        names.update((alt.get("properties") or {}).keys())
    return names


def success_response(op: Operation) -> tuple[str, dict[str, Any]] | None:
    responses = op.data.get("responses") or {}
    for status in sorted(str(s) for s in responses):
        if status.startswith("2"):
            return status, responses[status] if status in responses else responses[int(status)]
    return None


def json_media(spec: dict[str, Any], response: Any, pointer: str) -> tuple[dict[str, Any], str] | None:
    """The application/json media object of a response (dereferenced) and its pointer, if it has one."""
    response, pointer = deref(spec, response, pointer)
    content = response.get("content") if isinstance(response, dict) else None
    media = content.get("application/json") if isinstance(content, dict) else None
    if not isinstance(media, dict):
        return None
    return media, pointer_join(pointer, "content", "application/json")


def body_schema(spec: dict[str, Any], response: Any, pointer: str) -> tuple[Any, str] | None:
    """The JSON body schema of a response and its pointer, if it has one."""
    found = json_media(spec, response, pointer)
    if found is None or "schema" not in found[0]:
        return None
    media, media_pointer = found
    return media["schema"], pointer_join(media_pointer, "schema")


def response_schema(spec: dict[str, Any], op: Operation, status: str) -> tuple[Any, str] | None:
    responses = op.data.get("responses") or {}
    key: Any = status if status in responses else int(status) if status.isdigit() and int(status) in responses else None
    if key is None:  # YAML reads an unquoted 200 as an int key
        return None
    return body_schema(spec, responses[key], pointer_join(op.pointer, "responses", status))


def request_schema(spec: dict[str, Any], op: Operation) -> tuple[Any, str] | None:
    """The JSON request body schema of an operation and its pointer, if it has one."""
    if "requestBody" not in op.data:
        return None
    return body_schema(spec, op.data["requestBody"], pointer_join(op.pointer, "requestBody"))


def parameters(spec: dict[str, Any], op: Operation) -> list[tuple[dict[str, Any], str]]:
    """Operation parameters merged over path-item parameters, dereferenced, with their pointers."""
    path_pointer = pointer_join("", "paths", op.path)
    item = spec["paths"][op.path]
    merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    for base, params in ((path_pointer, item.get("parameters")), (op.pointer, op.data.get("parameters"))):
        for index, param in enumerate(params or []):
            resolved, pointer = deref(spec, param, pointer_join(base, "parameters", index))
            if isinstance(resolved, dict):
                merged[(resolved.get("in", ""), resolved.get("name", ""))] = (resolved, pointer)
    return list(merged.values())


def path_matches(template: str, concrete: str) -> bool:
    """Does a concrete path (or another template) fit an OpenAPI path template?"""
    pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
    return re.match(pattern, concrete) is not None


def walk_openapi(node: Any, pointer: str, parent_key: str | None = None) -> Iterator[tuple[Any, Any, str, bool]]:
    """Yield (key, value, pointer, is_name) for every mapping entry of the OpenAPI structure (not inside example data)."""
    if isinstance(node, dict):
        for key, value in node.items():
            child = pointer_join(pointer, key)
            is_name = parent_key in NAME_MAPS
            yield key, value, child, is_name
            if key in DATA_KEYS and not is_name:
                continue
            if key == "value" and parent_key is not None and pointer.split("/")[-2:-1] == ["examples"]:
                continue
            yield from walk_openapi(value, child, None if is_name and parent_key not in ("paths",) else key)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from walk_openapi(item, pointer_join(pointer, index), None)
