"""Synthetic specs N times larger than ours, for `make bench-scale` and the tests that prove caches change nothing.

Copy 0 is the spec itself. Copy k (k >= 1) repeats every path under the prefix `/copy{k:03d}`, renames every
operationId (`ShowPool` → `ShowPoolC001`, and so the links to it) and every `x-lifecycle` resource (`pool` →
`pool_c001`) and, unless components are shared, every component of every
kind but security schemes (`Pool` → `PoolC001`), with each `$ref` inside the copy pointing at the copy's
own components. So the derived spec is valid whenever ours is, and it holds N times the operations and
(by default) N times the schemas: the size of the full ModelArts API, not one model list reused.
"""

from __future__ import annotations

import copy
from typing import Any

from modelarts_spec.openapi import HTTP_METHODS

# Kinds of components a copy renames; security schemes stay shared (they name the credentials, not data).
RENAMED_KINDS = ("schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks")


def suffix(index: int) -> str:
    return f"C{index:03d}"


def derive(spec: dict[str, Any], copies: int, *, share_components: bool = False) -> dict[str, Any]:
    """The spec with `copies - 1` renamed copies of its paths (and components) added; `spec` is not changed."""
    if copies < 1:
        raise ValueError(f"copies must be at least 1, got {copies}")
    result = copy.deepcopy(spec)
    paths: dict[str, Any] = result.setdefault("paths", {})
    components: dict[str, Any] = result.setdefault("components", {})
    originals = {kind: dict(components.get(kind) or {}) for kind in RENAMED_KINDS}
    for index in range(1, copies):
        tag = suffix(index)
        renames = {} if share_components else _renames(originals, tag)
        for path, item in (spec.get("paths") or {}).items():
            paths[f"/copy{index:03d}{path}"] = _rename_operations(_rewrite_refs(item, renames), tag)
        if not share_components:
            for kind, named in originals.items():
                for name, value in named.items():
                    components[kind][name + tag] = _rewrite_refs(value, renames)
    return result


def _renames(originals: dict[str, dict[str, Any]], tag: str) -> dict[str, str]:
    return {f"#/components/{kind}/{name}": f"#/components/{kind}/{name}{tag}" for kind, named in originals.items() for name in named}


def _rewrite_refs(node: Any, renames: dict[str, str]) -> Any:
    """A deep copy of `node` with every `$ref` string in `renames` replaced (example data is copied as is)."""
    if isinstance(node, dict):
        return {
            key: renames.get(value, value) if key == "$ref" and isinstance(value, str) else _rewrite_refs(value, renames)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(item, renames) for item in node]
    return node


def _rename_operations(item: dict[str, Any], tag: str) -> dict[str, Any]:
    """The copy's operationIds, the links between them (on its responses; shared responses hold none) and the
    resources its `x-lifecycle`s name get the copy's suffix."""
    for method in HTTP_METHODS:
        operation = item.get(method)
        if not isinstance(operation, dict):
            continue
        if isinstance(operation.get("operationId"), str):
            operation["operationId"] += tag
        lifecycle = operation.get("x-lifecycle")
        if isinstance(lifecycle, dict) and isinstance(lifecycle.get("resource"), str):
            lifecycle["resource"] += "_" + tag.lower()
        for link in _links(operation):
            if isinstance(link.get("operationId"), str):
                link["operationId"] += tag
    return item


def _links(operation: dict[str, Any]) -> list[dict[str, Any]]:
    """The link objects written on an operation's own responses."""
    responses = operation.get("responses")
    found = []
    for response in (responses if isinstance(responses, dict) else {}).values():
        links = response.get("links") if isinstance(response, dict) else None
        found += [link for link in (links if isinstance(links, dict) else {}).values() if isinstance(link, dict)]
    return found


def operation_count(spec: dict[str, Any]) -> int:
    return sum(1 for item in (spec.get("paths") or {}).values() if isinstance(item, dict) for m in HTTP_METHODS if m in item)


def subset(spec: dict[str, Any], keep: set[str]) -> dict[str, Any]:
    """The spec with only the operations whose operationId is in `keep`, and the components they reach (a copy)."""
    result = copy.deepcopy(spec)
    paths: dict[str, Any] = {}
    for path, item in (result.get("paths") or {}).items():
        methods = [m for m in HTTP_METHODS if isinstance(item.get(m), dict) and item[m].get("operationId") in keep]
        if methods:
            paths[path] = {k: v for k, v in item.items() if k not in HTTP_METHODS or k in methods}
            for method in methods:  # a link to an operation left out would lead nowhere
                for response in (paths[path][method].get("responses") or {}).values():
                    links = response.get("links") if isinstance(response, dict) else None
                    if isinstance(links, dict):
                        response["links"] = {n: link for n, link in links.items() if link.get("operationId") in keep}
                        if not response["links"]:
                            del response["links"]
    result["paths"] = paths
    components = result.get("components") or {}
    reached: set[str] = set()
    pending = [paths, {k: v for k, v in result.items() if k not in ("paths", "components")}]
    while pending:
        for ref in _refs(pending.pop()):
            if ref not in reached:
                reached.add(ref)
                kind, _, name = ref.removeprefix("#/components/").partition("/")
                if name in (components.get(kind) or {}):
                    pending.append(components[kind][name])
    for kind in RENAMED_KINDS:
        if kind in components:
            components[kind] = {n: v for n, v in components[kind].items() if f"#/components/{kind}/{n}" in reached}
    return result


def _refs(node: Any) -> list[str]:
    found: list[str] = []
    stack = [node]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                found.append(ref)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found
