from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.service_schedule_time_unit import ServiceScheduleTimeUnit
from ..models.service_schedule_type import ServiceScheduleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceSchedule")


@_attrs_define
class ServiceSchedule:
    """Scheduling rule of a service (fields from the OTC edition; not in the manual's excerpt).

    Attributes:
        type_ (ServiceScheduleType | Unset): Scheduling type; only `stop` (stop the service after `duration`) is
            supported.
        time_unit (ServiceScheduleTimeUnit | Unset): Unit of `duration`.
        duration (int | Unset): Delay before the scheduled action, in `time_unit` (e.g. 2 with HOURS stops the service
            after two hours).
    """

    type_: ServiceScheduleType | Unset = UNSET
    time_unit: ServiceScheduleTimeUnit | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        time_unit: str | Unset = UNSET
        if not isinstance(self.time_unit, Unset):
            time_unit = self.time_unit.value

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if time_unit is not UNSET:
            field_dict["time_unit"] = time_unit
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: ServiceScheduleType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(ServiceScheduleType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        _raw_time_unit = d.pop("time_unit", UNSET)
        try:
            _time_unit = _raw_time_unit
            time_unit: ServiceScheduleTimeUnit | Unset
            if isinstance(_time_unit, Unset):
                time_unit = UNSET
            else:
                time_unit = member_of(ServiceScheduleTimeUnit, _time_unit)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "time_unit", exc)
            d["time_unit"] = _raw_time_unit
            time_unit = UNSET

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int, Unset)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            d["duration"] = duration
            duration = UNSET

        service_schedule = cls(
            type_=type_,
            time_unit=time_unit,
            duration=duration,
        )

        service_schedule.additional_properties = d
        return service_schedule

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
