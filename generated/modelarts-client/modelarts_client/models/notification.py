from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.notification_events_item import NotificationEventsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """
    Attributes:
        topic_urn (str | Unset): URN of the selected topic in SMN
        events (list[NotificationEventsItem] | Unset): Training event that triggers message notification. The value can
            be: **JobStarted**: The job is started. **JobCompleted**: The job is completed. **JobFailed**: The job is
            failed. **JobTerminated**: The job is terminated. **JobRestarted**: The job is restarted. **JobHanged**: The job
            is suspended. **JobPreempted**: The job is preempted.
    """

    topic_urn: str | Unset = UNSET
    events: list[NotificationEventsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_urn = self.topic_urn

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if topic_urn is not UNSET:
            field_dict["topic_urn"] = topic_urn
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        topic_urn = d.pop("topic_urn", UNSET)
        if not isinstance(topic_urn, (str, Unset)):
            deviate(src_dict, "topic_urn", TypeError("expected a string"))
            d["topic_urn"] = topic_urn
            topic_urn = UNSET

        _raw_events = d.pop("events", UNSET)
        try:
            _events = _raw_events
            events: list[NotificationEventsItem] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = member_of(NotificationEventsItem, events_item_data)

                    events.append(events_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "events", exc)
            d["events"] = _raw_events
            events = UNSET

        notification = cls(
            topic_urn=topic_urn,
            events=events,
        )

        notification.additional_properties = d
        return notification

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
