from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenewLeaseResponse")


@_attrs_define
class RenewLeaseResponse:
    """
    Attributes:
        create_at (int | Unset): Time (UTC) when the instance is created, accurate to millisecond.
        duration (int | Unset): Instance running duration, which is calculated based on the instance creation time. If
            the instance creation time plus the duration is greater than the current time, the system automatically stops
            the instance.
        enable (bool | Unset): Whether to enable auto stop of the instance.
        type_ (str | Unset): Indicates the automatic stop type. - timing: The task is automatically stopped. - idle: The
            task is stopped when it is idle.
        update_at (int | Unset): Time when the instance is last updated (excluding the heartbeat detection time), in UTC
            milliseconds.
    """

    create_at: int | Unset = UNSET
    duration: int | Unset = UNSET
    enable: bool | Unset = UNSET
    type_: str | Unset = UNSET
    update_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_at = self.create_at

        duration = self.duration

        enable = self.enable

        type_ = self.type_

        update_at = self.update_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enable is not UNSET:
            field_dict["enable"] = enable
        if type_ is not UNSET:
            field_dict["type"] = type_
        if update_at is not UNSET:
            field_dict["update_at"] = update_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        create_at = d.pop("create_at", UNSET)
        if isinstance(create_at, bool) or not isinstance(create_at, (int, Unset)):
            deviate(src_dict, "create_at", TypeError("expected an integer"))
            d["create_at"] = create_at
            create_at = UNSET

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int, Unset)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            d["duration"] = duration
            duration = UNSET

        enable = d.pop("enable", UNSET)
        if not isinstance(enable, (bool, Unset)):
            deviate(src_dict, "enable", TypeError("expected a boolean"))
            d["enable"] = enable
            enable = UNSET

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        update_at = d.pop("update_at", UNSET)
        if isinstance(update_at, bool) or not isinstance(update_at, (int, Unset)):
            deviate(src_dict, "update_at", TypeError("expected an integer"))
            d["update_at"] = update_at
            update_at = UNSET

        renew_lease_response = cls(
            create_at=create_at,
            duration=duration,
            enable=enable,
            type_=type_,
            update_at=update_at,
        )

        renew_lease_response.additional_properties = d
        return renew_lease_response

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
