from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.auto_stop_time_unit import AutoStopTimeUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoStop")


@_attrs_define
class AutoStop:
    """
    Attributes:
        time_unit (AutoStopTimeUnit): Time unit. The options are as follows: - **HOURS**
        duration (int): Running duration. The minimum value is **1**.
    """

    time_unit: AutoStopTimeUnit
    duration: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.time_unit is not UNREAD:
            time_unit = self.time_unit.value
            field_dict["time_unit"] = time_unit
        if self.duration is not UNREAD:
            duration = self.duration
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_time_unit = d.pop("time_unit", UNSET)
        try:
            if isinstance(_raw_time_unit, Unset):
                raise KeyError("time_unit")
            time_unit = member_of(AutoStopTimeUnit, _raw_time_unit)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "time_unit", exc)
            if not isinstance(_raw_time_unit, Unset):
                d["time_unit"] = _raw_time_unit
            time_unit = UNREAD

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            if not isinstance(duration, Unset):
                d["duration"] = duration
            duration = UNREAD

        auto_stop = cls(
            time_unit=time_unit,
            duration=duration,
        )

        auto_stop.additional_properties = d
        return auto_stop

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
