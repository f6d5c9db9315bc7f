"""Hand-made spec pairs: the committed spec and one edit of it, with the change `diff` must report.

Shared by the diff tests and the Redocly cross-check (Redocly's own `diff` rates the same pairs). Each side
is a spec tree laid out as the committed one (`tests.support.spec_tree`), or, for tools that read only one
file (Redocly), the merged document in one file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tests.support.spec_tree import spec_copy, spec_data, write_tree

SPECS_PATH = "/v1/{project_id}/services/specifications"
MONITOR_PATH = "/v1/{project_id}/services/{service_id}/monitor"


@dataclass(frozen=True)
class Pair:
    name: str
    edit: Callable[[dict[str, Any]], None]
    expected: list[tuple[str, bool, str]]  # (kind, breaking, subject), exactly what diff must report


def _param(spec: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    return next(p for p in spec["paths"][path]["get"]["parameters"] if p.get("name") == name)


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"][name]
    return result


def _rename_specification(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    schemas["DeploymentSpec"] = schemas.pop("Specification")
    schemas["ServiceSpecificationList"]["properties"]["specifications"]["items"]["$ref"] = "#/components/schemas/DeploymentSpec"


PAIRS = [
    Pair(
        "operation-removed",
        lambda s: s["paths"].pop("/v1/{project_id}/os-user-config"),
        [("operation-removed", True, "ShowOsConfig")],
    ),
    Pair(
        "field-removed",
        lambda s: _schema(s, "ServiceSpecificationList")["properties"].pop("count"),
        [("field-removed", True, "ShowServiceSpecifications 200 body count")],
    ),
    Pair(
        "type-changed",
        lambda s: _schema(s, "OsConfig")["properties"]["networkQuota"].update(type="string"),
        [("type-changed", True, "ShowOsConfig 200 body networkQuota")],
    ),
    Pair(
        "parameter-required",
        lambda s: _param(s, MONITOR_PATH, "node_id").update(required=True),
        [("parameter-required", True, "ShowServiceMonitorInfo query parameter node_id")],
    ),
    Pair(
        "enum-value-removed",
        lambda s: _param(s, SPECS_PATH, "infer_type")["schema"]["enum"].remove("edge"),
        [("enum-value-removed", True, "ShowServiceSpecifications query parameter infer_type")],
    ),
    Pair(
        "field-added",
        lambda s: _schema(s, "ServiceSpecificationList")["properties"].update(region_id={"type": "string", "description": "Region."}),
        [("field-added", False, "ShowServiceSpecifications 200 body region_id")],
    ),
    Pair(
        "parameter-added",
        lambda s: s["paths"][MONITOR_PATH]["get"]["parameters"].append({"name": "since", "in": "query", "schema": {"type": "integer"}}),
        [("parameter-added", False, "ShowServiceMonitorInfo query parameter since")],
    ),
    Pair(
        "enum-value-added",
        lambda s: _param(s, SPECS_PATH, "infer_type")["schema"]["enum"].append("serverless"),
        [("enum-value-added", False, "ShowServiceSpecifications query parameter infer_type")],
    ),
    Pair(
        "required-parameter-added",
        lambda s: s["paths"][MONITOR_PATH]["get"]["parameters"].append(
            {"name": "since", "in": "query", "required": True, "schema": {"type": "integer"}}
        ),
        [("parameter-added", True, "ShowServiceMonitorInfo query parameter since")],
    ),
    Pair(
        "response-field-optional",
        lambda s: _schema(s, "ServiceSpecificationList")["required"].remove("specifications"),
        [("field-optional", True, "ShowServiceSpecifications 200 body specifications")],
    ),
    Pair(
        "schema-renamed",
        _rename_specification,
        [("schema-added", False, "schema DeploymentSpec"), ("schema-removed", True, "schema Specification")],
    ),
    Pair(
        "description-changed",
        lambda s: _schema(s, "OsConfig")["properties"]["networkQuota"].update(description="Changed wording."),
        [],
    ),
]

# The pairs the issue names, rated by Redocly's `diff` too: major there means breaking here.
WITNESSED = [
    "operation-removed",
    "field-removed",
    "type-changed",
    "parameter-required",
    "enum-value-removed",
    "field-added",
    "parameter-added",
    "enum-value-added",
]


def write_pair(pair: Pair, directory: Path, one_file: bool = False) -> tuple[Path, Path]:
    """OLD is the committed spec as it is (a copy of its tree, in `old/`); NEW is it with the pair's edit, laid
    out as the committed tree (in `<pair name>/`). Returns both roots. `one_file`: each side the merged
    document in one file instead (`old.yaml`, `<pair name>.yaml`), for tools that cannot read `x-parts`."""
    new = spec_data()
    pair.edit(new)
    if not one_file:
        return spec_copy(directory / "old"), write_tree(directory / pair.name, new)
    old_path, new_path = directory / "old.yaml", directory / f"{pair.name}.yaml"
    for data, path in ((spec_data(), old_path), (new, new_path)):
        path.write_text(yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return old_path, new_path
