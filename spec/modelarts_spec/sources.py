"""Who documents what: `x-documented-by` on every operation and the areas of `x-tagGroups` (EXTENSIONS.md).

These are the shapes only; whether an entry matches its source (the manual's section, the English page, the
SDK's declaration) is checked by the generator's manual rules, which hold the transcriptions.
"""

from __future__ import annotations

from typing import Any

from modelarts_spec.diagnostics import Diagnostic, pointer_join
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import operations

SOURCES = ("manual", "english-edition", "huaweicloud-sdk-python", "terraform-provider-huaweicloud")
HUAWEI_CLOUD = frozenset({"manual", "huaweicloud-sdk-python", "terraform-provider-huaweicloud"})  # the rest: other deployments
ENTRY_KEYS = {"source": True, "at": True, "name": False, "page-id": False}
DOCUMENTED_BY = "x-documented-by"


def check_sources(doc: YamlDocument) -> list[Diagnostic]:
    found = []
    for op in operations(doc.data):
        pointer = pointer_join(op.pointer, DOCUMENTED_BY)
        entries = op.data.get(DOCUMENTED_BY)
        if not isinstance(entries, list) or not entries:
            message = f"{op.operation_id} does not say which sources document it"
            found.append(doc.diagnostic("documented-by-missing", pointer, message, hint=f"add {DOCUMENTED_BY} (spec/EXTENSIONS.md)"))
            continue
        for index, entry in enumerate(entries):
            found += _check_entry(doc, entry, pointer_join(pointer, index))
    return found + check_tag_groups(doc)


def _check_entry(doc: YamlDocument, entry: Any, pointer: str) -> list[Diagnostic]:
    if not isinstance(entry, dict):
        return [doc.diagnostic("documented-by-shape", pointer, f"an entry must be a mapping with {_keys()}")]
    found = []
    for key, required in ENTRY_KEYS.items():
        value = entry.get(key)
        if (required or key in entry) and not (isinstance(value, str) and value.strip()):
            found.append(doc.diagnostic("documented-by-shape", pointer_join(pointer, key), f"{key!r} must be a non-empty string"))
    if isinstance(entry.get("source"), str) and entry["source"] not in SOURCES:
        message = f"unknown source {entry['source']!r}; one of {', '.join(SOURCES)}"
        found.append(doc.diagnostic("documented-by-shape", pointer_join(pointer, "source"), message))
    found += [
        doc.diagnostic("documented-by-shape", pointer_join(pointer, key), f"unknown key {key!r}; expected {_keys()}")
        for key in entry
        if key not in ENTRY_KEYS
    ]
    return found


def _keys() -> str:
    return ", ".join(k if required else f"[{k}]" for k, required in ENTRY_KEYS.items())


def check_tag_groups(doc: YamlDocument) -> list[Diagnostic]:
    """Every declared tag in exactly one group, every grouped tag declared (when the spec groups its tags)."""
    groups = doc.data.get("x-tagGroups")
    if groups is None:
        return []
    declared = [t.get("name") for t in doc.data.get("tags") or [] if isinstance(t, dict)]
    if not isinstance(groups, list) or not all(
        isinstance(g, dict) and isinstance(g.get("name"), str) and isinstance(g.get("tags"), list) for g in groups
    ):
        return [doc.diagnostic("tag-group-invalid", "/x-tagGroups", "x-tagGroups must be a list of {name, tags} mappings")]
    found = []
    seen: dict[str, str] = {}
    for g_index, group in enumerate(groups):
        for t_index, tag in enumerate(group["tags"]):
            pointer = pointer_join("/x-tagGroups", g_index, "tags", t_index)
            if tag not in declared:
                found.append(doc.diagnostic("tag-group-invalid", pointer, f"tag {tag!r} is not declared in `tags`"))
            elif tag in seen:
                found.append(doc.diagnostic("tag-group-invalid", pointer, f"tag {tag!r} is also in group {seen[tag]!r}"))
            seen.setdefault(str(tag), group["name"])
    found += [
        doc.diagnostic("tag-group-invalid", "/x-tagGroups", f"tag {tag!r} is in no group")
        for tag in declared
        if isinstance(tag, str) and tag not in seen
    ]
    return found
