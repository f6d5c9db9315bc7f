from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_connection import NetworkConnection


T = TypeVar("T", bound="NetworkSpec")


@_attrs_define
class NetworkSpec:
    """
    Attributes:
        ipv6enable (bool | Unset): Whether to enable IPv6. Once IPv6 is enabled, it cannot be disabled.
        cidr (str | Unset): Network CIDR.
        connection (NetworkConnection | Unset):
    """

    ipv6enable: bool | Unset = UNSET
    cidr: str | Unset = UNSET
    connection: NetworkConnection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ipv6enable = self.ipv6enable

        cidr = self.cidr

        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ipv6enable is not UNSET:
            field_dict["ipv6enable"] = ipv6enable
        if cidr is not UNSET:
            field_dict["cidr"] = cidr
        if connection is not UNSET:
            field_dict["connection"] = connection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        ipv6enable = d.pop("ipv6enable", UNSET)
        if not isinstance(ipv6enable, (bool, Unset)):
            deviate(src_dict, "ipv6enable", TypeError("expected a boolean"))
            d["ipv6enable"] = ipv6enable
            ipv6enable = UNSET

        cidr = d.pop("cidr", UNSET)
        if not isinstance(cidr, (str, Unset)):
            deviate(src_dict, "cidr", TypeError("expected a string"))
            d["cidr"] = cidr
            cidr = UNSET

        _raw_connection = d.pop("connection", UNSET)
        try:
            _connection = _raw_connection
            connection: NetworkConnection | Unset
            if isinstance(_connection, Unset):
                connection = UNSET
            else:
                connection = NetworkConnection.from_dict(_connection)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "connection", exc)
            d["connection"] = _raw_connection
            connection = UNSET

        network_spec = cls(
            ipv6enable=ipv6enable,
            cidr=cidr,
            connection=connection,
        )

        network_spec.additional_properties = d
        return network_spec

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


from ..models.network_connection import NetworkConnection  # noqa: E402
