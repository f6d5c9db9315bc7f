"""Enum member names that say the value: `ShowPoolMonitorPeriod.PERIOD_300`, not `VALUE_1`.

openapi-python-client names a member after its value when the value starts with a letter, else `VALUE_<index>`.
Before it parses the spec, every enum with such a value gets `x-enum-varnames` (which it reads) in a copy
of the spec: `<OWNER>_<value>`, OWNER being the property, parameter or schema the enum belongs to
(`period` → PERIOD_60, `os.modelarts/billing_mode` → BILLING_MODE_0), `<OWNER>_EMPTY` for "". The spec
file itself is not touched. Values that would not make an identifier keep the tool's own names.
"""

from __future__ import annotations

import copy
import re
from typing import Any

_WORD = re.compile(r"[A-Za-z0-9_]+")
_NOT_WORD = re.compile(r"[^A-Za-z0-9_]")


def with_enum_names(spec: dict[str, Any]) -> dict[str, Any]:
    named = copy.deepcopy(spec)
    stack: list[tuple[Any, str]] = [(named, "value")]
    while stack:
        node, owner = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("enum"), list) and "x-enum-varnames" not in node:
                names = member_names(node["enum"], owner)
                if names is not None:
                    node["x-enum-varnames"] = names
            for key, value in node.items():
                child_owner = str(node.get("name", owner)) if key == "schema" else str(key)
                stack.append((value, owner if key in ("items", "allOf", "anyOf", "oneOf") else child_owner))
        elif isinstance(node, list):
            stack.extend((item, owner) for item in node)
    return named


def member_names(values: list[Any], owner: str) -> list[str] | None:
    """Names for an enum of strings the tool would name badly: a value not starting with a letter, or values that
    fold to one member name (`DAILY` and `daily`, `a-b` and `a_b`: the later ones get `_2`, `_3`). None to leave
    the enum as it is."""
    if not all(isinstance(v, str) for v in values):
        return None
    folded = [_NOT_WORD.sub("_", v).upper() for v in values]
    if all(v[:1].isalpha() for v in values) and len(set(folded)) == len(folded):
        return None
    words = _WORD.findall(owner)
    prefix = words[-1].upper() if words and not words[-1][:1].isdigit() else "VALUE"
    names: list[str] = []
    taken: set[str] = set()
    for value in values:
        base = _NOT_WORD.sub("_", value)
        name = base if value[:1].isalpha() else f"{prefix}_{base}" if value else f"{prefix}_EMPTY"
        candidate, number = name, 2
        while candidate.upper() in taken:
            candidate, number = f"{name}_{number}", number + 1
        taken.add(candidate.upper())
        names.append(candidate)
    return names if all(n.isidentifier() for n in names) else None
