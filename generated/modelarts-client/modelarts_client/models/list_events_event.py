from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.list_events_event_api_version import ListEventsEventApiVersion
from ..models.list_events_event_kind import ListEventsEventKind
from ..models.list_events_event_type import ListEventsEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListEventsEvent")


@_attrs_define
class ListEventsEvent:
    """
    Attributes:
        api_version (ListEventsEventApiVersion | Unset): API version. Options: - **v1**
        kind (ListEventsEventKind | Unset): Resource type. Options: - **Event**: event
        type_ (ListEventsEventType | Unset): Event type. Options: - **Normal**: normal event - **Warning**: abnormal
            event
        first_timestamp (str | Unset): Time when an event occurred for the first time
        last_timestamp (str | Unset): Time when an event occurred for the last time
        count (int | Unset): Consecutive occurrences of an event
        reason (str | Unset): Event cause
        message (str | Unset): Event details
    """

    api_version: ListEventsEventApiVersion | Unset = UNSET
    kind: ListEventsEventKind | Unset = UNSET
    type_: ListEventsEventType | Unset = UNSET
    first_timestamp: str | Unset = UNSET
    last_timestamp: str | Unset = UNSET
    count: int | Unset = UNSET
    reason: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        first_timestamp = self.first_timestamp

        last_timestamp = self.last_timestamp

        count = self.count

        reason = self.reason

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if type_ is not UNSET:
            field_dict["type"] = type_
        if first_timestamp is not UNSET:
            field_dict["firstTimestamp"] = first_timestamp
        if last_timestamp is not UNSET:
            field_dict["lastTimestamp"] = last_timestamp
        if count is not UNSET:
            field_dict["count"] = count
        if reason is not UNSET:
            field_dict["reason"] = reason
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_api_version = d.pop("apiVersion", UNSET)
        try:
            _api_version = _raw_api_version
            api_version: ListEventsEventApiVersion | Unset
            if isinstance(_api_version, Unset):
                api_version = UNSET
            else:
                api_version = member_of(ListEventsEventApiVersion, _api_version)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "apiVersion", exc)
            d["apiVersion"] = _raw_api_version
            api_version = UNSET

        _raw_kind = d.pop("kind", UNSET)
        try:
            _kind = _raw_kind
            kind: ListEventsEventKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = member_of(ListEventsEventKind, _kind)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "kind", exc)
            d["kind"] = _raw_kind
            kind = UNSET

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: ListEventsEventType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(ListEventsEventType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        first_timestamp = d.pop("firstTimestamp", UNSET)
        if not isinstance(first_timestamp, (str, Unset)):
            deviate(src_dict, "firstTimestamp", TypeError("expected a string"))
            d["firstTimestamp"] = first_timestamp
            first_timestamp = UNSET

        last_timestamp = d.pop("lastTimestamp", UNSET)
        if not isinstance(last_timestamp, (str, Unset)):
            deviate(src_dict, "lastTimestamp", TypeError("expected a string"))
            d["lastTimestamp"] = last_timestamp
            last_timestamp = UNSET

        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

        reason = d.pop("reason", UNSET)
        if not isinstance(reason, (str, Unset)):
            deviate(src_dict, "reason", TypeError("expected a string"))
            d["reason"] = reason
            reason = UNSET

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            deviate(src_dict, "message", TypeError("expected a string"))
            d["message"] = message
            message = UNSET

        list_events_event = cls(
            api_version=api_version,
            kind=kind,
            type_=type_,
            first_timestamp=first_timestamp,
            last_timestamp=last_timestamp,
            count=count,
            reason=reason,
            message=message,
        )

        list_events_event.additional_properties = d
        return list_events_event

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
