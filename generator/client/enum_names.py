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
    """Names for an enum of strings that has a value not starting with a letter; None to leave it as it is."""
    if not all(isinstance(v, str) for v in values) or all(v[:1].isalpha() for v in values):
        return None
    words = _WORD.findall(owner)
    prefix = words[-1].upper() if words and not words[-1][:1].isdigit() else "VALUE"
    names = []
    for value in values:
        if value[:1].isalpha():
            names.append(value)
        elif value == "":
            names.append(f"{prefix}_EMPTY")
        elif _WORD.fullmatch(value):
            names.append(f"{prefix}_{value}")
        else:
            return None
    upper = [n.upper() for n in names]
    return names if len(set(upper)) == len(upper) and all(n.isidentifier() for n in names) else None
