"""`x-documented-by` checked against the sources themselves (validate's rule `documented-by-*`).

Each operation must name every source that documents it, where: the manual's URI section (`manual`), the
English edition's page (`english-edition`), the official SDK's declaration (`huaweicloud-sdk-python`,
`spec/sources/huaweicloud-sdk-python.yaml`). An entry for a source that does not document the operation,
or that points at another place, is stale. Terraform entries are evidence collected by hand: their shape is
checked by `modelarts_spec.sources`, not their place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, InputError, pointer_join
from modelarts_spec.loader import STRICT, YamlDocument, load_yaml
from modelarts_spec.openapi import operations
from modelarts_spec.validate import Rule

from generator import shapes

DEFAULT_SDK = "spec/sources/huaweicloud-sdk-python.yaml"
SDK_FILE = {"source": shapes.text, "package": shapes.text, "version": shapes.text, "file": shapes.text, "operations": shapes.listed}
SDK_OPERATION = {"name": shapes.text, "method": shapes.text, "path": shapes.text, "line": shapes.whole(1)}
CHECKED = ("manual", "english-edition", "huaweicloud-sdk-python")


def expected_entries(
    spec: dict[str, Any], transcriptions: list[YamlDocument], sdk: dict[str, Any] | None
) -> dict[str, list[dict[str, str]]]:
    """For each operationId, the entries its sources call for, in the order of CHECKED."""
    expected: dict[str, list[dict[str, str]]] = {}
    for tables in transcriptions:
        first: dict[str, dict[str, str]] = {}  # the operation's first section: the excerpt's URI, or the page's
        for section in tables.data.get("sections") or []:
            if section.get("operation"):
                first.setdefault(section["operation"], _manual_entry(tables.data, section))
        for op_id, entry in first.items():
            expected.setdefault(op_id, []).append(entry)
    index = sdk_index(sdk)
    for op in operations(spec):
        found = sdk_entries(index, op.method, op.path)
        if found:
            expected.setdefault(op.operation_id, []).extend(found)
    for entries in expected.values():
        entries.sort(key=lambda e: CHECKED.index(e["source"]))
    return expected


SdkIndex = dict[tuple[str, str], list[dict[str, str]]]


def sdk_index(sdk: dict[str, Any] | None) -> SdkIndex:
    """The official SDK's declarations as entries, by (METHOD, path with parameter names aside): built once per
    command, then each operation is one lookup (scanning the 297 declarations per operation cost ~50 ms a validate)."""
    index: SdkIndex = {}
    if sdk is None:
        return index
    for declared in sdk.get("operations") or []:
        entry = {"source": "huaweicloud-sdk-python", "at": f"{sdk['file']}:{declared['line']}@{sdk['version']}", "name": declared["name"]}
        index.setdefault((declared["method"], _shape(declared["path"])), []).append(entry)
    return index


def sdk_entries(index: SdkIndex, method: str, path: str) -> list[dict[str, str]]:
    """The official SDK's declarations of the operation at METHOD PATH (parameter names aside), as entries."""
    return [dict(entry) for entry in index.get((method.upper(), _shape(path)), [])]


def _manual_entry(tables: dict[str, Any], section: dict[str, Any]) -> dict[str, str]:
    if section.get("page"):
        entry = {"source": "english-edition", "at": f"{section['page']}:{section['line']}"}
        if section.get("page_id"):
            entry["page-id"] = str(section["page_id"])
        return entry
    return {"source": "manual", "at": f"{Path(str(tables.get('source'))).name}:{section['line']}"}


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.split("?", 1)[0])


def check_documented_by(doc: YamlDocument, transcriptions: list[YamlDocument], sdk: dict[str, Any] | None) -> list[Diagnostic]:
    expected = expected_entries(doc.data, transcriptions, sdk)
    found = []
    for op in operations(doc.data):
        pointer = pointer_join(op.pointer, "x-documented-by")
        actual = [e for e in op.data.get("x-documented-by") or [] if isinstance(e, dict) and e.get("source") in CHECKED]
        wanted = expected.get(op.operation_id, [])
        for entry in wanted:
            if entry not in actual:
                message = f"{op.operation_id}: {entry['source']} documents it at {entry['at']}, x-documented-by does not say so"
                found.append(doc.diagnostic("documented-by-missing", pointer, message, hint=f"add {entry}"))
        for index, entry in enumerate(op.data.get("x-documented-by") or []):
            if isinstance(entry, dict) and entry.get("source") in CHECKED and entry not in wanted:
                message = f"{op.operation_id}: no {entry.get('source')} source documents it at {entry.get('at')}"
                found.append(doc.diagnostic("documented-by-stale", pointer_join(pointer, index), message))
    return found


def sources_rules(transcriptions: list[YamlDocument], sdk_path: str) -> list[Rule]:
    """validate's rule over the given transcriptions and SDK operation list ('' skips the SDK)."""
    sdk = load_sdk(sdk_path).data if sdk_path else None
    return [lambda doc: check_documented_by(doc, transcriptions, sdk)]


def load_sdk(path: str) -> YamlDocument:
    """The SDK's operation list (tools/sdk_operations.py writes it), its shape checked: a misfit is `sdk-shape`
    at its pointer and line (exit 2), not a KeyError while the entries are built."""
    doc = load_yaml(path, STRICT)
    found: list[Diagnostic] = []

    def bad(pointer: str, message: str) -> None:
        found.append(doc.diagnostic("sdk-shape", pointer, message))

    if shapes.mapping_of(doc.data, "", SDK_FILE, set(SDK_FILE), bad):
        for index, declared in enumerate(doc.data["operations"]):
            shapes.mapping_of(declared, pointer_join("/operations", index), SDK_OPERATION, set(SDK_OPERATION), bad)
    if found:
        raise InputError(replace(found[0], hint=f"regenerate it: python tools/sdk_operations.py ({len(found)} misfits)"))
    return doc
