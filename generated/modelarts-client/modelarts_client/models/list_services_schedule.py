from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.list_services_schedule_time_unit import ListServicesScheduleTimeUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListServicesSchedule")


@_attrs_define
class ListServicesSchedule:
    """
    Attributes:
        duration (int | Unset): Value mapping a time unit. For example, if the task stops after two hours, set
            **time_unit** to **HOURS** and **duration** to **2**.
        time_unit (ListServicesScheduleTimeUnit | Unset): Scheduling time unit. Possible values are **DAYS**, **HOURS**,
            and **MINUTES**.
        type_ (str | Unset): Scheduling type. Currently, the value can only be stop, indicating that the task
            automatically stops after a specified period of time.
    """

    duration: int | Unset = UNSET
    time_unit: ListServicesScheduleTimeUnit | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        time_unit: str | Unset = UNSET
        if not isinstance(self.time_unit, Unset):
            time_unit = self.time_unit.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if duration is not UNSET:
            field_dict["duration"] = duration
        if time_unit is not UNSET:
            field_dict["time_unit"] = time_unit
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int, Unset)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            d["duration"] = duration
            duration = UNSET

        _raw_time_unit = d.pop("time_unit", UNSET)
        try:
            _time_unit = _raw_time_unit
            time_unit: ListServicesScheduleTimeUnit | Unset
            if isinstance(_time_unit, Unset):
                time_unit = UNSET
            else:
                time_unit = member_of(ListServicesScheduleTimeUnit, _time_unit)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "time_unit", exc)
            d["time_unit"] = _raw_time_unit
            time_unit = UNSET

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        list_services_schedule = cls(
            duration=duration,
            time_unit=time_unit,
            type_=type_,
        )

        list_services_schedule.additional_properties = d
        return list_services_schedule

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
