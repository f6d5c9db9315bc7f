"""The resource ids valid path parameters are pinned to: from an ids file, the environment, or the spec's examples.

A real run uses only the ids it is given; an operation missing one is left out, never guessed. Every other
run falls back on the spec's `example:` ids, which the built-in mock is seeded with, so every operation runs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from modelarts_mock.app import cached_spec
from modelarts_mock.spec import DEFAULT_SPEC
from modelarts_spec.diagnostics import InputError
from modelarts_spec.loader import STRICT, load_yaml
from modelarts_spec.openapi import operations, parameters

from modelarts_contract.options import TargetError

SPEC = DEFAULT_SPEC  # the spec the mock serves is the one the suite checks against

Ids = dict[str, dict[str, str]]  # operationId -> path parameter -> value
PROJECT = "project_id"  # in every path; from --project-id or the environment, not from ids


def spec_data() -> dict[str, Any]:
    """The spec as data, from the mock's cache: loaded and validated once per process, however often a run asks."""
    return cached_spec(SPEC).data


def example_ids(project_id: str) -> Ids:
    """Per operation, the path ids of the resource the mock seeds from its success example."""
    return {
        op.operation_id: {PROJECT: project_id, **dict(zip(op.key_names, op.key_example, strict=True))}
        for op in cached_spec(SPEC).operations
    }


def path_parameter_names(spec: dict[str, Any]) -> dict[str, set[str]]:
    return {op.operation_id: {p["name"] for p, _ in parameters(spec, op) if p["in"] == "path"} for op in operations(spec)}


def env_name(parameter: str) -> str:
    """MODELARTS_POOL_NAME for pool_name: where a run reads a path parameter's value."""
    return "MODELARTS_" + re.sub(r"[^A-Za-z0-9]", "_", parameter).upper()


def resource_ids(
    spec: dict[str, Any],
    project_id: str,
    ids_file: Path | None,
    env: Mapping[str, str],
    fallback: Mapping[str, Mapping[str, str]] | None = None,
) -> Ids:
    """Path ids: the ids file (`{param: value}` or `{operationId: {param: value}}`), then MODELARTS_<PARAM>, then `fallback`.

    Operations whose ids are not all found are left out (a real run lists them in its summary).
    """
    all_names = path_parameter_names(spec)
    per_op: Ids = {}
    shared: dict[str, str] = {}
    if ids_file is not None:
        per_op, shared = read_ids_file(ids_file)
        check_ids_keys(ids_file, per_op, shared, all_names)
    result: Ids = {}
    for operation_id, names in all_names.items():
        defaults = (fallback or {}).get(operation_id, {})
        pinned = {PROJECT: project_id}
        for name in sorted(names - {PROJECT}):
            value = per_op.get(operation_id, {}).get(name) or shared.get(name) or env.get(env_name(name)) or defaults.get(name)
            if value:
                pinned[name] = value
        if names <= set(pinned):
            result[operation_id] = pinned
    return result


def read_ids_file(ids_file: Path) -> tuple[Ids, dict[str, str]]:
    """(ids per operation, ids shared by every operation) as the file gives them."""
    try:
        document = load_yaml(ids_file, STRICT)
    except InputError as exc:
        raise TargetError(f"--ids: {exc.diagnostic.to_text()}") from None
    if not isinstance(document.data, dict):
        raise TargetError(f"{ids_file}: expected a mapping of path parameter names (or operationIds) to ids")
    per_op: Ids = {}
    shared: dict[str, str] = {}
    for key, value in document.data.items():
        if isinstance(value, dict):
            per_op[str(key)] = {str(k): _id(ids_file, f"{key}.{k}", v) for k, v in value.items()}
        else:
            shared[str(key)] = _id(ids_file, str(key), value)
    return per_op, shared


def check_ids_keys(ids_file: Path, per_op: Ids, shared: Mapping[str, str], names: Mapping[str, set[str]]) -> None:
    """Every key of the file must name what the spec has: a typo would leave operations without ids, silently untested."""
    every_name = set().union(*names.values())
    for key in shared:
        if key in names:
            raise TargetError(f"{ids_file}: {key}: expected {{path parameter: id}} under an operationId")
        _check_name(ids_file, key, key, every_name, "any operation")
    for operation_id, ids in per_op.items():
        if operation_id not in names:
            raise TargetError(f"{ids_file}: {operation_id}: not an operationId of {SPEC.name}")
        for key in ids:
            _check_name(ids_file, f"{operation_id}.{key}", key, names[operation_id], operation_id)


def _check_name(ids_file: Path, where: str, name: str, known: set[str], owner: str) -> None:
    if name == PROJECT:  # the same for every operation of a run: never an id of the file
        raise TargetError(f"{ids_file}: {where}: the project is --project-id (or HUAWEICLOUD_SDK_PROJECT_ID), not an id of this file")
    if name not in known:
        has = f" (it has {', '.join(sorted(known - {PROJECT})) or 'none'})" if owner != "any operation" else ""
        raise TargetError(f"{ids_file}: {where}: not a path parameter of {owner}{has}")


def _id(ids_file: Path, where: str, value: object) -> str:
    """An id as a non-empty string: an empty YAML value would otherwise be sent as the id "None"."""
    if value is None or isinstance(value, dict | list) or str(value).strip() == "":
        raise TargetError(f"{ids_file}: {where}: expected an id (a non-empty string or number), got {value!r}")
    return str(value)
