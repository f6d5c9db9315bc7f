from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVirtualresourceFlavorsResourceFlavorXpu")


@_attrs_define
class ListVirtualresourceFlavorsResourceFlavorXpu:
    """
    Attributes:
        type_ (str | Unset): Virtual NPU allocation type, which corresponds to the queried virtual resource template.
        size (str | Unset): Size. The value is **1**.
        resource_key (str | Unset): Resource key for virtual NPU allocation
    """

    type_: str | Unset = UNSET
    size: str | Unset = UNSET
    resource_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        size = self.size

        resource_key = self.resource_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if size is not UNSET:
            field_dict["size"] = size
        if resource_key is not UNSET:
            field_dict["resourceKey"] = resource_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        size = d.pop("size", UNSET)
        if not isinstance(size, (str, Unset)):
            deviate(src_dict, "size", TypeError("expected a string"))
            d["size"] = size
            size = UNSET

        resource_key = d.pop("resourceKey", UNSET)
        if not isinstance(resource_key, (str, Unset)):
            deviate(src_dict, "resourceKey", TypeError("expected a string"))
            d["resourceKey"] = resource_key
            resource_key = UNSET

        list_virtualresource_flavors_resource_flavor_xpu = cls(
            type_=type_,
            size=size,
            resource_key=resource_key,
        )

        list_virtualresource_flavors_resource_flavor_xpu.additional_properties = d
        return list_virtualresource_flavors_resource_flavor_xpu

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
