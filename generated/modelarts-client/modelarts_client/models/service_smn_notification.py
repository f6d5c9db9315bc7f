from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceSmnNotification")


@_attrs_define
class ServiceSmnNotification:
    """SMN notification of service events (not in the manual; read by real clients).

    Attributes:
        topic_urn (str | Unset): URN of the SMN topic.
        events (list[int] | Unset): Event codes notified.
    """

    topic_urn: str | Unset = UNSET
    events: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_urn = self.topic_urn

        events: list[int] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

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

        events = d.pop("events", UNSET)
        if events is not UNSET and (_misfit := list_misfit(events, (int), True, "an integer")):
            deviate(src_dict, "events", _misfit)
            d["events"] = events
            events = UNSET

        service_smn_notification = cls(
            topic_urn=topic_urn,
            events=events,
        )

        service_smn_notification.additional_properties = d
        return service_smn_notification

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
