from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_requirement_vo import ResourceRequirementVO


T = TypeVar("T", bound="WorkloadNodeVO")


@_attrs_define
class WorkloadNodeVO:
    """
    Attributes:
        host_ip (str | Unset): Node IP address.
        npu_topology_placement (str | Unset): Topology of the 910 card placement. The bits are numbered from 0 to 15
            from right to left. Bit 1 indicates that the card is occupied.
        resource_requirement (ResourceRequirementVO | Unset):
    """

    host_ip: str | Unset = UNSET
    npu_topology_placement: str | Unset = UNSET
    resource_requirement: ResourceRequirementVO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_ip = self.host_ip

        npu_topology_placement = self.npu_topology_placement

        resource_requirement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_requirement, Unset):
            resource_requirement = self.resource_requirement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if host_ip is not UNSET:
            field_dict["hostIp"] = host_ip
        if npu_topology_placement is not UNSET:
            field_dict["npuTopologyPlacement"] = npu_topology_placement
        if resource_requirement is not UNSET:
            field_dict["resourceRequirement"] = resource_requirement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        host_ip = d.pop("hostIp", UNSET)
        if not isinstance(host_ip, (str, Unset)):
            deviate(src_dict, "hostIp", TypeError("expected a string"))
            d["hostIp"] = host_ip
            host_ip = UNSET

        npu_topology_placement = d.pop("npuTopologyPlacement", UNSET)
        if not isinstance(npu_topology_placement, (str, Unset)):
            deviate(src_dict, "npuTopologyPlacement", TypeError("expected a string"))
            d["npuTopologyPlacement"] = npu_topology_placement
            npu_topology_placement = UNSET

        _raw_resource_requirement = d.pop("resourceRequirement", UNSET)
        try:
            _resource_requirement = _raw_resource_requirement
            resource_requirement: ResourceRequirementVO | Unset
            if isinstance(_resource_requirement, Unset):
                resource_requirement = UNSET
            else:
                resource_requirement = ResourceRequirementVO.from_dict(_resource_requirement)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resourceRequirement", exc)
            d["resourceRequirement"] = _raw_resource_requirement
            resource_requirement = UNSET

        workload_node_vo = cls(
            host_ip=host_ip,
            npu_topology_placement=npu_topology_placement,
            resource_requirement=resource_requirement,
        )

        workload_node_vo.additional_properties = d
        return workload_node_vo

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


from ..models.resource_requirement_vo import ResourceRequirementVO  # noqa: E402
