from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.service_event_event_type import ServiceEventEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceEvent")


@_attrs_define
class ServiceEvent:
    """One event of a service.

    Attributes:
        event_type (ServiceEventEventType | Unset): Event type: `normal` (normal event) or `abnormal` (abnormal event).
        event_info (str | Unset): Event text; mainly describes the five deployment stages: image build, environment
            preparation, resource scheduling, image pull and model start.
        occur_time (int | Unset): Time the event occurred, in milliseconds since the Unix epoch.
    """

    event_type: ServiceEventEventType | Unset = UNSET
    event_info: str | Unset = UNSET
    occur_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        event_info = self.event_info

        occur_time = self.occur_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_info is not UNSET:
            field_dict["event_info"] = event_info
        if occur_time is not UNSET:
            field_dict["occur_time"] = occur_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_event_type = d.pop("event_type", UNSET)
        try:
            _event_type = _raw_event_type
            event_type: ServiceEventEventType | Unset
            if isinstance(_event_type, Unset):
                event_type = UNSET
            else:
                event_type = member_of(ServiceEventEventType, _event_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "event_type", exc)
            d["event_type"] = _raw_event_type
            event_type = UNSET

        event_info = d.pop("event_info", UNSET)
        if not isinstance(event_info, (str, Unset)):
            deviate(src_dict, "event_info", TypeError("expected a string"))
            d["event_info"] = event_info
            event_info = UNSET

        occur_time = d.pop("occur_time", UNSET)
        if isinstance(occur_time, bool) or not isinstance(occur_time, (int, Unset)):
            deviate(src_dict, "occur_time", TypeError("expected an integer"))
            d["occur_time"] = occur_time
            occur_time = UNSET

        service_event = cls(
            event_type=event_type,
            event_info=event_info,
            occur_time=occur_time,
        )

        service_event.additional_properties = d
        return service_event

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
