"""The ids valid path parameters are pinned to: from an ids file, the environment, or the spec's examples.

A real run uses only the ids it is given; an operation missing one is not run, never guessed, and the summary
names what it lacked. Every other run falls back on the spec's `example:` ids, which the built-in mock is seeded
with, so every operation runs.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from modelarts_spec.diagnostics import InputError
from modelarts_spec.loader import STRICT, load_yaml

from modelarts_contract.contract_spec import ContractSpec
from modelarts_contract.options import TargetError

Ids = dict[str, dict[str, str]]  # operationId -> path parameter -> value
PROJECT = "project_id"  # in every path; from --project-id or the environment, not from ids
_LISTED = 30  # a usage error names every valid key up to this many; beyond, the closest ones


@dataclass(frozen=True)
class PathIds:
    """Per operation, the value of each path parameter; and, for those left out, the parameters no source gave."""

    ids: Ids
    missing: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # operationId -> parameters without a value


def example_ids(spec: ContractSpec, project_id: str) -> Ids:
    """Per operation, the spec's `example:` of each path parameter (the resource the mock seeds), and the project."""
    return {op.operation_id: {PROJECT: project_id, **op.path_examples} for op in spec.operations}


def env_name(parameter: str) -> str:
    """MODELARTS_POOL_NAME for pool_name: where a run reads a path parameter's value."""
    return "MODELARTS_" + re.sub(r"[^A-Za-z0-9]", "_", parameter).upper()


def resolve_ids(
    spec: ContractSpec,
    project_id: str,
    ids_file: Path | None,
    env: Mapping[str, str],
    fallback: Mapping[str, Mapping[str, str]] | None = None,
) -> PathIds:
    """Path ids: the ids file (`{param: value}` or `{operationId: {param: value}}`), then MODELARTS_<PARAM>, then `fallback`."""
    names = {op.operation_id: set(op.path_params) for op in spec.operations}
    per_op: Ids = {}
    shared: dict[str, str] = {}
    if ids_file is not None:
        per_op, shared = read_ids_file(ids_file)
        check_ids_keys(ids_file, spec, per_op, shared, names)
    found: Ids = {}
    missing: dict[str, tuple[str, ...]] = {}
    for operation_id, wanted in names.items():
        defaults = (fallback or {}).get(operation_id, {})
        pinned = {PROJECT: project_id}
        for name in sorted(wanted - {PROJECT}):
            value = per_op.get(operation_id, {}).get(name) or shared.get(name) or env.get(env_name(name)) or defaults.get(name)
            if value:
                pinned[name] = value
        lacking = tuple(sorted(wanted - set(pinned)))
        if lacking:
            missing[operation_id] = lacking
        else:
            found[operation_id] = pinned
    return PathIds(found, missing)


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


def check_ids_keys(ids_file: Path, spec: ContractSpec, per_op: Ids, shared: Mapping[str, str], names: Mapping[str, set[str]]) -> None:
    """Every key of the file must name what the spec has: a typo would leave operations without ids, silently untested."""
    every_name = set().union(*names.values()) - {PROJECT}
    for key in shared:
        if key in names:
            raise TargetError(f"{ids_file}: {key}: expected {{path parameter: id}} under an operationId")
        _check_name(ids_file, key, key, every_name, "any operation")
    for operation_id, ids in per_op.items():
        if operation_id not in names:
            raise TargetError(f"{ids_file}: {operation_id}: not an operationId of {spec.path.name}{_valid(operation_id, set(names))}")
        for key in ids:
            _check_name(ids_file, f"{operation_id}.{key}", key, names[operation_id] - {PROJECT}, operation_id)


def _check_name(ids_file: Path, where: str, name: str, known: set[str], owner: str) -> None:
    if name == PROJECT:  # the same for every operation of a run: never an id of the file
        raise TargetError(f"{ids_file}: {where}: the project is --project-id (or HUAWEICLOUD_SDK_PROJECT_ID), not an id of this file")
    if name not in known:
        raise TargetError(f"{ids_file}: {where}: not a path parameter of {owner}{_valid(name, known)}")


def _valid(name: str, known: set[str]) -> str:
    """What the key could have been: every valid one if few, else the closest (`plugin_name` → plugintemplate_name)."""
    if not known:
        return " (it has none)"
    if len(known) <= _LISTED:
        close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]}?" if close else ""
        return f" (it has {', '.join(sorted(known))}){hint}"
    close = difflib.get_close_matches(name, sorted(known), n=5, cutoff=0.5)
    return f"; did you mean {' or '.join(close)}?" if close else f" (none of its {len(known)} names is close)"


def _id(ids_file: Path, where: str, value: object) -> str:
    """An id as a non-empty string: an empty YAML value would otherwise be sent as the id "None"."""
    if value is None or isinstance(value, dict | list) or str(value).strip() == "":
        raise TargetError(f"{ids_file}: {where}: expected an id (a non-empty string or number), got {value!r}")
    return str(value)
