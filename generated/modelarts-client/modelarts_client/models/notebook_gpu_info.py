from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotebookGpuInfo")


@_attrs_define
class NotebookGpuInfo:
    """
    Attributes:
        gpu (int | Unset): Number of GPUs.
        gpu_memory (str | Unset): GPU memory.
        type_ (str | Unset): GPU type.
    """

    gpu: int | Unset = UNSET
    gpu_memory: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu = self.gpu

        gpu_memory = self.gpu_memory

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if gpu_memory is not UNSET:
            field_dict["gpu_memory"] = gpu_memory
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        gpu = d.pop("gpu", UNSET)
        if isinstance(gpu, bool) or not isinstance(gpu, (int, Unset)):
            deviate(src_dict, "gpu", TypeError("expected an integer"))
            d["gpu"] = gpu
            gpu = UNSET

        gpu_memory = d.pop("gpu_memory", UNSET)
        if not isinstance(gpu_memory, (str, Unset)):
            deviate(src_dict, "gpu_memory", TypeError("expected a string"))
            d["gpu_memory"] = gpu_memory
            gpu_memory = UNSET

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        notebook_gpu_info = cls(
            gpu=gpu,
            gpu_memory=gpu_memory,
            type_=type_,
        )

        notebook_gpu_info.additional_properties = d
        return notebook_gpu_info

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
