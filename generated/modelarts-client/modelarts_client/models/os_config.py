from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OsConfig")


@_attrs_define
class OsConfig:
    """Resource-pool configuration of the account. The EU edition lists further fields (e.g. `networkSubnetTypes`,
    `maxPoolFlavors`, `licenseScopeType`) that are not in the manual; they pass through as additional properties.

        Attributes:
            network_cidrs (list[str] | Unset): Network CIDR ranges that can be used for pool networks.
            network_quota (int | Unset): Number of networks the user may create.
            pool_quota (int | Unset): Number of resource pools the user may create.
            poo_high_available (bool | Unset): Whether this region supports creating high-availability resource pools
                (spelling of the manual's table; see also `poolHighAvailable`).
            pool_high_available (bool | Unset): Whether this region supports creating high-availability resource pools: true
                supported, false not (spelling of the current CN page and PY SDK; not in the manual's table).
    """

    network_cidrs: list[str] | Unset = UNSET
    network_quota: int | Unset = UNSET
    pool_quota: int | Unset = UNSET
    poo_high_available: bool | Unset = UNSET
    pool_high_available: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network_cidrs: list[str] | Unset = UNSET
        if not isinstance(self.network_cidrs, Unset):
            network_cidrs = self.network_cidrs

        network_quota = self.network_quota

        pool_quota = self.pool_quota

        poo_high_available = self.poo_high_available

        pool_high_available = self.pool_high_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network_cidrs is not UNSET:
            field_dict["networkCidrs"] = network_cidrs
        if network_quota is not UNSET:
            field_dict["networkQuota"] = network_quota
        if pool_quota is not UNSET:
            field_dict["poolQuota"] = pool_quota
        if poo_high_available is not UNSET:
            field_dict["pooHighAvailable"] = poo_high_available
        if pool_high_available is not UNSET:
            field_dict["poolHighAvailable"] = pool_high_available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _kept: dict[str, Any] = {}
        network_cidrs = cast(list[str], d.pop("networkCidrs", UNSET))

        network_quota = d.pop("networkQuota", UNSET)

        pool_quota = d.pop("poolQuota", UNSET)

        poo_high_available = d.pop("pooHighAvailable", UNSET)

        pool_high_available = d.pop("poolHighAvailable", UNSET)

        os_config = cls(
            network_cidrs=network_cidrs,
            network_quota=network_quota,
            pool_quota=pool_quota,
            poo_high_available=poo_high_available,
            pool_high_available=pool_high_available,
        )

        os_config.additional_properties = d
        os_config.additional_properties.update(_kept)
        return os_config

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
