from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeerConnectionItemRequest")


@_attrs_define
class PeerConnectionItemRequest:
    """
    Attributes:
        peer_vpc_id (str): VPC ID of the peer end.
        peer_subnet_id (str): Subnet ID of the peer end.
        default_gate_way (bool | Unset): Whether to create a default route. The default value is **false**. Default:
            False.
    """

    peer_vpc_id: str
    peer_subnet_id: str
    default_gate_way: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_gate_way = self.default_gate_way

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.peer_vpc_id is not UNREAD:
            peer_vpc_id = self.peer_vpc_id
            field_dict["peerVpcId"] = peer_vpc_id
        if self.peer_subnet_id is not UNREAD:
            peer_subnet_id = self.peer_subnet_id
            field_dict["peerSubnetId"] = peer_subnet_id
        if default_gate_way is not UNSET:
            field_dict["defaultGateWay"] = default_gate_way

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        peer_vpc_id = d.pop("peerVpcId", UNSET)
        if not isinstance(peer_vpc_id, (str)):
            deviate(src_dict, "peerVpcId", TypeError("expected a string"))
            if not isinstance(peer_vpc_id, Unset):
                d["peerVpcId"] = peer_vpc_id
            peer_vpc_id = UNREAD

        peer_subnet_id = d.pop("peerSubnetId", UNSET)
        if not isinstance(peer_subnet_id, (str)):
            deviate(src_dict, "peerSubnetId", TypeError("expected a string"))
            if not isinstance(peer_subnet_id, Unset):
                d["peerSubnetId"] = peer_subnet_id
            peer_subnet_id = UNREAD

        default_gate_way = d.pop("defaultGateWay", UNSET)
        if not isinstance(default_gate_way, (bool, Unset)):
            deviate(src_dict, "defaultGateWay", TypeError("expected a boolean"))
            d["defaultGateWay"] = default_gate_way
            default_gate_way = UNSET

        peer_connection_item_request = cls(
            peer_vpc_id=peer_vpc_id,
            peer_subnet_id=peer_subnet_id,
            default_gate_way=default_gate_way,
        )

        peer_connection_item_request.additional_properties = d
        return peer_connection_item_request

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
