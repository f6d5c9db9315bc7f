from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.filter_operator import FilterOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter:
    """
    Attributes:
        key (str | Unset): Key of the grouping condition.
        operator (FilterOperator | Unset): Grouping condition key operators. The options are **between**, **like**,
            **in**, and **not** .
        value (list[str] | Unset): Value of the grouping condition key.
    """

    key: str | Unset = UNSET
    operator: FilterOperator | Unset = UNSET
    value: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value: list[str] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key is not UNSET:
            field_dict["key"] = key
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        key = d.pop("key", UNSET)
        if not isinstance(key, (str, Unset)):
            deviate(src_dict, "key", TypeError("expected a string"))
            d["key"] = key
            key = UNSET

        _raw_operator = d.pop("operator", UNSET)
        try:
            _operator = _raw_operator
            operator: FilterOperator | Unset
            if isinstance(_operator, Unset):
                operator = UNSET
            else:
                operator = member_of(FilterOperator, _operator)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "operator", exc)
            d["operator"] = _raw_operator
            operator = UNSET

        value = d.pop("value", UNSET)
        if value is not UNSET and (_misfit := list_misfit(value, (str), False, "a string")):
            deviate(src_dict, "value", _misfit)
            d["value"] = value
            value = UNSET

        filter_ = cls(
            key=key,
            operator=operator,
            value=value,
        )

        filter_.additional_properties = d
        return filter_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
