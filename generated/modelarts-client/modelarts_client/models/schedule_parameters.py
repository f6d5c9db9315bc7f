from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleParameters")


@_attrs_define
class ScheduleParameters:
    """
    Attributes:
        type_ (str): Set this parameter to **stop**.
        time_unit (str): Unit of auto stop duration. The value is **HOURS**.
        duration (int): Auto stop duration. The value ranges from 0 to 24.
    """

    type_: str
    time_unit: str
    duration: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not UNREAD:
            type_ = self.type_
            field_dict["type"] = type_
        if self.time_unit is not UNREAD:
            time_unit = self.time_unit
            field_dict["time_unit"] = time_unit
        if self.duration is not UNREAD:
            duration = self.duration
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str)):
            deviate(src_dict, "type", TypeError("expected a string"))
            if not isinstance(type_, Unset):
                d["type"] = type_
            type_ = UNREAD

        time_unit = d.pop("time_unit", UNSET)
        if not isinstance(time_unit, (str)):
            deviate(src_dict, "time_unit", TypeError("expected a string"))
            if not isinstance(time_unit, Unset):
                d["time_unit"] = time_unit
            time_unit = UNREAD

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            if not isinstance(duration, Unset):
                d["duration"] = duration
            duration = UNREAD

        schedule_parameters = cls(
            type_=type_,
            time_unit=time_unit,
            duration=duration,
        )

        schedule_parameters.additional_properties = d
        return schedule_parameters

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
