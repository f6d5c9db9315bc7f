from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpecsParameters")


@_attrs_define
class SpecsParameters:
    """
    Attributes:
        spec_id (int | Unset): ID of the resource specifications
        core (str | Unset): Number of cores of the resource specifications
        cpu (str | Unset): CPU memory of the resource specifications
        gpu_num (int | Unset): Number of GPUs of the resource specifications
        gpu_type (str | Unset): GPU type of the resource specifications
        spec_code (str | Unset): Type of the resource specifications
        max_num (int | Unset): Maximum number of nodes that can be selected
        unit_num (int | Unset): Number of pricing units
        storage (str | Unset): SSD size of a resource flavor
        interface_type (int | Unset): Interface type
        no_resource (bool | Unset): Whether the resources of the selected specifications are sufficient. True indicates
            that no resource is available.
    """

    spec_id: int | Unset = UNSET
    core: str | Unset = UNSET
    cpu: str | Unset = UNSET
    gpu_num: int | Unset = UNSET
    gpu_type: str | Unset = UNSET
    spec_code: str | Unset = UNSET
    max_num: int | Unset = UNSET
    unit_num: int | Unset = UNSET
    storage: str | Unset = UNSET
    interface_type: int | Unset = UNSET
    no_resource: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec_id = self.spec_id

        core = self.core

        cpu = self.cpu

        gpu_num = self.gpu_num

        gpu_type = self.gpu_type

        spec_code = self.spec_code

        max_num = self.max_num

        unit_num = self.unit_num

        storage = self.storage

        interface_type = self.interface_type

        no_resource = self.no_resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if spec_id is not UNSET:
            field_dict["spec_id"] = spec_id
        if core is not UNSET:
            field_dict["core"] = core
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if gpu_num is not UNSET:
            field_dict["gpu_num"] = gpu_num
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if spec_code is not UNSET:
            field_dict["spec_code"] = spec_code
        if max_num is not UNSET:
            field_dict["max_num"] = max_num
        if unit_num is not UNSET:
            field_dict["unit_num"] = unit_num
        if storage is not UNSET:
            field_dict["storage"] = storage
        if interface_type is not UNSET:
            field_dict["interface_type"] = interface_type
        if no_resource is not UNSET:
            field_dict["no_resource"] = no_resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        spec_id = d.pop("spec_id", UNSET)
        if isinstance(spec_id, bool) or not isinstance(spec_id, (int, Unset)):
            deviate(src_dict, "spec_id", TypeError("expected an integer"))
            d["spec_id"] = spec_id
            spec_id = UNSET

        core = d.pop("core", UNSET)
        if not isinstance(core, (str, Unset)):
            deviate(src_dict, "core", TypeError("expected a string"))
            d["core"] = core
            core = UNSET

        cpu = d.pop("cpu", UNSET)
        if not isinstance(cpu, (str, Unset)):
            deviate(src_dict, "cpu", TypeError("expected a string"))
            d["cpu"] = cpu
            cpu = UNSET

        gpu_num = d.pop("gpu_num", UNSET)
        if isinstance(gpu_num, bool) or not isinstance(gpu_num, (int, Unset)):
            deviate(src_dict, "gpu_num", TypeError("expected an integer"))
            d["gpu_num"] = gpu_num
            gpu_num = UNSET

        gpu_type = d.pop("gpu_type", UNSET)
        if not isinstance(gpu_type, (str, Unset)):
            deviate(src_dict, "gpu_type", TypeError("expected a string"))
            d["gpu_type"] = gpu_type
            gpu_type = UNSET

        spec_code = d.pop("spec_code", UNSET)
        if not isinstance(spec_code, (str, Unset)):
            deviate(src_dict, "spec_code", TypeError("expected a string"))
            d["spec_code"] = spec_code
            spec_code = UNSET

        max_num = d.pop("max_num", UNSET)
        if isinstance(max_num, bool) or not isinstance(max_num, (int, Unset)):
            deviate(src_dict, "max_num", TypeError("expected an integer"))
            d["max_num"] = max_num
            max_num = UNSET

        unit_num = d.pop("unit_num", UNSET)
        if isinstance(unit_num, bool) or not isinstance(unit_num, (int, Unset)):
            deviate(src_dict, "unit_num", TypeError("expected an integer"))
            d["unit_num"] = unit_num
            unit_num = UNSET

        storage = d.pop("storage", UNSET)
        if not isinstance(storage, (str, Unset)):
            deviate(src_dict, "storage", TypeError("expected a string"))
            d["storage"] = storage
            storage = UNSET

        interface_type = d.pop("interface_type", UNSET)
        if isinstance(interface_type, bool) or not isinstance(interface_type, (int, Unset)):
            deviate(src_dict, "interface_type", TypeError("expected an integer"))
            d["interface_type"] = interface_type
            interface_type = UNSET

        no_resource = d.pop("no_resource", UNSET)
        if not isinstance(no_resource, (bool, Unset)):
            deviate(src_dict, "no_resource", TypeError("expected a boolean"))
            d["no_resource"] = no_resource
            no_resource = UNSET

        specs_parameters = cls(
            spec_id=spec_id,
            core=core,
            cpu=cpu,
            gpu_num=gpu_num,
            gpu_type=gpu_type,
            spec_code=spec_code,
            max_num=max_num,
            unit_num=unit_num,
            storage=storage,
            interface_type=interface_type,
            no_resource=no_resource,
        )

        specs_parameters.additional_properties = d
        return specs_parameters

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
