from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceFlavorXpu")


@_attrs_define
class ResourceFlavorXpu:
    """
    Attributes:
        type_ (str | Unset): XPU type.
        size (str | Unset): Number of XPUs.
        memory (str | Unset): XPU memory.
    """

    type_: str | Unset = UNSET
    size: str | Unset = UNSET
    memory: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        size = self.size

        memory = self.memory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if size is not UNSET:
            field_dict["size"] = size
        if memory is not UNSET:
            field_dict["memory"] = memory

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

        memory = d.pop("memory", UNSET)
        if not isinstance(memory, (str, Unset)):
            deviate(src_dict, "memory", TypeError("expected a string"))
            d["memory"] = memory
            memory = UNSET

        resource_flavor_xpu = cls(
            type_=type_,
            size=size,
            memory=memory,
        )

        resource_flavor_xpu.additional_properties = d
        return resource_flavor_xpu

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
