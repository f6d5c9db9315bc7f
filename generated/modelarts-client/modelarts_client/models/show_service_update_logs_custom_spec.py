from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowServiceUpdateLogsCustomSpec")


@_attrs_define
class ShowServiceUpdateLogsCustomSpec:
    """
    Attributes:
        gpu_p4 (float | Unset): Number of GPUs, which can be a decimal. The value cannot be smaller than 0, with the
            third decimal place is rounded off. This parameter is optional and is not used by default.
        memory (int | Unset): Memory in MB, which must be an integer
        cpu (float | Unset): Number of CPU cores, which can be a decimal. The value cannot be smaller than 0.01, with
            the third decimal place is rounded off.
    """

    gpu_p4: float | Unset = UNSET
    memory: int | Unset = UNSET
    cpu: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_p4 = self.gpu_p4

        memory = self.memory

        cpu = self.cpu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if gpu_p4 is not UNSET:
            field_dict["gpu_p4"] = gpu_p4
        if memory is not UNSET:
            field_dict["memory"] = memory
        if cpu is not UNSET:
            field_dict["cpu"] = cpu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        gpu_p4 = d.pop("gpu_p4", UNSET)
        if isinstance(gpu_p4, bool) or not isinstance(gpu_p4, (int, float, Unset)):
            deviate(src_dict, "gpu_p4", TypeError("expected a number"))
            d["gpu_p4"] = gpu_p4
            gpu_p4 = UNSET

        memory = d.pop("memory", UNSET)
        if isinstance(memory, bool) or not isinstance(memory, (int, Unset)):
            deviate(src_dict, "memory", TypeError("expected an integer"))
            d["memory"] = memory
            memory = UNSET

        cpu = d.pop("cpu", UNSET)
        if isinstance(cpu, bool) or not isinstance(cpu, (int, float, Unset)):
            deviate(src_dict, "cpu", TypeError("expected a number"))
            d["cpu"] = cpu
            cpu = UNSET

        show_service_update_logs_custom_spec = cls(
            gpu_p4=gpu_p4,
            memory=memory,
            cpu=cpu,
        )

        show_service_update_logs_custom_spec.additional_properties = d
        return show_service_update_logs_custom_spec

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
