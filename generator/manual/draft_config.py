"""The shape of `spec/draft.yaml` (areas, their tags and rules, page-id names), checked before the draft reads it.

Every misfit is a `draft-config-shape` error at its pointer and line, all of them at once; the draft step then
reads a document it can trust (no KeyError, no list where a mapping belongs, no part name that leaves the
output folder, no rule that is not a regular expression).
"""

from __future__ import annotations

import re
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, pointer_join
from modelarts_spec.loader import YamlDocument

from generator import shapes

CODE = "draft-config-shape"
PART_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")  # a part is a file name in the output folder: no `/`, no `..`
OPERATION_ID_RE = re.compile(r"^[A-Z][A-Za-z0-9]{0,99}$")


def check(doc: YamlDocument) -> list[Diagnostic]:
    """Every place where `doc` is not a draft configuration, as errors (none: the draft may read it)."""
    found: list[Diagnostic] = []

    def bad(pointer: str, message: str) -> None:
        found.append(doc.diagnostic(CODE, pointer, message))

    data = doc.data
    if not shapes.mapping_of(data, "", {"areas": shapes.listed, "names": shapes.mapping}, {"areas"}, bad):
        return found
    parts: set[str] = set()
    for index, area in enumerate(data["areas"]):
        pointer = pointer_join("/areas", index)
        if not shapes.mapping_of(area, pointer, {"part": _part, "name": shapes.text, "tags": shapes.listed}, {"part", "name", "tags"}, bad):
            continue
        if area["part"] in parts:
            bad(pointer_join(pointer, "part"), f"part {area['part']!r} is named by an earlier area too")
        parts.add(area["part"])
        for t_index, tag in enumerate(area["tags"]):
            tag_pointer = pointer_join(pointer, "tags", t_index)
            if shapes.mapping_of(
                tag, tag_pointer, {"name": shapes.text, "description": shapes.text, "rules": shapes.listed}, {"name", "rules"}, bad
            ):
                for r_index, rule in enumerate(tag["rules"]):
                    shapes.mapping_of(
                        rule, pointer_join(tag_pointer, "rules", r_index), {"folder": shapes.text, "path": _pattern}, {"folder"}, bad
                    )
    for page_id, name in (data.get("names") or {}).items():
        problem = shapes.text(page_id) or _operation_id(name)
        if problem:
            bad(pointer_join("/names", str(page_id)), f"`names` maps page ids to operationIds: {problem}")
    return found


def _part(value: Any) -> str | None:
    if isinstance(value, str) and PART_RE.match(value):
        return None
    return "expected a part file's name (lower-case letters, digits, `-`, `_`; it names <part>.yaml in the output folder)"


def _operation_id(value: Any) -> str | None:
    if isinstance(value, str) and OPERATION_ID_RE.match(value):
        return None
    return f"expected an operationId such as `ShowTrainingJobV1`, found {shapes.kind(value) if not isinstance(value, str) else repr(value[:60])}"


def _pattern(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"expected a regular expression (a string), found {shapes.kind(value)}"
    try:
        re.compile(value)
    except re.error as exc:
        return f"not a regular expression: {exc}"
    return None
