from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.sfs_turbo_connection_status_connection_type import SfsTurboConnectionStatusConnectionType
from ..models.sfs_turbo_connection_status_status import SfsTurboConnectionStatusStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SfsTurboConnectionStatus")


@_attrs_define
class SfsTurboConnectionStatus:
    """
    Attributes:
        name (str | Unset): Name of an SFS Turbo instance.
        sfs_id (str | Unset): ID of an SFS Turbo instance.
        connection_type (SfsTurboConnectionStatusConnectionType | Unset): Connection type. The options are as follows: -
            **VpcPort**: passthrough through attached NICs - **Peering**: connection through VPC peering
        ip_addr (str | Unset): SFS Turbo access address.
        status (SfsTurboConnectionStatusStatus | Unset): Status of the connection to SFS Turbo. The options are as
            follows: - **Active**: The SFS connection is normal. - **Abnormal**: The SFS connection is abnormal. -
            **Creating**: The SFS connection is being set up. - **Deleting**: The SFS connection is being deleted.
    """

    name: str | Unset = UNSET
    sfs_id: str | Unset = UNSET
    connection_type: SfsTurboConnectionStatusConnectionType | Unset = UNSET
    ip_addr: str | Unset = UNSET
    status: SfsTurboConnectionStatusStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sfs_id = self.sfs_id

        connection_type: str | Unset = UNSET
        if not isinstance(self.connection_type, Unset):
            connection_type = self.connection_type.value

        ip_addr = self.ip_addr

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if sfs_id is not UNSET:
            field_dict["sfsId"] = sfs_id
        if connection_type is not UNSET:
            field_dict["connectionType"] = connection_type
        if ip_addr is not UNSET:
            field_dict["ipAddr"] = ip_addr
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        sfs_id = d.pop("sfsId", UNSET)
        if not isinstance(sfs_id, (str, Unset)):
            deviate(src_dict, "sfsId", TypeError("expected a string"))
            d["sfsId"] = sfs_id
            sfs_id = UNSET

        _raw_connection_type = d.pop("connectionType", UNSET)
        try:
            _connection_type = _raw_connection_type
            connection_type: SfsTurboConnectionStatusConnectionType | Unset
            if isinstance(_connection_type, Unset):
                connection_type = UNSET
            else:
                connection_type = member_of(SfsTurboConnectionStatusConnectionType, _connection_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "connectionType", exc)
            d["connectionType"] = _raw_connection_type
            connection_type = UNSET

        ip_addr = d.pop("ipAddr", UNSET)
        if not isinstance(ip_addr, (str, Unset)):
            deviate(src_dict, "ipAddr", TypeError("expected a string"))
            d["ipAddr"] = ip_addr
            ip_addr = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: SfsTurboConnectionStatusStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(SfsTurboConnectionStatusStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        sfs_turbo_connection_status = cls(
            name=name,
            sfs_id=sfs_id,
            connection_type=connection_type,
            ip_addr=ip_addr,
            status=status,
        )

        sfs_turbo_connection_status.additional_properties = d
        return sfs_turbo_connection_status

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
