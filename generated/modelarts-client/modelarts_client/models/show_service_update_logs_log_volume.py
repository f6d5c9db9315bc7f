from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowServiceUpdateLogsLogVolume")


@_attrs_define
class ShowServiceUpdateLogsLogVolume:
    """
    Attributes:
        host_path (str | Unset): Log path to be mapped on the host
        mount_path (str | Unset): Path to the logs in the container
    """

    host_path: str | Unset = UNSET
    mount_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_path = self.host_path

        mount_path = self.mount_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if host_path is not UNSET:
            field_dict["host_path"] = host_path
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        host_path = d.pop("host_path", UNSET)
        if not isinstance(host_path, (str, Unset)):
            deviate(src_dict, "host_path", TypeError("expected a string"))
            d["host_path"] = host_path
            host_path = UNSET

        mount_path = d.pop("mount_path", UNSET)
        if not isinstance(mount_path, (str, Unset)):
            deviate(src_dict, "mount_path", TypeError("expected a string"))
            d["mount_path"] = mount_path
            mount_path = UNSET

        show_service_update_logs_log_volume = cls(
            host_path=host_path,
            mount_path=mount_path,
        )

        show_service_update_logs_log_volume.additional_properties = d
        return show_service_update_logs_log_volume

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
