from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceCustomSpec")


@_attrs_define
class ServiceCustomSpec:
    """Custom resources of a model deployment, used when `specification` is `custom` (fields from the OTC edition; not in
    the manual's excerpt).

        Attributes:
            cpu (float | Unset): Number of CPU cores.
            memory (int | Unset): Memory, in MB.
            gpu_p4 (float | Unset): Number of GPUs.
            ascend_a310 (int | Unset): Number of Ascend chips.
    """

    cpu: float | Unset = UNSET
    memory: int | Unset = UNSET
    gpu_p4: float | Unset = UNSET
    ascend_a310: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory = self.memory

        gpu_p4 = self.gpu_p4

        ascend_a310 = self.ascend_a310

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if gpu_p4 is not UNSET:
            field_dict["gpu_p4"] = gpu_p4
        if ascend_a310 is not UNSET:
            field_dict["ascend_a310"] = ascend_a310

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        cpu = d.pop("cpu", UNSET)
        if isinstance(cpu, bool) or not isinstance(cpu, (int, float, Unset)):
            deviate(src_dict, "cpu", TypeError("expected a number"))
            d["cpu"] = cpu
            cpu = UNSET

        memory = d.pop("memory", UNSET)
        if isinstance(memory, bool) or not isinstance(memory, (int, Unset)):
            deviate(src_dict, "memory", TypeError("expected an integer"))
            d["memory"] = memory
            memory = UNSET

        gpu_p4 = d.pop("gpu_p4", UNSET)
        if isinstance(gpu_p4, bool) or not isinstance(gpu_p4, (int, float, Unset)):
            deviate(src_dict, "gpu_p4", TypeError("expected a number"))
            d["gpu_p4"] = gpu_p4
            gpu_p4 = UNSET

        ascend_a310 = d.pop("ascend_a310", UNSET)
        if isinstance(ascend_a310, bool) or not isinstance(ascend_a310, (int, Unset)):
            deviate(src_dict, "ascend_a310", TypeError("expected an integer"))
            d["ascend_a310"] = ascend_a310
            ascend_a310 = UNSET

        service_custom_spec = cls(
            cpu=cpu,
            memory=memory,
            gpu_p4=gpu_p4,
            ascend_a310=ascend_a310,
        )

        service_custom_spec.additional_properties = d
        return service_custom_spec

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
