from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV1HostPathRequest")


@_attrs_define
class TrainingJobV1HostPathRequest:
    """
    Attributes:
        src_path (str): Local path to a host
        dest_path (str): Local path to a training job
        read_only (bool | Unset): Whether **dest_path** is read-only. The default value is **false**. - **true**: read-
            only permission - **false**: read/write permission. This is the default value. Default: False.
    """

    src_path: str
    dest_path: str
    read_only: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.src_path is not UNREAD:
            src_path = self.src_path
            field_dict["src_path"] = src_path
        if self.dest_path is not UNREAD:
            dest_path = self.dest_path
            field_dict["dest_path"] = dest_path
        if read_only is not UNSET:
            field_dict["read_only"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        src_path = d.pop("src_path", UNSET)
        if not isinstance(src_path, (str)):
            deviate(src_dict, "src_path", TypeError("expected a string"))
            if not isinstance(src_path, Unset):
                d["src_path"] = src_path
            src_path = UNREAD

        dest_path = d.pop("dest_path", UNSET)
        if not isinstance(dest_path, (str)):
            deviate(src_dict, "dest_path", TypeError("expected a string"))
            if not isinstance(dest_path, Unset):
                d["dest_path"] = dest_path
            dest_path = UNREAD

        read_only = d.pop("read_only", UNSET)
        if not isinstance(read_only, (bool, Unset)):
            deviate(src_dict, "read_only", TypeError("expected a boolean"))
            d["read_only"] = read_only
            read_only = UNSET

        training_job_v1_host_path_request = cls(
            src_path=src_path,
            dest_path=dest_path,
            read_only=read_only,
        )

        training_job_v1_host_path_request.additional_properties = d
        return training_job_v1_host_path_request

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
