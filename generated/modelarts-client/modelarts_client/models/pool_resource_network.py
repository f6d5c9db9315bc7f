from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolResourceNetwork")


@_attrs_define
class PoolResourceNetwork:
    """Network of one flavor's nodes (not in the manual; read by real clients).

    Attributes:
        vpc (str | Unset): VPC id.
        subnet (str | Unset): Subnet id.
        security_groups (list[str] | Unset): Security group ids.
    """

    vpc: str | Unset = UNSET
    subnet: str | Unset = UNSET
    security_groups: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vpc = self.vpc

        subnet = self.subnet

        security_groups: list[str] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = self.security_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if vpc is not UNSET:
            field_dict["vpc"] = vpc
        if subnet is not UNSET:
            field_dict["subnet"] = subnet
        if security_groups is not UNSET:
            field_dict["securityGroups"] = security_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        vpc = d.pop("vpc", UNSET)
        if not isinstance(vpc, (str, Unset)):
            deviate(src_dict, "vpc", TypeError("expected a string"))
            d["vpc"] = vpc
            vpc = UNSET

        subnet = d.pop("subnet", UNSET)
        if not isinstance(subnet, (str, Unset)):
            deviate(src_dict, "subnet", TypeError("expected a string"))
            d["subnet"] = subnet
            subnet = UNSET

        security_groups = d.pop("securityGroups", UNSET)
        if security_groups is not UNSET and (_misfit := list_misfit(security_groups, (str), False, "a string")):
            deviate(src_dict, "securityGroups", _misfit)
            d["securityGroups"] = security_groups
            security_groups = UNSET

        pool_resource_network = cls(
            vpc=vpc,
            subnet=subnet,
            security_groups=security_groups,
        )

        pool_resource_network.additional_properties = d
        return pool_resource_network

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
