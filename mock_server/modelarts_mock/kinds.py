"""The kinds of resource the API creates, derived from the spec's paths: what a write does follows from them.

A kind is a collection path with a POST (create) and an item path below it, one parameter deeper, with a GET
(show): `POST /v2/{project_id}/training-jobs` and `GET /v2/{project_id}/training-jobs/{training_job_id}`. Around
them: the GET of the collection (list), the PUT/PATCH (update) and DELETE (delete) of the item, and the writes
below the item that address it alone (actions: `/notebooks/{id}/start`, `/training-jobs/{id}/actions`).

Where the new resource's id lies is read from the create answer's OpenAPI link to its show operation
(`$response.body#/metadata/id`, or `$request.body#/metadata/name` for a name the client chooses); without a link,
the first of a few conventional places its schema or example has (`/<id parameter>`, `/id`, `/metadata/id`,
`/name`, `/metadata/name`). Nothing here names an operation: a spec with another API gets its kinds the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from modelarts_spec.diagnostics import pointer_split
from modelarts_spec.openapi import alternatives, property_names, property_schema

from modelarts_mock.spec import MockSpec, OperationSpec

_PARAM = re.compile(r"\{[^{}/]+\}")
_LIST_ARRAY_DEPTH = 2  # how deep a list answer may hold its array (`/items`, `/data/items`)


def shape(template: str) -> str:
    """`/v1/{project_id}/notebooks/{id}` → `/v1/{}/notebooks/{}`: templates differing only in names are one path."""
    return _PARAM.sub("{}", template)


@dataclass(frozen=True)
class IdSource:
    """Where a created resource's id comes from: the create answer (set there by the mock) or the request body."""

    pointer: str  # JSON pointer
    from_request: bool = False


@dataclass
class Kind:
    name: str  # the show operation's id: one kind per show operation
    create: OperationSpec
    show: OperationSpec
    item_shape: str
    listing: OperationSpec | None = None
    updates: list[OperationSpec] = field(default_factory=list)
    delete: OperationSpec | None = None
    actions: list[OperationSpec] = field(default_factory=list)
    id_source: IdSource = IdSource("")
    show_id: str = ""  # JSON pointer of the id in the show answer ("" if it has none)
    list_items: tuple[str, ...] | None = None  # path of the array in the list answer

    @property
    def id_param(self) -> str:
        return self.show.key_names[-1]

    @property
    def depth(self) -> int:
        """Path parameters that address one resource (its parents' ids, then its own)."""
        return len(self.show.key_names)


@dataclass(frozen=True)
class FlatKind:
    """A collection without item paths (authorizations): items live in the list answer, created by the POST of the
    collection and deleted by its DELETE, both keyed by one field the DELETE names as a query parameter."""

    name: str  # the list operation's id
    create: OperationSpec
    listing: OperationSpec
    delete: OperationSpec
    key: str  # the field (`user_id`), a query parameter of the delete
    list_items: tuple[str, ...]


@dataclass
class Kinds:
    by_name: dict[str, Kind]
    role: dict[str, tuple[Kind, str]]  # operationId → (kind, "create" | "show" | "list" | "update" | "delete" | "action")
    flat: dict[str, tuple[FlatKind, str]] = field(default_factory=dict)  # operationId → (flat kind, "create" | "list" | "delete")

    def of(self, op_id: str) -> tuple[Kind, str] | None:
        return self.role.get(op_id)

    _addressed: dict[str, Kind | None] = field(default_factory=dict)  # memo of addressing(): reads and 404s ask per request

    def parent(self, kind: Kind) -> Kind | None:
        """The kind whose item the collection lies under (a service, for its tasks); None at the top."""
        found = self.addressing(kind.create) if kind.create.key_names else None
        return found if found is not kind else None

    def addressing(self, op: OperationSpec) -> Kind | None:
        """The kind whose item an operation addresses by all its path ids (an action, a facet of the item)."""
        if op.operation_id not in self._addressed:  # a race computes it twice, alike
            self._addressed[op.operation_id] = self._addressing(op)
        return self._addressed[op.operation_id]

    def _addressing(self, op: OperationSpec) -> Kind | None:
        if not op.key_names:
            return None
        found = self.role.get(op.operation_id)
        if found is not None and found[1] != "create" and found[1] != "list":
            return found[0]
        op_shape = shape(op.operation.path)
        for kind in self.by_name.values():
            if kind.depth == len(op.key_names) and (op_shape == kind.item_shape or op_shape.startswith(kind.item_shape + "/")):
                return kind
        return None


def derive_kinds(spec: MockSpec) -> Kinds:
    by_shape: dict[str, dict[str, OperationSpec]] = {}
    for op in spec.operations:
        by_shape.setdefault(shape(op.operation.path), {})[op.method] = op
    kinds: dict[str, Kind] = {}
    for collection, methods in by_shape.items():
        create = methods.get("POST")
        if create is None:
            continue
        for item_shape, item in by_shape.items():
            if item_shape.startswith(collection + "/{}") and item_shape.count("/") == collection.count("/") + 1 and "GET" in item:
                kind = _kind(spec, create, item, item_shape, methods.get("GET"))
                if kind is not None and kind.name not in kinds:
                    kinds[kind.name] = kind
                break
    role: dict[str, tuple[Kind, str]] = {}
    for kind in kinds.values():
        role[kind.create.operation_id] = (kind, "create")
        role[kind.show.operation_id] = (kind, "show")
        if kind.listing is not None:
            role[kind.listing.operation_id] = (kind, "list")
        role.update({op.operation_id: (kind, "update") for op in kind.updates})
        if kind.delete is not None:
            role[kind.delete.operation_id] = (kind, "delete")
    for kind in kinds.values():  # actions last: an action's path may be another kind's collection (not an action then)
        kind.actions = [op for op in _actions(spec, kind) if op.operation_id not in role]
        role.update({op.operation_id: (kind, "action") for op in kind.actions})
    flat: dict[str, tuple[FlatKind, str]] = {}
    for methods in by_shape.values():
        found = _flat(spec, methods) if {"POST", "GET", "DELETE"} <= set(methods) and methods["POST"].operation_id not in role else None
        if found is not None:
            flat.update({found.create.operation_id: (found, "create"), found.listing.operation_id: (found, "list")})
            flat[found.delete.operation_id] = (found, "delete")
    return Kinds(kinds, role, flat)


def _flat(spec: MockSpec, methods: dict[str, OperationSpec]) -> FlatKind | None:
    create, listing, delete = methods["POST"], methods["GET"], methods["DELETE"]
    request = create.request_body.media.get("application/json") if create.request_body is not None else None
    shown = listing.success_schema
    if request is None or shown is None:
        return None
    fields = property_names(spec.data, request, "")
    key = next((p.name for p in delete.parameters if p.location == "query" and p.name in fields), None)
    arrays = [path for path, items in _arrays(spec, shown, (), 0) if key in property_names(spec.data, *items)]
    return FlatKind(listing.operation_id, create, listing, delete, key, arrays[0]) if key and arrays else None


def _kind(
    spec: MockSpec, create: OperationSpec, item: dict[str, OperationSpec], item_shape: str, listing: OperationSpec | None
) -> Kind | None:
    show = item["GET"]
    if len(show.key_names) != len(create.key_names) + 1:
        return None
    kind = Kind(show.operation_id, create, show, item_shape, listing=listing if listing and listing.key_names == create.key_names else None)
    kind.updates = [item[m] for m in ("PUT", "PATCH") if m in item]
    kind.delete = item.get("DELETE")
    kind.id_source = _linked_id(create, show) or IdSource(_id_pointer(spec, create, kind.id_param))
    kind.show_id = _id_pointer(spec, show, kind.id_param, preferred=kind.id_source.pointer)
    kind.list_items = list_items(spec, kind.listing, show) if kind.listing is not None else None
    return kind


def _actions(spec: MockSpec, kind: Kind) -> list[OperationSpec]:
    return [
        op
        for op in spec.operations
        if op.method != "GET" and len(op.key_names) == kind.depth and shape(op.operation.path).startswith(kind.item_shape + "/")
    ]


def _linked_id(create: OperationSpec, show: OperationSpec) -> IdSource | None:
    """The id's place as the create answer's link to the show operation gives it."""
    responses = create.operation.data.get("responses") or {}
    response = responses.get(str(create.success_status)) or responses.get(create.success_status)
    links = response.get("links") if isinstance(response, dict) else None
    for link in (links or {}).values() if isinstance(links, dict) else ():
        if not isinstance(link, dict) or link.get("operationId") != show.operation_id:
            continue
        expression = (link.get("parameters") or {}).get(show.key_names[-1])
        for prefix, from_request in (("$response.body#", False), ("$request.body#", True)):
            if isinstance(expression, str) and expression.startswith(prefix):
                return IdSource(expression[len(prefix) :], from_request)
    return None


def _id_pointer(spec: MockSpec, op: OperationSpec, param: str, preferred: str = "") -> str:
    """The first conventional place of the id that the operation's success schema has; "" if none."""
    found = op.success_schema
    if found is None:
        return ""
    stem = param.rsplit("_", 1)[-1] if "_" in param else param  # training_job_id → id, pool_name → name
    candidates = [preferred, f"/{param}", f"/metadata/{param}", f"/{stem}", f"/metadata/{stem}", "/id", "/metadata/id"]
    for candidate in candidates:
        if candidate and _has(spec, found, candidate):
            return candidate
    return ""


def _has(spec: MockSpec, schema: tuple[Any, str], pointer: str) -> bool:
    return schema_at(spec.data, schema, pointer) is not None


def schema_at(data: dict[str, Any], schema: tuple[Any, str] | None, pointer: str) -> tuple[Any, str] | None:
    """The schema of the value at `pointer` inside an instance of `schema` (properties only); None if it has none."""
    node = schema
    for token in pointer_split(pointer):
        node = property_schema(data, node[0], node[1], token) if node is not None else None
    return node


def list_items(spec: MockSpec, listing: OperationSpec, show: OperationSpec) -> tuple[str, ...] | None:
    """The array of the list answer whose items look most like the show answer (most property names shared)."""
    found, shown = listing.success_schema, show.success_schema
    if found is None or shown is None:
        return None
    show_names = property_names(spec.data, *shown)
    best: tuple[int, tuple[str, ...]] | None = None
    for path, items in _arrays(spec, found, (), 0):
        score = len(property_names(spec.data, *items) & show_names)
        if score and (best is None or score > best[0]):
            best = (score, path)
    return best[1] if best else None


def _arrays(spec: MockSpec, schema: tuple[Any, str], path: tuple[str, ...], depth: int) -> list[tuple[tuple[str, ...], tuple[Any, str]]]:
    found: list[tuple[tuple[str, ...], tuple[Any, str]]] = []
    for alt, pointer in alternatives(spec.data, *schema):
        for name, sub in (alt.get("properties") or {}).items():
            sub_pointer = f"{pointer}/properties/{name}"
            resolved = next(iter(alternatives(spec.data, sub, sub_pointer)), None)
            if resolved is None:
                continue
            if resolved[0].get("type") == "array" and "items" in resolved[0]:
                found.append(((*path, name), (resolved[0]["items"], resolved[1] + "/items")))
            elif depth + 1 < _LIST_ARRAY_DEPTH:
                found.extend(_arrays(spec, (sub, sub_pointer), (*path, name), depth + 1))
    return found
