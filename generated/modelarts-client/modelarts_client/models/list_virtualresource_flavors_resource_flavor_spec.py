from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.list_virtualresource_flavors_resource_flavor_spec_cpu_arch import (
    ListVirtualresourceFlavorsResourceFlavorSpecCpuArch,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_virtualresource_flavors_resource_flavor_xpu import ListVirtualresourceFlavorsResourceFlavorXpu


T = TypeVar("T", bound="ListVirtualresourceFlavorsResourceFlavorSpec")


@_attrs_define
class ListVirtualresourceFlavorsResourceFlavorSpec:
    """
    Attributes:
        type_ (str | Unset): Virtual resource flavor type.
        cpu_arch (ListVirtualresourceFlavorsResourceFlavorSpecCpuArch | Unset): Computer architecture. The options are
            as follows: - **x86** - **arm64**
        cpu (str | Unset): Number of CPU cores.
        memory (str | Unset): Memory size in GiB.
        npu (ListVirtualresourceFlavorsResourceFlavorXpu | Unset):
        virtual_resource_template_name (str | Unset): Template name of the virtual NPU resource corresponding to the
            resource flavor.
    """

    type_: str | Unset = UNSET
    cpu_arch: ListVirtualresourceFlavorsResourceFlavorSpecCpuArch | Unset = UNSET
    cpu: str | Unset = UNSET
    memory: str | Unset = UNSET
    npu: ListVirtualresourceFlavorsResourceFlavorXpu | Unset = UNSET
    virtual_resource_template_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        cpu_arch: str | Unset = UNSET
        if not isinstance(self.cpu_arch, Unset):
            cpu_arch = self.cpu_arch.value

        cpu = self.cpu

        memory = self.memory

        npu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.npu, Unset):
            npu = self.npu.to_dict()

        virtual_resource_template_name = self.virtual_resource_template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cpu_arch is not UNSET:
            field_dict["cpuArch"] = cpu_arch
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if npu is not UNSET:
            field_dict["npu"] = npu
        if virtual_resource_template_name is not UNSET:
            field_dict["virtualResourceTemplateName"] = virtual_resource_template_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        _raw_cpu_arch = d.pop("cpuArch", UNSET)
        try:
            _cpu_arch = _raw_cpu_arch
            cpu_arch: ListVirtualresourceFlavorsResourceFlavorSpecCpuArch | Unset
            if isinstance(_cpu_arch, Unset):
                cpu_arch = UNSET
            else:
                cpu_arch = member_of(ListVirtualresourceFlavorsResourceFlavorSpecCpuArch, _cpu_arch)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "cpuArch", exc)
            d["cpuArch"] = _raw_cpu_arch
            cpu_arch = UNSET

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

        _raw_npu = d.pop("npu", UNSET)
        try:
            _npu = _raw_npu
            npu: ListVirtualresourceFlavorsResourceFlavorXpu | Unset
            if isinstance(_npu, Unset):
                npu = UNSET
            else:
                npu = ListVirtualresourceFlavorsResourceFlavorXpu.from_dict(_npu)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "npu", exc)
            d["npu"] = _raw_npu
            npu = UNSET

        virtual_resource_template_name = d.pop("virtualResourceTemplateName", UNSET)
        if not isinstance(virtual_resource_template_name, (str, Unset)):
            deviate(src_dict, "virtualResourceTemplateName", TypeError("expected a string"))
            d["virtualResourceTemplateName"] = virtual_resource_template_name
            virtual_resource_template_name = UNSET

        list_virtualresource_flavors_resource_flavor_spec = cls(
            type_=type_,
            cpu_arch=cpu_arch,
            cpu=cpu,
            memory=memory,
            npu=npu,
            virtual_resource_template_name=virtual_resource_template_name,
        )

        list_virtualresource_flavors_resource_flavor_spec.additional_properties = d
        return list_virtualresource_flavors_resource_flavor_spec

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


from ..models.list_virtualresource_flavors_resource_flavor_xpu import ListVirtualresourceFlavorsResourceFlavorXpu  # noqa: E402
