from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.schedule_time_unit import ScheduleTimeUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """
    Attributes:
        duration (int): Value mapping a time unit. For example, if the task stops after two hours, set **time_unit** to
            **HOURS** and **duration** to **2**.
        time_unit (ScheduleTimeUnit): Scheduling time unit. Possible values are **DAYS**, **HOURS**, and **MINUTES**.
        type_ (str): Scheduling type. Currently, the value can only be stop, indicating that the task automatically
            stops after a specified period of time.
    """

    duration: int
    time_unit: ScheduleTimeUnit
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.duration is not UNREAD:
            duration = self.duration
            field_dict["duration"] = duration
        if self.time_unit is not UNREAD:
            time_unit = self.time_unit.value
            field_dict["time_unit"] = time_unit
        if self.type_ is not UNREAD:
            type_ = self.type_
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            if not isinstance(duration, Unset):
                d["duration"] = duration
            duration = UNREAD

        _raw_time_unit = d.pop("time_unit", UNSET)
        try:
            if isinstance(_raw_time_unit, Unset):
                raise KeyError("time_unit")
            time_unit = member_of(ScheduleTimeUnit, _raw_time_unit)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "time_unit", exc)
            if not isinstance(_raw_time_unit, Unset):
                d["time_unit"] = _raw_time_unit
            time_unit = UNREAD

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str)):
            deviate(src_dict, "type", TypeError("expected a string"))
            if not isinstance(type_, Unset):
                d["type"] = type_
            type_ = UNREAD

        schedule = cls(
            duration=duration,
            time_unit=time_unit,
            type_=type_,
        )

        schedule.additional_properties = d
        return schedule

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
