from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.pool_cluster_container_network_mode import PoolClusterContainerNetworkMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolClusterContainerNetwork")


@_attrs_define
class PoolClusterContainerNetwork:
    """
    Attributes:
        mode (PoolClusterContainerNetworkMode | Unset): Container network model. The options are as follows: -
            **overlay_l2**: an overlay_l2 network (container tunnel network) built for containers by using OpenVSwitch
            (OVS). - **vpc-router**: an underlay_l2 network built for containers by using IPvlan and custom VPC routes. -
            **eni**: Cloud Native Network 2.0. This model deeply integrates the native ENI capability of VPC, uses the VPC
            CIDR block to allocate container addresses, and supports passthrough networking. You can use this model when
            creating a CCE Turbo cluster.
        cidr (str | Unset): Container network segment. This parameter is valid only when the container network model is
            **overlay_l2** or **vpc-router**.
    """

    mode: PoolClusterContainerNetworkMode | Unset = UNSET
    cidr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        cidr = self.cidr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mode is not UNSET:
            field_dict["mode"] = mode
        if cidr is not UNSET:
            field_dict["cidr"] = cidr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_mode = d.pop("mode", UNSET)
        try:
            _mode = _raw_mode
            mode: PoolClusterContainerNetworkMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = member_of(PoolClusterContainerNetworkMode, _mode)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "mode", exc)
            d["mode"] = _raw_mode
            mode = UNSET

        cidr = d.pop("cidr", UNSET)
        if not isinstance(cidr, (str, Unset)):
            deviate(src_dict, "cidr", TypeError("expected a string"))
            d["cidr"] = cidr
            cidr = UNSET

        pool_cluster_container_network = cls(
            mode=mode,
            cidr=cidr,
        )

        pool_cluster_container_network.additional_properties = d
        return pool_cluster_container_network

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
