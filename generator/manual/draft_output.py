"""The draft written out: one YAML document per part file, each with the components it is the first to use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from generator.manual.draft import Draft

HEADER = "# Drafted by `python -m generator draft` from the manual: curate it into spec/parts/ (docs/drafting.md).\n"


class _Dumper(yaml.SafeDumper):
    """The curated files' style: lists indented under their key, no anchors (every operation spells out its security)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_part(document: dict[str, Any]) -> str:
    return HEADER + yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120)


def part_documents(result: Draft, config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each part's paths with the components it is the first to use (parts in the order of spec/draft.yaml)."""
    order = [str(a["part"]) for a in config.get("areas") or []]
    placed: set[str] = set()
    documents: dict[str, dict[str, Any]] = {}
    for part in [p for p in order if p in result.parts]:
        paths = dict(sorted(result.parts[part]["paths"].items()))
        names = [n for n in _refs(paths, result.components.schemas) if n not in placed]
        placed.update(names)
        document: dict[str, Any] = {"paths": paths}
        if names:
            document["components"] = {"schemas": {n: result.components.schemas[n] for n in sorted(names)}}
        documents[part] = document
    return documents


def _refs(node: Any, schemas: dict[str, Any]) -> list[str]:
    """Drafted component names reachable from `node`, each once, in the order first met."""
    found: dict[str, None] = {}
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            name = ref.rsplit("/", 1)[-1] if isinstance(ref, str) and ref.startswith("#/components/schemas/") else None
            if name in schemas and name not in found:
                found[name] = None
                stack.append(schemas[name])
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return list(found)
