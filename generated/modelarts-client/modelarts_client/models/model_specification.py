from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelSpecification")


@_attrs_define
class ModelSpecification:
    """
    Attributes:
        min_cpu (str | Unset): Minimal CPU specifications
        min_gpu (str | Unset): Minimal GPU specifications
        min_memory (str | Unset): Minimum memory
    """

    min_cpu: str | Unset = UNSET
    min_gpu: str | Unset = UNSET
    min_memory: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_cpu = self.min_cpu

        min_gpu = self.min_gpu

        min_memory = self.min_memory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if min_cpu is not UNSET:
            field_dict["min_cpu"] = min_cpu
        if min_gpu is not UNSET:
            field_dict["min_gpu"] = min_gpu
        if min_memory is not UNSET:
            field_dict["min_memory"] = min_memory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        min_cpu = d.pop("min_cpu", UNSET)
        if not isinstance(min_cpu, (str, Unset)):
            deviate(src_dict, "min_cpu", TypeError("expected a string"))
            d["min_cpu"] = min_cpu
            min_cpu = UNSET

        min_gpu = d.pop("min_gpu", UNSET)
        if not isinstance(min_gpu, (str, Unset)):
            deviate(src_dict, "min_gpu", TypeError("expected a string"))
            d["min_gpu"] = min_gpu
            min_gpu = UNSET

        min_memory = d.pop("min_memory", UNSET)
        if not isinstance(min_memory, (str, Unset)):
            deviate(src_dict, "min_memory", TypeError("expected a string"))
            d["min_memory"] = min_memory
            min_memory = UNSET

        model_specification = cls(
            min_cpu=min_cpu,
            min_gpu=min_gpu,
            min_memory=min_memory,
        )

        model_specification.additional_properties = d
        return model_specification

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
