"""The HTML reference: the published spec rendered by `page.html.j2` into one static page (decision 0025).

The page needs no network: CSS and script are inline, nothing is fetched. It opens quickly at the size of
the whole API: the index (areas from `x-tagGroups`, their tags, their operations), the filters and each
operation's heading, sources and security are in the page; each operation's parameters, request body and
responses are rendered here too, but inside a `<template>`, which the browser parses without laying it out,
and the script shows it when the operation is opened (a click, its `#op-…` link, or "Show all details").
Spec text is data: the template escapes everything (autoescape), the script only moves parsed nodes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from modelarts_spec.openapi import operations, walk_openapi

from generator.publish.reference_model import DEPLOYMENTS, Builder, OperationView
from generator.publish.reference_text import inline, markdown

TEMPLATE_DIR = Path(__file__).resolve().parent
OTHER_AREA = "Other"  # tags no group of `x-tagGroups` lists
UNTAGGED = "other"  # operations without a tag


@dataclass
class Area:
    name: str  # "" when the spec groups no tags
    tags: list[tuple[dict[str, Any], list[OperationView]]]

    @property
    def count(self) -> int:
        return sum(len(members) for _, members in self.tags)


def areas(spec: dict[str, Any], views: list[OperationView]) -> list[Area]:
    """Operations by first tag, tags by area (`x-tagGroups`), both in the order the spec declares them."""
    declared = {str(t.get("name")): t for t in spec.get("tags") or [] if isinstance(t, dict)}
    by_tag: dict[str, list[OperationView]] = {name: [] for name in declared}
    for view in views:
        by_tag.setdefault(str((view.op.data.get("tags") or [UNTAGGED])[0]), []).append(view)
    tags = {name: (declared.get(name, {"name": name}), members) for name, members in by_tag.items() if members}
    groups = [g for g in spec.get("x-tagGroups") or [] if isinstance(g, dict) and isinstance(g.get("tags"), list)]
    if not groups:
        return [Area("", list(tags.values()))]
    found = []
    for group in groups:
        listed = [tags.pop(str(name)) for name in group["tags"] if str(name) in tags]
        if listed:
            found.append(Area(str(group.get("name", "")), listed))
    if tags:
        found.append(Area(OTHER_AREA, list(tags.values())))
    return found


def evidence_sources(spec: dict[str, Any]) -> list[tuple[str, int]]:
    """Each source named by an `x-evidence` entry, with the number of places it backs."""
    counts: dict[str, int] = {}
    for key, value, _, is_name in walk_openapi(spec, ""):
        if key == "x-evidence" and not is_name and isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict):
                    counts[str(entry.get("source"))] = counts.get(str(entry.get("source")), 0) + 1
    return sorted(counts.items())


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["markdown"] = markdown
    env.filters["inline"] = inline
    return env


def render(spec: dict[str, Any]) -> str:
    builder = Builder(spec)
    views = [builder.operation(op) for op in operations(spec)]
    components = spec.get("components") or {}
    return (
        _environment()
        .get_template("page.html.j2")
        .render(
            info=spec.get("info") or {},
            servers=spec.get("servers") or [],
            areas=areas(spec, views),
            operations=views,
            schema_count=len(components.get("schemas") or {}),
            deployments=DEPLOYMENTS,
            schemes=components.get("securitySchemes") or {},
            deviations=list(builder.deviations.values()),
            evidence_sources=evidence_sources(spec),
        )
    )
