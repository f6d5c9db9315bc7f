from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.smn_notification_events_item import SmnNotificationEventsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmnNotification")


@_attrs_define
class SmnNotification:
    """
    Attributes:
        topic_urn (str): URN of an SMN topic
        events (list[SmnNotificationEventsItem]): Event ID. The options are as follows: - **1**: failed - **3**: running
            - **7**: concerning - **11**: pending
    """

    topic_urn: str
    events: list[SmnNotificationEventsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.topic_urn is not UNREAD:
            topic_urn = self.topic_urn
            field_dict["topic_urn"] = topic_urn
        if self.events is not UNREAD:
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        topic_urn = d.pop("topic_urn", UNSET)
        if not isinstance(topic_urn, (str)):
            deviate(src_dict, "topic_urn", TypeError("expected a string"))
            if not isinstance(topic_urn, Unset):
                d["topic_urn"] = topic_urn
            topic_urn = UNREAD

        _raw_events = d.pop("events", UNSET)
        try:
            if isinstance(_raw_events, Unset):
                raise KeyError("events")
            events = []
            _events = _raw_events
            for events_item_data in _events:
                events_item = member_of(SmnNotificationEventsItem, events_item_data)

                events.append(events_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "events", exc)
            if not isinstance(_raw_events, Unset):
                d["events"] = _raw_events
            events = UNREAD

        smn_notification = cls(
            topic_urn=topic_urn,
            events=events,
        )

        smn_notification.additional_properties = d
        return smn_notification

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
