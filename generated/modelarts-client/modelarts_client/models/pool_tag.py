from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolTag")


@_attrs_define
class PoolTag:
    """One tag key and its values.

    Attributes:
        key (str): Tag key.
        value (str | Unset): The tag's one value, as the English edition types it (its deployment's form of `values`).
        values (list[str] | Unset): Values of the tag.
    """

    key: str
    value: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.key is not UNREAD:
            key = self.key
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        key = d.pop("key", UNSET)
        if not isinstance(key, (str)):
            deviate(src_dict, "key", TypeError("expected a string"))
            if not isinstance(key, Unset):
                d["key"] = key
            key = UNREAD

        value = d.pop("value", UNSET)
        if not isinstance(value, (str, Unset)):
            deviate(src_dict, "value", TypeError("expected a string"))
            d["value"] = value
            value = UNSET

        values = d.pop("values", UNSET)
        if values is not UNSET and (_misfit := list_misfit(values, (str), False, "a string")):
            deviate(src_dict, "values", _misfit)
            d["values"] = values
            values = UNSET

        pool_tag = cls(
            key=key,
            value=value,
            values=values,
        )

        pool_tag.additional_properties = d
        return pool_tag

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
