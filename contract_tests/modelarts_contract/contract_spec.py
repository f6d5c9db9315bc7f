"""The spec a run checks against, as the suite reads it: its operations, which of them write, their path parameters.

By default the published bundle of modelarts-spec (the one the built-in mock serves); `--spec FILE` names another
(a split spec too: `modelarts_spec.loader.load_openapi` returns it merged). Read once per file and process.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from modelarts_spec import published_spec
from modelarts_spec.diagnostics import InputError, pointer_join
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import deref, operations, parameters

from modelarts_contract.options import TargetError

DEFAULT_SPEC = published_spec()
READ_METHODS = frozenset({"GET", "HEAD"})  # what a read-only run may send


@dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    method: str  # upper case, as schemathesis labels it
    path: str
    path_params: frozenset[str]
    path_examples: Mapping[str, str]  # path parameter -> its `example:` (the id the mock seeds)
    request_example: Any  # the request body's JSON example, None if it has none (or no body)
    has_body: bool
    # required query and header parameter -> its example (else its schema's example, default or first enum value);
    # one without any is left out, and the client round trip says so
    argument_examples: Mapping[str, Any]
    body_on_204: bool  # a 204 documented with content (the manual's ShowPoolTags): no HTTP/1.1 client receives it
    links: tuple[str, ...] = ()  # the operationIds its answers' OpenAPI links lead to (a create's: show, update, delete, actions)

    @property
    def label(self) -> str:
        """schemathesis' name of the operation (`GET /v2/{project_id}/pools`)."""
        return f"{self.method} {self.path}"

    @property
    def writes(self) -> bool:
        return self.method not in READ_METHODS


@dataclass(frozen=True)
class ContractSpec:
    path: Path
    data: dict[str, Any]
    operations: tuple[OperationInfo, ...]

    def operation(self, operation_id: str) -> OperationInfo | None:
        return next((op for op in self.operations if op.operation_id == operation_id), None)

    @property
    def by_label(self) -> dict[str, OperationInfo]:
        return {op.label: op for op in self.operations}


def load_contract_spec(path: Path | None = None) -> ContractSpec:
    """The spec at `path` (default: the published one), or a TargetError with the file, pointer and line."""
    resolved = Path(path or DEFAULT_SPEC).resolve()
    try:
        return _load(resolved, resolved.stat().st_mtime_ns)
    except OSError as exc:
        raise TargetError(f"--spec {path}: cannot read it ({exc.strerror or type(exc).__name__})") from None
    except InputError as exc:
        raise TargetError(f"--spec: {exc.diagnostic.to_text()}") from None


@cache
def _load(path: Path, _mtime: int) -> ContractSpec:
    data = load_openapi(path).data
    found = tuple(_operation_info(data, op) for op in operations(data))
    missing = [op.label for op in found if not op.operation_id]
    if missing:  # operations are named, selected and reported by their id
        raise TargetError(f"--spec {path}: operations without an operationId: {', '.join(missing)}")
    return ContractSpec(path, data, found)


def _operation_info(data: dict[str, Any], op: Any) -> OperationInfo:
    path_params = [p for p, _ in parameters(data, op) if p.get("in") == "path"]
    examples = {str(p["name"]): str(p["example"]) for p in path_params if p.get("example") not in (None, "")}
    body, pointer = deref(data, op.data.get("requestBody"), pointer_join(op.pointer, "requestBody"))
    content = body.get("content") if isinstance(body, dict) else None
    return OperationInfo(
        operation_id=op.operation_id,
        method=op.method.upper(),
        path=op.path,
        path_params=frozenset(str(p.get("name")) for p in path_params),
        path_examples=examples,
        request_example=_json_example(data, content, pointer) if isinstance(content, dict) else None,
        has_body=isinstance(content, dict) and bool(content),
        argument_examples=_argument_examples(data, op),
        body_on_204=_content_on_204(data, op),
        links=_link_targets(data, op),
    )


def _link_targets(data: dict[str, Any], op: Any) -> tuple[str, ...]:
    found: list[str] = []
    for status, response in (op.data.get("responses") or {}).items():
        resolved, _ = deref(data, response, pointer_join(op.pointer, "responses", str(status)))
        links = resolved.get("links") if isinstance(resolved, dict) else None
        for name, link in (links or {}).items() if isinstance(links, dict) else ():
            link, _ = deref(data, link, pointer_join(op.pointer, "responses", str(status), "links", str(name)))
            if isinstance(link, dict) and isinstance(link.get("operationId"), str):
                found.append(link["operationId"])
    return tuple(found)


def _argument_examples(data: dict[str, Any], op: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for param, pointer in parameters(data, op):
        if param.get("in") not in ("query", "header") or not param.get("required"):
            continue
        schema, _ = deref(data, param.get("schema"), pointer_join(pointer, "schema"))
        schema = schema if isinstance(schema, dict) else {}
        enum = schema.get("enum") if isinstance(schema.get("enum"), list) else []
        for source, key in ((param, "example"), (schema, "example"), (schema, "default")):
            if key in source:
                found[str(param.get("name"))] = source[key]
                break
        else:
            if enum:
                found[str(param.get("name"))] = enum[0]
    return found


def _content_on_204(data: dict[str, Any], op: Any) -> bool:
    responses = op.data.get("responses") or {}
    response = responses.get("204", responses.get(204))
    resolved, _ = deref(data, response, pointer_join(op.pointer, "responses", "204"))
    return isinstance(resolved, dict) and bool(resolved.get("content"))


def _json_example(data: dict[str, Any], content: dict[str, Any], pointer: str) -> Any:
    """The first JSON media type's `example`, else the value of its first `examples` entry."""
    for media_type, media in content.items():
        if not (media_type == "application/json" or media_type.endswith("+json")) or not isinstance(media, dict):
            continue
        if "example" in media:
            return media["example"]
        for name, entry in (media.get("examples") or {}).items():
            resolved, _ = deref(data, entry, pointer_join(pointer, "content", media_type, "examples", name))
            if isinstance(resolved, dict) and "value" in resolved:
                return resolved["value"]
    return None
