from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemMetricListParameters")


@_attrs_define
class SystemMetricListParameters:
    """
    Attributes:
        cpu_usage (list[Any] | Unset): CPU usage of a training job
        mem_usage (list[Any] | Unset): Memory usage of a training job
        gpu_util (list[Any] | Unset): GPU usage of a training job
    """

    cpu_usage: list[Any] | Unset = UNSET
    mem_usage: list[Any] | Unset = UNSET
    gpu_util: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_usage: list[Any] | Unset = UNSET
        if not isinstance(self.cpu_usage, Unset):
            cpu_usage = self.cpu_usage

        mem_usage: list[Any] | Unset = UNSET
        if not isinstance(self.mem_usage, Unset):
            mem_usage = self.mem_usage

        gpu_util: list[Any] | Unset = UNSET
        if not isinstance(self.gpu_util, Unset):
            gpu_util = self.gpu_util

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cpu_usage is not UNSET:
            field_dict["cpuUsage"] = cpu_usage
        if mem_usage is not UNSET:
            field_dict["memUsage"] = mem_usage
        if gpu_util is not UNSET:
            field_dict["gpuUtil"] = gpu_util

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        cpu_usage = d.pop("cpuUsage", UNSET)
        if cpu_usage is not UNSET and (_misfit := list_misfit(cpu_usage, (object), False, "any value")):
            deviate(src_dict, "cpuUsage", _misfit)
            d["cpuUsage"] = cpu_usage
            cpu_usage = UNSET

        mem_usage = d.pop("memUsage", UNSET)
        if mem_usage is not UNSET and (_misfit := list_misfit(mem_usage, (object), False, "any value")):
            deviate(src_dict, "memUsage", _misfit)
            d["memUsage"] = mem_usage
            mem_usage = UNSET

        gpu_util = d.pop("gpuUtil", UNSET)
        if gpu_util is not UNSET and (_misfit := list_misfit(gpu_util, (object), False, "any value")):
            deviate(src_dict, "gpuUtil", _misfit)
            d["gpuUtil"] = gpu_util
            gpu_util = UNSET

        system_metric_list_parameters = cls(
            cpu_usage=cpu_usage,
            mem_usage=mem_usage,
            gpu_util=gpu_util,
        )

        system_metric_list_parameters.additional_properties = d
        return system_metric_list_parameters

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
