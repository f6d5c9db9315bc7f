from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTrainingJobEventsEvent")


@_attrs_define
class ListTrainingJobEventsEvent:
    """
    Attributes:
        message (str | Unset): Event information.
        level (str | Unset): Event severity.
        time (str | Unset): Time when an event occurs.
        source (str | Unset): Event source
    """

    message: str | Unset = UNSET
    level: str | Unset = UNSET
    time: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        level = self.level

        time = self.time

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not UNSET:
            field_dict["message"] = message
        if level is not UNSET:
            field_dict["level"] = level
        if time is not UNSET:
            field_dict["time"] = time
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            deviate(src_dict, "message", TypeError("expected a string"))
            d["message"] = message
            message = UNSET

        level = d.pop("level", UNSET)
        if not isinstance(level, (str, Unset)):
            deviate(src_dict, "level", TypeError("expected a string"))
            d["level"] = level
            level = UNSET

        time = d.pop("time", UNSET)
        if not isinstance(time, (str, Unset)):
            deviate(src_dict, "time", TypeError("expected a string"))
            d["time"] = time
            time = UNSET

        source = d.pop("source", UNSET)
        if not isinstance(source, (str, Unset)):
            deviate(src_dict, "source", TypeError("expected a string"))
            d["source"] = source
            source = UNSET

        list_training_job_events_event = cls(
            message=message,
            level=level,
            time=time,
            source=source,
        )

        list_training_job_events_event.additional_properties = d
        return list_training_job_events_event

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
