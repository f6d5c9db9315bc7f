from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_connection_request import NetworkConnectionRequest


T = TypeVar("T", bound="NetworkSpecUpdate")


@_attrs_define
class NetworkSpecUpdate:
    """
    Attributes:
        ipv6enable (bool | Unset): Whether to enable IPv6. Once IPv6 is enabled, it cannot be disabled.
        connection (NetworkConnectionRequest | Unset):
    """

    ipv6enable: bool | Unset = UNSET
    connection: NetworkConnectionRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ipv6enable = self.ipv6enable

        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ipv6enable is not UNSET:
            field_dict["ipv6enable"] = ipv6enable
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

        _raw_connection = d.pop("connection", UNSET)
        try:
            _connection = _raw_connection
            connection: NetworkConnectionRequest | Unset
            if isinstance(_connection, Unset):
                connection = UNSET
            else:
                connection = NetworkConnectionRequest.from_dict(_connection)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "connection", exc)
            d["connection"] = _raw_connection
            connection = UNSET

        network_spec_update = cls(
            ipv6enable=ipv6enable,
            connection=connection,
        )

        network_spec_update.additional_properties = d
        return network_spec_update

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


from ..models.network_connection_request import NetworkConnectionRequest  # noqa: E402
