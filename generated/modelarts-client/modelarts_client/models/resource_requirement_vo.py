from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceRequirementVO")


@_attrs_define
class ResourceRequirementVO:
    """
    Attributes:
        cpu (str | Unset): CPU usage.
        memory (str | Unset): Memory usage.
        nvidia_comgpu (str | Unset): nvidia.com/gpu usage.
    """

    cpu: str | Unset = UNSET
    memory: str | Unset = UNSET
    nvidia_comgpu: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory = self.memory

        nvidia_comgpu = self.nvidia_comgpu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if nvidia_comgpu is not UNSET:
            field_dict["nvidia.com/gpu"] = nvidia_comgpu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        cpu = d.pop("cpu", UNSET)
        if not isinstance(cpu, (str, Unset)):
            deviate(src_dict, "cpu", TypeError("expected a string"))
            d["cpu"] = cpu
            cpu = UNSET

        memory = d.pop("memory", UNSET)
        if not isinstance(memory, (str, Unset)):
            deviate(src_dict, "memory", TypeError("expected a string"))
            d["memory"] = memory
            memory = UNSET

        nvidia_comgpu = d.pop("nvidia.com/gpu", UNSET)
        if not isinstance(nvidia_comgpu, (str, Unset)):
            deviate(src_dict, "nvidia.com/gpu", TypeError("expected a string"))
            d["nvidia.com/gpu"] = nvidia_comgpu
            nvidia_comgpu = UNSET

        resource_requirement_vo = cls(
            cpu=cpu,
            memory=memory,
            nvidia_comgpu=nvidia_comgpu,
        )

        resource_requirement_vo.additional_properties = d
        return resource_requirement_vo

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
