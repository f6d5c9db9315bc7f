from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="Frequency")


@_attrs_define
class Frequency:
    """
    Attributes:
        interval (int): Interval between two consecutive executions. This parameter is mandatory when **execution_mode**
            is set to **frequency**. The value ranges from 5 to 720, in minutes.
        duration (int): Duration for executing a single scheduled task. This parameter is mandatory when
            **execution_mode** is set to **frequency**. The value ranges from 5 to 720, in minutes.
        begin_at (str): Start time of executions in a day. This parameter is mandatory. If a scheduled task is of the
            **once** type, the value of the parameter is in the format of yyyy-MM-ddThh:mm:ss. For other scheduled task
            types, the value of the parameter is in the format of hh:mm:ss.
        end_at (str): End time of executions in a day. This parameter is mandatory. If a scheduled task is of the
            **once** type, the value of the parameter is in the format of yyyy-MM-ddThh:mm:ss. For other scheduled task
            types, the value of the parameter is in the format of hh:mm:ss.
    """

    interval: int
    duration: int
    begin_at: str
    end_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.interval is not UNREAD:
            interval = self.interval
            field_dict["interval"] = interval
        if self.duration is not UNREAD:
            duration = self.duration
            field_dict["duration"] = duration
        if self.begin_at is not UNREAD:
            begin_at = self.begin_at
            field_dict["begin_at"] = begin_at
        if self.end_at is not UNREAD:
            end_at = self.end_at
            field_dict["end_at"] = end_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        interval = d.pop("interval", UNSET)
        if isinstance(interval, bool) or not isinstance(interval, (int)):
            deviate(src_dict, "interval", TypeError("expected an integer"))
            if not isinstance(interval, Unset):
                d["interval"] = interval
            interval = UNREAD

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            if not isinstance(duration, Unset):
                d["duration"] = duration
            duration = UNREAD

        begin_at = d.pop("begin_at", UNSET)
        if not isinstance(begin_at, (str)):
            deviate(src_dict, "begin_at", TypeError("expected a string"))
            if not isinstance(begin_at, Unset):
                d["begin_at"] = begin_at
            begin_at = UNREAD

        end_at = d.pop("end_at", UNSET)
        if not isinstance(end_at, (str)):
            deviate(src_dict, "end_at", TypeError("expected a string"))
            if not isinstance(end_at, Unset):
                d["end_at"] = end_at
            end_at = UNREAD

        frequency = cls(
            interval=interval,
            duration=duration,
            begin_at=begin_at,
            end_at=end_at,
        )

        frequency.additional_properties = d
        return frequency

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
