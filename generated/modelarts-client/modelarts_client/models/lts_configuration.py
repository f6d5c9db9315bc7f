from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="LtsConfiguration")


@_attrs_define
class LtsConfiguration:
    """
    Attributes:
        log_group_id (str): LTS log group ID. The value contains 64 characters.
        log_stream_id (str): LTS log stream ID. The value contains 64 characters.
    """

    log_group_id: str
    log_stream_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.log_group_id is not UNREAD:
            log_group_id = self.log_group_id
            field_dict["log_group_id"] = log_group_id
        if self.log_stream_id is not UNREAD:
            log_stream_id = self.log_stream_id
            field_dict["log_stream_id"] = log_stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        log_group_id = d.pop("log_group_id", UNSET)
        if not isinstance(log_group_id, (str)):
            deviate(src_dict, "log_group_id", TypeError("expected a string"))
            if not isinstance(log_group_id, Unset):
                d["log_group_id"] = log_group_id
            log_group_id = UNREAD

        log_stream_id = d.pop("log_stream_id", UNSET)
        if not isinstance(log_stream_id, (str)):
            deviate(src_dict, "log_stream_id", TypeError("expected a string"))
            if not isinstance(log_stream_id, Unset):
                d["log_stream_id"] = log_stream_id
            log_stream_id = UNREAD

        lts_configuration = cls(
            log_group_id=log_group_id,
            log_stream_id=log_stream_id,
        )

        lts_configuration.additional_properties = d
        return lts_configuration

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
