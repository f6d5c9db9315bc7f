from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogVolume")


@_attrs_define
class LogVolume:
    """
    Attributes:
        host_path (str): Log path to be mapped on the host
        mount_path (str): Path to the logs in the container
    """

    host_path: str
    mount_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.host_path is not UNREAD:
            host_path = self.host_path
            field_dict["host_path"] = host_path
        if self.mount_path is not UNREAD:
            mount_path = self.mount_path
            field_dict["mount_path"] = mount_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        host_path = d.pop("host_path", UNSET)
        if not isinstance(host_path, (str)):
            deviate(src_dict, "host_path", TypeError("expected a string"))
            if not isinstance(host_path, Unset):
                d["host_path"] = host_path
            host_path = UNREAD

        mount_path = d.pop("mount_path", UNSET)
        if not isinstance(mount_path, (str)):
            deviate(src_dict, "mount_path", TypeError("expected a string"))
            if not isinstance(mount_path, Unset):
                d["mount_path"] = mount_path
            mount_path = UNREAD

        log_volume = cls(
            host_path=host_path,
            mount_path=mount_path,
        )

        log_volume.additional_properties = d
        return log_volume

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
