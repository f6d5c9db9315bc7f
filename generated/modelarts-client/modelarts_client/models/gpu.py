from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="Gpu")


@_attrs_define
class Gpu:
    """
    Attributes:
        unit_num (int | Unset): Number of GPUs.
        product_name (str | Unset): Product name.
        memory (str | Unset): Memory.
    """

    unit_num: int | Unset = UNSET
    product_name: str | Unset = UNSET
    memory: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_num = self.unit_num

        product_name = self.product_name

        memory = self.memory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if unit_num is not UNSET:
            field_dict["unit_num"] = unit_num
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if memory is not UNSET:
            field_dict["memory"] = memory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        unit_num = d.pop("unit_num", UNSET)
        if isinstance(unit_num, bool) or not isinstance(unit_num, (int, Unset)):
            deviate(src_dict, "unit_num", TypeError("expected an integer"))
            d["unit_num"] = unit_num
            unit_num = UNSET

        product_name = d.pop("product_name", UNSET)
        if not isinstance(product_name, (str, Unset)):
            deviate(src_dict, "product_name", TypeError("expected a string"))
            d["product_name"] = product_name
            product_name = UNSET

        memory = d.pop("memory", UNSET)
        if not isinstance(memory, (str, Unset)):
            deviate(src_dict, "memory", TypeError("expected a string"))
            d["memory"] = memory
            memory = UNSET

        gpu = cls(
            unit_num=unit_num,
            product_name=product_name,
            memory=memory,
        )

        gpu.additional_properties = d
        return gpu

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
