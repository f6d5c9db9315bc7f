from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkSpecCreation")


@_attrs_define
class NetworkSpecCreation:
    """
    Attributes:
        cidr (str): Network CIDR. Values: - **172.16.0.0/12-172.16.0.0/24** - **192.168.0.0/16-192.168.0.0/24**
        ipv6enable (bool | Unset): Whether to enable IPv6. Once IPv6 is enabled, it cannot be disabled.
    """

    cidr: str
    ipv6enable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ipv6enable = self.ipv6enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cidr is not UNREAD:
            cidr = self.cidr
            field_dict["cidr"] = cidr
        if ipv6enable is not UNSET:
            field_dict["ipv6enable"] = ipv6enable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        cidr = d.pop("cidr", UNSET)
        if not isinstance(cidr, (str)):
            deviate(src_dict, "cidr", TypeError("expected a string"))
            if not isinstance(cidr, Unset):
                d["cidr"] = cidr
            cidr = UNREAD

        ipv6enable = d.pop("ipv6enable", UNSET)
        if not isinstance(ipv6enable, (bool, Unset)):
            deviate(src_dict, "ipv6enable", TypeError("expected a boolean"))
            d["ipv6enable"] = ipv6enable
            ipv6enable = UNSET

        network_spec_creation = cls(
            cidr=cidr,
            ipv6enable=ipv6enable,
        )

        network_spec_creation.additional_properties = d
        return network_spec_creation

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
