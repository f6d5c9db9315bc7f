from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowTaskTaskInputVcn")


@_attrs_define
class ShowTaskTaskInputVcn:
    """
    Attributes:
        ip (str | Unset): IP address of a VCN server. This parameter is mandatory only when the input type is **vcn**.
        port (int | Unset): Port number of a VCN server. This parameter is mandatory only when the input type is
            **vcn**.
        username (str | Unset): Username for logging in to a VCN server. This parameter is mandatory only when the input
            type is **vcn**.
        password (str | Unset): Password for logging in to a VCN server. This parameter is mandatory only when the input
            type is **vcn**.
    """

    ip: str | Unset = UNSET
    port: int | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        port = self.port

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ip is not UNSET:
            field_dict["ip"] = ip
        if port is not UNSET:
            field_dict["port"] = port
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        ip = d.pop("ip", UNSET)
        if not isinstance(ip, (str, Unset)):
            deviate(src_dict, "ip", TypeError("expected a string"))
            d["ip"] = ip
            ip = UNSET

        port = d.pop("port", UNSET)
        if isinstance(port, bool) or not isinstance(port, (int, Unset)):
            deviate(src_dict, "port", TypeError("expected an integer"))
            d["port"] = port
            port = UNSET

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            deviate(src_dict, "username", TypeError("expected a string"))
            d["username"] = username
            username = UNSET

        password = d.pop("password", UNSET)
        if not isinstance(password, (str, Unset)):
            deviate(src_dict, "password", TypeError("expected a string"))
            d["password"] = password
            password = UNSET

        show_task_task_input_vcn = cls(
            ip=ip,
            port=port,
            username=username,
            password=password,
        )

        show_task_task_input_vcn.additional_properties = d
        return show_task_task_input_vcn

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
