from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="GpuInfo")


@_attrs_define
class GpuInfo:
    """GPUs of a flavor.

    Attributes:
        brand (str | Unset): GPU brand.
        version (str | Unset): GPU card type.
        unit (str | Unset): Unit of `memory`.
        memory (int | Unset): Memory of one card, in `unit`.
        gpu (float | Unset): Number of GPUs.
    """

    brand: str | Unset = UNSET
    version: str | Unset = UNSET
    unit: str | Unset = UNSET
    memory: int | Unset = UNSET
    gpu: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        version = self.version

        unit = self.unit

        memory = self.memory

        gpu = self.gpu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if brand is not UNSET:
            field_dict["brand"] = brand
        if version is not UNSET:
            field_dict["version"] = version
        if unit is not UNSET:
            field_dict["unit"] = unit
        if memory is not UNSET:
            field_dict["memory"] = memory
        if gpu is not UNSET:
            field_dict["gpu"] = gpu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        brand = d.pop("brand", UNSET)
        if not isinstance(brand, (str, Unset)):
            deviate(src_dict, "brand", TypeError("expected a string"))
            d["brand"] = brand
            brand = UNSET

        version = d.pop("version", UNSET)
        if not isinstance(version, (str, Unset)):
            deviate(src_dict, "version", TypeError("expected a string"))
            d["version"] = version
            version = UNSET

        unit = d.pop("unit", UNSET)
        if not isinstance(unit, (str, Unset)):
            deviate(src_dict, "unit", TypeError("expected a string"))
            d["unit"] = unit
            unit = UNSET

        memory = d.pop("memory", UNSET)
        if isinstance(memory, bool) or not isinstance(memory, (int, Unset)):
            deviate(src_dict, "memory", TypeError("expected an integer"))
            d["memory"] = memory
            memory = UNSET

        gpu = d.pop("gpu", UNSET)
        if isinstance(gpu, bool) or not isinstance(gpu, (int, float, Unset)):
            deviate(src_dict, "gpu", TypeError("expected a number"))
            d["gpu"] = gpu
            gpu = UNSET

        gpu_info = cls(
            brand=brand,
            version=version,
            unit=unit,
            memory=memory,
            gpu=gpu,
        )

        gpu_info.additional_properties = d
        return gpu_info

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
