"""Which checks a model's `from_dict` makes on a value the stock template only casts (model.py.jinja, tolerant reading).

Read by the template through Jinja globals, so the rules are Python that tests can call, not Jinja namespaces. Each
answer is a `Check`: the isinstance types of a fitting value, whether a bool must be refused although it is an int
(JSON's true is not a number), and what the report says was expected. Spec text never reaches these strings: they
are built from our own table of Python type names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Python type name → (isinstance types, a bool is refused, what was expected)
SCALARS: dict[str, tuple[str, bool, str]] = {
    "str": ("str", False, "a string"),
    "int": ("int", True, "an integer"),
    "float": ("int, float", True, "a number"),
    "bool": ("bool", False, "a boolean"),
}
# List items may also be anything (`items: {}`): still checked to be a list, so the fallback can be UNSET.
ITEMS = {**SCALARS, "Any": ("object", False, "any value")}
# Constructs that can fail on a value of the wrong shape: their items are checked by the construct, not here.
FALLIBLE = frozenset(
    {
        "model_property.py.jinja",
        "enum_property.py.jinja",
        "union_property.py.jinja",
        "list_property.py.jinja",
        "date_property.py.jinja",
        "datetime_property.py.jinja",
    }
)


@dataclass(frozen=True)
class Check:
    types: str  # inside `isinstance(value, (…))`
    no_bool: bool  # `isinstance(value, bool) or …` first
    what: str  # "a string or a number"


def _type_string(prop: Any) -> str:
    return str(prop.get_type_string(no_optional=True).as_unembedded_code())


def _of(parts: list[str]) -> Check | None:
    """Every part a plain scalar type: one check for them all; else None (the template's other branches)."""
    found = [SCALARS.get(part) for part in parts]
    if not parts or any(item is None for item in found):
        return None
    known = [item for item in found if item is not None]
    numeric = any(item[1] for item in known)
    return Check(", ".join(item[0] for item in known), numeric and "bool" not in parts, " or ".join(item[2] for item in known))


def scalar_check(prop: Any) -> Check | None:
    """A property of one plain type (str, int, float, bool)."""
    found = SCALARS.get(_type_string(prop))
    return Check(found[0], found[1], found[2]) if found else None


def union_check(prop: Any) -> Check | None:
    """A union of plain values (anyOf string/number), checked like a scalar."""
    return _of(_type_string(prop).split(" | ")) if prop.template == "union_property.py.jinja" else None


def items_check(prop: Any) -> Check | None:
    """A list of plain values, checked item by item (`list_misfit`)."""
    if prop.template != "list_property.py.jinja" or prop.inner_property.template in FALLIBLE:
        return None
    found = ITEMS.get(_type_string(prop.inner_property))
    return Check(found[0], found[1], found[2]) if found else None


def extra_check(additional_type: str) -> Check | None:
    """Typed additional properties of plain values (labels: string to string): each value checked as a property's."""
    return _of(additional_type.split(" | "))


GLOBALS = {"scalar_check": scalar_check, "union_check": union_check, "items_check": items_check, "extra_check": extra_check}
