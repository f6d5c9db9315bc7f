"""The rules that decide which values a generated model's from_dict checks (generator/client/reading.py)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from generator.client.reading import Check, extra_check, items_check, scalar_check, union_check


def prop(type_string: str, template: str = "property.py.jinja", inner: Any = None) -> Any:
    code = SimpleNamespace(as_unembedded_code=lambda: type_string)
    return SimpleNamespace(get_type_string=lambda no_optional=False: code, template=template, inner_property=inner)


@pytest.mark.parametrize(
    ("type_string", "expected"),
    [
        ("str", Check("str", False, "a string")),
        ("int", Check("int", True, "an integer")),
        ("float", Check("int, float", True, "a number")),
        ("bool", Check("bool", False, "a boolean")),
        ("datetime.datetime", None),
        ("Any", None),
    ],
)
def test_a_plain_property_is_checked_by_its_type_and_a_bool_is_no_number(type_string: str, expected: Check | None) -> None:
    assert scalar_check(prop(type_string)) == expected


def test_a_union_of_plain_values_is_one_check_and_only_a_union_with_bool_accepts_bool() -> None:
    union = "union_property.py.jinja"
    assert union_check(prop("float | str", union)) == Check("int, float, str", True, "a number or a string")
    assert union_check(prop("bool | int", union)) == Check("bool, int", False, "a boolean or an integer")
    assert union_check(prop("PoolSpec | str", union)) is None  # a model among them: the construct checks it
    assert union_check(prop("float | str")) is None  # not a union property


def test_list_items_are_checked_unless_their_construct_can_fail() -> None:
    lists = "list_property.py.jinja"
    assert items_check(prop("list[str]", lists, prop("str"))) == Check("str", False, "a string")
    assert items_check(prop("list[Any]", lists, prop("Any"))) == Check("object", False, "any value")
    assert items_check(prop("list[Pool]", lists, prop("Pool", "model_property.py.jinja"))) is None
    assert items_check(prop("str")) is None


def test_typed_additional_properties_are_checked_only_when_every_type_is_plain() -> None:
    assert extra_check("str") == Check("str", False, "a string")
    assert extra_check("float | str") == Check("int, float, str", True, "a number or a string")
    assert extra_check("Label | str") is None
