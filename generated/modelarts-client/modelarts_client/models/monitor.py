from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="Monitor")


@_attrs_define
class Monitor:
    """Resource usage and call statistics of one model or one edge node of a service.

    Attributes:
        failed_times (int | Unset): Failed calls to the model instances (real-time services).
        model_version (str | Unset): Model version (real-time services).
        cpu_memory_total (int | Unset): Total memory, in MB.
        gpu_usage (float | Unset): Number of GPUs in use.
        node_name (str | Unset): Edge node name (edge services).
        gpu_total (float | Unset): Total number of GPUs.
        model_id (str | Unset): Model ID (real-time services).
        invocation_times (int | Unset): Total calls to the model instances (real-time services).
        cpu_core_usage (float | Unset): CPU cores in use.
        cpu_core_total (float | Unset): Total CPU cores.
        model_name (str | Unset): Model name (real-time services).
        cpu_memory_usage (int | Unset): Memory in use, in MB.
        node_id (str | Unset): Edge node ID (edge services).
        model_running_instance_count (int | Unset): Number of running instances of the model.
        model_instance_count (int | Unset): Number of instances of the model.
        gpu_memory_total (float | Unset): Total GPU memory, in MB.
        gpu_memory_usage (float | Unset): GPU memory in use, in MB.
        npu_total (float | Unset): Total number of NPUs.
        npu_usage (float | Unset): Number of NPUs in use.
        npu_memory_total (float | Unset): Total NPU memory, in MB.
        npu_memory_usage (float | Unset): NPU memory in use, in MB.
    """

    failed_times: int | Unset = UNSET
    model_version: str | Unset = UNSET
    cpu_memory_total: int | Unset = UNSET
    gpu_usage: float | Unset = UNSET
    node_name: str | Unset = UNSET
    gpu_total: float | Unset = UNSET
    model_id: str | Unset = UNSET
    invocation_times: int | Unset = UNSET
    cpu_core_usage: float | Unset = UNSET
    cpu_core_total: float | Unset = UNSET
    model_name: str | Unset = UNSET
    cpu_memory_usage: int | Unset = UNSET
    node_id: str | Unset = UNSET
    model_running_instance_count: int | Unset = UNSET
    model_instance_count: int | Unset = UNSET
    gpu_memory_total: float | Unset = UNSET
    gpu_memory_usage: float | Unset = UNSET
    npu_total: float | Unset = UNSET
    npu_usage: float | Unset = UNSET
    npu_memory_total: float | Unset = UNSET
    npu_memory_usage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed_times = self.failed_times

        model_version = self.model_version

        cpu_memory_total = self.cpu_memory_total

        gpu_usage = self.gpu_usage

        node_name = self.node_name

        gpu_total = self.gpu_total

        model_id = self.model_id

        invocation_times = self.invocation_times

        cpu_core_usage = self.cpu_core_usage

        cpu_core_total = self.cpu_core_total

        model_name = self.model_name

        cpu_memory_usage = self.cpu_memory_usage

        node_id = self.node_id

        model_running_instance_count = self.model_running_instance_count

        model_instance_count = self.model_instance_count

        gpu_memory_total = self.gpu_memory_total

        gpu_memory_usage = self.gpu_memory_usage

        npu_total = self.npu_total

        npu_usage = self.npu_usage

        npu_memory_total = self.npu_memory_total

        npu_memory_usage = self.npu_memory_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if failed_times is not UNSET:
            field_dict["failed_times"] = failed_times
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if cpu_memory_total is not UNSET:
            field_dict["cpu_memory_total"] = cpu_memory_total
        if gpu_usage is not UNSET:
            field_dict["gpu_usage"] = gpu_usage
        if node_name is not UNSET:
            field_dict["node_name"] = node_name
        if gpu_total is not UNSET:
            field_dict["gpu_total"] = gpu_total
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if invocation_times is not UNSET:
            field_dict["invocation_times"] = invocation_times
        if cpu_core_usage is not UNSET:
            field_dict["cpu_core_usage"] = cpu_core_usage
        if cpu_core_total is not UNSET:
            field_dict["cpu_core_total"] = cpu_core_total
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if cpu_memory_usage is not UNSET:
            field_dict["cpu_memory_usage"] = cpu_memory_usage
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if model_running_instance_count is not UNSET:
            field_dict["model_running_instance_count"] = model_running_instance_count
        if model_instance_count is not UNSET:
            field_dict["model_instance_count"] = model_instance_count
        if gpu_memory_total is not UNSET:
            field_dict["gpu_memory_total"] = gpu_memory_total
        if gpu_memory_usage is not UNSET:
            field_dict["gpu_memory_usage"] = gpu_memory_usage
        if npu_total is not UNSET:
            field_dict["npu_total"] = npu_total
        if npu_usage is not UNSET:
            field_dict["npu_usage"] = npu_usage
        if npu_memory_total is not UNSET:
            field_dict["npu_memory_total"] = npu_memory_total
        if npu_memory_usage is not UNSET:
            field_dict["npu_memory_usage"] = npu_memory_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        failed_times = d.pop("failed_times", UNSET)
        if isinstance(failed_times, bool) or not isinstance(failed_times, (int, Unset)):
            deviate(src_dict, "failed_times", TypeError("expected an integer"))
            d["failed_times"] = failed_times
            failed_times = UNSET

        model_version = d.pop("model_version", UNSET)
        if not isinstance(model_version, (str, Unset)):
            deviate(src_dict, "model_version", TypeError("expected a string"))
            d["model_version"] = model_version
            model_version = UNSET

        cpu_memory_total = d.pop("cpu_memory_total", UNSET)
        if isinstance(cpu_memory_total, bool) or not isinstance(cpu_memory_total, (int, Unset)):
            deviate(src_dict, "cpu_memory_total", TypeError("expected an integer"))
            d["cpu_memory_total"] = cpu_memory_total
            cpu_memory_total = UNSET

        gpu_usage = d.pop("gpu_usage", UNSET)
        if isinstance(gpu_usage, bool) or not isinstance(gpu_usage, (int, float, Unset)):
            deviate(src_dict, "gpu_usage", TypeError("expected a number"))
            d["gpu_usage"] = gpu_usage
            gpu_usage = UNSET

        node_name = d.pop("node_name", UNSET)
        if not isinstance(node_name, (str, Unset)):
            deviate(src_dict, "node_name", TypeError("expected a string"))
            d["node_name"] = node_name
            node_name = UNSET

        gpu_total = d.pop("gpu_total", UNSET)
        if isinstance(gpu_total, bool) or not isinstance(gpu_total, (int, float, Unset)):
            deviate(src_dict, "gpu_total", TypeError("expected a number"))
            d["gpu_total"] = gpu_total
            gpu_total = UNSET

        model_id = d.pop("model_id", UNSET)
        if not isinstance(model_id, (str, Unset)):
            deviate(src_dict, "model_id", TypeError("expected a string"))
            d["model_id"] = model_id
            model_id = UNSET

        invocation_times = d.pop("invocation_times", UNSET)
        if isinstance(invocation_times, bool) or not isinstance(invocation_times, (int, Unset)):
            deviate(src_dict, "invocation_times", TypeError("expected an integer"))
            d["invocation_times"] = invocation_times
            invocation_times = UNSET

        cpu_core_usage = d.pop("cpu_core_usage", UNSET)
        if isinstance(cpu_core_usage, bool) or not isinstance(cpu_core_usage, (int, float, Unset)):
            deviate(src_dict, "cpu_core_usage", TypeError("expected a number"))
            d["cpu_core_usage"] = cpu_core_usage
            cpu_core_usage = UNSET

        cpu_core_total = d.pop("cpu_core_total", UNSET)
        if isinstance(cpu_core_total, bool) or not isinstance(cpu_core_total, (int, float, Unset)):
            deviate(src_dict, "cpu_core_total", TypeError("expected a number"))
            d["cpu_core_total"] = cpu_core_total
            cpu_core_total = UNSET

        model_name = d.pop("model_name", UNSET)
        if not isinstance(model_name, (str, Unset)):
            deviate(src_dict, "model_name", TypeError("expected a string"))
            d["model_name"] = model_name
            model_name = UNSET

        cpu_memory_usage = d.pop("cpu_memory_usage", UNSET)
        if isinstance(cpu_memory_usage, bool) or not isinstance(cpu_memory_usage, (int, Unset)):
            deviate(src_dict, "cpu_memory_usage", TypeError("expected an integer"))
            d["cpu_memory_usage"] = cpu_memory_usage
            cpu_memory_usage = UNSET

        node_id = d.pop("node_id", UNSET)
        if not isinstance(node_id, (str, Unset)):
            deviate(src_dict, "node_id", TypeError("expected a string"))
            d["node_id"] = node_id
            node_id = UNSET

        model_running_instance_count = d.pop("model_running_instance_count", UNSET)
        if isinstance(model_running_instance_count, bool) or not isinstance(model_running_instance_count, (int, Unset)):
            deviate(src_dict, "model_running_instance_count", TypeError("expected an integer"))
            d["model_running_instance_count"] = model_running_instance_count
            model_running_instance_count = UNSET

        model_instance_count = d.pop("model_instance_count", UNSET)
        if isinstance(model_instance_count, bool) or not isinstance(model_instance_count, (int, Unset)):
            deviate(src_dict, "model_instance_count", TypeError("expected an integer"))
            d["model_instance_count"] = model_instance_count
            model_instance_count = UNSET

        gpu_memory_total = d.pop("gpu_memory_total", UNSET)
        if isinstance(gpu_memory_total, bool) or not isinstance(gpu_memory_total, (int, float, Unset)):
            deviate(src_dict, "gpu_memory_total", TypeError("expected a number"))
            d["gpu_memory_total"] = gpu_memory_total
            gpu_memory_total = UNSET

        gpu_memory_usage = d.pop("gpu_memory_usage", UNSET)
        if isinstance(gpu_memory_usage, bool) or not isinstance(gpu_memory_usage, (int, float, Unset)):
            deviate(src_dict, "gpu_memory_usage", TypeError("expected a number"))
            d["gpu_memory_usage"] = gpu_memory_usage
            gpu_memory_usage = UNSET

        npu_total = d.pop("npu_total", UNSET)
        if isinstance(npu_total, bool) or not isinstance(npu_total, (int, float, Unset)):
            deviate(src_dict, "npu_total", TypeError("expected a number"))
            d["npu_total"] = npu_total
            npu_total = UNSET

        npu_usage = d.pop("npu_usage", UNSET)
        if isinstance(npu_usage, bool) or not isinstance(npu_usage, (int, float, Unset)):
            deviate(src_dict, "npu_usage", TypeError("expected a number"))
            d["npu_usage"] = npu_usage
            npu_usage = UNSET

        npu_memory_total = d.pop("npu_memory_total", UNSET)
        if isinstance(npu_memory_total, bool) or not isinstance(npu_memory_total, (int, float, Unset)):
            deviate(src_dict, "npu_memory_total", TypeError("expected a number"))
            d["npu_memory_total"] = npu_memory_total
            npu_memory_total = UNSET

        npu_memory_usage = d.pop("npu_memory_usage", UNSET)
        if isinstance(npu_memory_usage, bool) or not isinstance(npu_memory_usage, (int, float, Unset)):
            deviate(src_dict, "npu_memory_usage", TypeError("expected a number"))
            d["npu_memory_usage"] = npu_memory_usage
            npu_memory_usage = UNSET

        monitor = cls(
            failed_times=failed_times,
            model_version=model_version,
            cpu_memory_total=cpu_memory_total,
            gpu_usage=gpu_usage,
            node_name=node_name,
            gpu_total=gpu_total,
            model_id=model_id,
            invocation_times=invocation_times,
            cpu_core_usage=cpu_core_usage,
            cpu_core_total=cpu_core_total,
            model_name=model_name,
            cpu_memory_usage=cpu_memory_usage,
            node_id=node_id,
            model_running_instance_count=model_running_instance_count,
            model_instance_count=model_instance_count,
            gpu_memory_total=gpu_memory_total,
            gpu_memory_usage=gpu_memory_usage,
            npu_total=npu_total,
            npu_usage=npu_usage,
            npu_memory_total=npu_memory_total,
            npu_memory_usage=npu_memory_usage,
        )

        monitor.additional_properties = d
        return monitor

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
