from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskInputVcn")


@_attrs_define
class TaskInputVcn:
    """
    Attributes:
        ip (str): IP address of a VCN server. This parameter is mandatory only when the input type is **vcn**.
        port (int): Port number of a VCN server. This parameter is mandatory only when the input type is **vcn**.
        username (str): Username for logging in to a VCN server. This parameter is mandatory only when the input type is
            **vcn**.
        password (str): Password for logging in to a VCN server. This parameter is mandatory only when the input type is
            **vcn**.
    """

    ip: str
    port: int
    username: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.ip is not UNREAD:
            ip = self.ip
            field_dict["ip"] = ip
        if self.port is not UNREAD:
            port = self.port
            field_dict["port"] = port
        if self.username is not UNREAD:
            username = self.username
            field_dict["username"] = username
        if self.password is not UNREAD:
            password = self.password
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        ip = d.pop("ip", UNSET)
        if not isinstance(ip, (str)):
            deviate(src_dict, "ip", TypeError("expected a string"))
            if not isinstance(ip, Unset):
                d["ip"] = ip
            ip = UNREAD

        port = d.pop("port", UNSET)
        if isinstance(port, bool) or not isinstance(port, (int)):
            deviate(src_dict, "port", TypeError("expected an integer"))
            if not isinstance(port, Unset):
                d["port"] = port
            port = UNREAD

        username = d.pop("username", UNSET)
        if not isinstance(username, (str)):
            deviate(src_dict, "username", TypeError("expected a string"))
            if not isinstance(username, Unset):
                d["username"] = username
            username = UNREAD

        password = d.pop("password", UNSET)
        if not isinstance(password, (str)):
            deviate(src_dict, "password", TypeError("expected a string"))
            if not isinstance(password, Unset):
                d["password"] = password
            password = UNREAD

        task_input_vcn = cls(
            ip=ip,
            port=port,
            username=username,
            password=password,
        )

        task_input_vcn.additional_properties = d
        return task_input_vcn

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
