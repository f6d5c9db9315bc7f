from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSourceUsageEstimate")


@_attrs_define
class TaskSourceUsageEstimate:
    """
    Attributes:
        cpu (float): Estimated CPU resources to be consumed by the task
        memory (int): Estimated memory resources to be consumed by the task
    """

    cpu: float
    memory: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cpu is not UNREAD:
            cpu = self.cpu
            field_dict["cpu"] = cpu
        if self.memory is not UNREAD:
            memory = self.memory
            field_dict["memory"] = memory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        cpu = d.pop("cpu", UNSET)
        if isinstance(cpu, bool) or not isinstance(cpu, (int, float)):
            deviate(src_dict, "cpu", TypeError("expected a number"))
            if not isinstance(cpu, Unset):
                d["cpu"] = cpu
            cpu = UNREAD

        memory = d.pop("memory", UNSET)
        if isinstance(memory, bool) or not isinstance(memory, (int)):
            deviate(src_dict, "memory", TypeError("expected an integer"))
            if not isinstance(memory, Unset):
                d["memory"] = memory
            memory = UNREAD

        task_source_usage_estimate = cls(
            cpu=cpu,
            memory=memory,
        )

        task_source_usage_estimate.additional_properties = d
        return task_source_usage_estimate

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
