from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_event import ServiceEvent


T = TypeVar("T", bound="ServiceEventList")


@_attrs_define
class ServiceEventList:
    """A page of a service's event log.

    Attributes:
        service_name (str): Service name.
        service_id (str): Service ID.
        events (list[ServiceEvent]): The events.
        total_count (int | Unset): Number of events matching the query, without paging.
        count (int | Unset): Number of events in this page.
    """

    service_name: str
    service_id: str
    events: list[ServiceEvent]
    total_count: int | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.service_name is not UNREAD:
            service_name = self.service_name
            field_dict["service_name"] = service_name
        if self.service_id is not UNREAD:
            service_id = self.service_id
            field_dict["service_id"] = service_id
        if self.events is not UNREAD:
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

            field_dict["events"] = events
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        service_name = d.pop("service_name", UNSET)
        if not isinstance(service_name, (str)):
            deviate(src_dict, "service_name", TypeError("expected a string"))
            if not isinstance(service_name, Unset):
                d["service_name"] = service_name
            service_name = UNREAD

        service_id = d.pop("service_id", UNSET)
        if not isinstance(service_id, (str)):
            deviate(src_dict, "service_id", TypeError("expected a string"))
            if not isinstance(service_id, Unset):
                d["service_id"] = service_id
            service_id = UNREAD

        _raw_events = d.pop("events", UNSET)
        try:
            if isinstance(_raw_events, Unset):
                raise KeyError("events")
            events = []
            _events = _raw_events
            for events_item_data in _events:
                events_item = ServiceEvent.from_dict(events_item_data)

                events.append(events_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "events", exc)
            if not isinstance(_raw_events, Unset):
                d["events"] = _raw_events
            events = UNREAD

        total_count = d.pop("total_count", UNSET)
        if isinstance(total_count, bool) or not isinstance(total_count, (int, Unset)):
            deviate(src_dict, "total_count", TypeError("expected an integer"))
            d["total_count"] = total_count
            total_count = UNSET

        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

        service_event_list = cls(
            service_name=service_name,
            service_id=service_id,
            events=events,
            total_count=total_count,
            count=count,
        )

        service_event_list.additional_properties = d
        return service_event_list

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


from ..models.service_event import ServiceEvent  # noqa: E402
