from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolNetwork")


@_attrs_define
class PoolNetwork:
    """Network of the pool; required for a physical pool.

    Attributes:
        name (str | Unset): Network name. The system creates the subnet itself; the pool is placed in the first subnet
            by default.
        vpc_id (str | Unset): ID of the VPC the pool's network is in (not in the manual; read by real clients).
        subnet_id (str | Unset): ID of the subnet the pool's nodes are in (not in the manual; read by real clients).
    """

    name: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    subnet_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        vpc_id = self.vpc_id

        subnet_id = self.subnet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if vpc_id is not UNSET:
            field_dict["vpcId"] = vpc_id
        if subnet_id is not UNSET:
            field_dict["subnetId"] = subnet_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        vpc_id = d.pop("vpcId", UNSET)
        if not isinstance(vpc_id, (str, Unset)):
            deviate(src_dict, "vpcId", TypeError("expected a string"))
            d["vpcId"] = vpc_id
            vpc_id = UNSET

        subnet_id = d.pop("subnetId", UNSET)
        if not isinstance(subnet_id, (str, Unset)):
            deviate(src_dict, "subnetId", TypeError("expected a string"))
            d["subnetId"] = subnet_id
            subnet_id = UNSET

        pool_network = cls(
            name=name,
            vpc_id=vpc_id,
            subnet_id=subnet_id,
        )

        pool_network.additional_properties = d
        return pool_network

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
