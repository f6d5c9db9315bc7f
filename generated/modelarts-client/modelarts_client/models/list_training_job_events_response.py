from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_training_job_events_event import ListTrainingJobEventsEvent


T = TypeVar("T", bound="ListTrainingJobEventsResponse")


@_attrs_define
class ListTrainingJobEventsResponse:
    """
    Attributes:
        total (int | str | Unset): Total number of records.
        limit (int | str | Unset): Maximum number of records that can be displayed.
        offset (int | str | Unset): Start number of records.
        order (str | Unset): Sorting order.
        start_time (str | Unset): Start time of an event.
        end_time (str | Unset): End time of an event.
        events (list[ListTrainingJobEventsEvent] | Unset): Event list.
    """

    total: int | str | Unset = UNSET
    limit: int | str | Unset = UNSET
    offset: int | str | Unset = UNSET
    order: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    events: list[ListTrainingJobEventsEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        limit: int | str | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        offset: int | str | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        order = self.order

        start_time = self.start_time

        end_time = self.end_time

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total is not UNSET:
            field_dict["total"] = total
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if order is not UNSET:
            field_dict["order"] = order
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        total = d.pop("total", UNSET)
        if isinstance(total, bool) or not isinstance(total, (int, str, Unset)):
            deviate(src_dict, "total", TypeError("expected an integer or a string"))
            d["total"] = total
            total = UNSET

        limit = d.pop("limit", UNSET)
        if isinstance(limit, bool) or not isinstance(limit, (int, str, Unset)):
            deviate(src_dict, "limit", TypeError("expected an integer or a string"))
            d["limit"] = limit
            limit = UNSET

        offset = d.pop("offset", UNSET)
        if isinstance(offset, bool) or not isinstance(offset, (int, str, Unset)):
            deviate(src_dict, "offset", TypeError("expected an integer or a string"))
            d["offset"] = offset
            offset = UNSET

        order = d.pop("order", UNSET)
        if not isinstance(order, (str, Unset)):
            deviate(src_dict, "order", TypeError("expected a string"))
            d["order"] = order
            order = UNSET

        start_time = d.pop("start_time", UNSET)
        if not isinstance(start_time, (str, Unset)):
            deviate(src_dict, "start_time", TypeError("expected a string"))
            d["start_time"] = start_time
            start_time = UNSET

        end_time = d.pop("end_time", UNSET)
        if not isinstance(end_time, (str, Unset)):
            deviate(src_dict, "end_time", TypeError("expected a string"))
            d["end_time"] = end_time
            end_time = UNSET

        _raw_events = d.pop("events", UNSET)
        try:
            _events = _raw_events
            events: list[ListTrainingJobEventsEvent] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = ListTrainingJobEventsEvent.from_dict(events_item_data)

                    events.append(events_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "events", exc)
            d["events"] = _raw_events
            events = UNSET

        list_training_job_events_response = cls(
            total=total,
            limit=limit,
            offset=offset,
            order=order,
            start_time=start_time,
            end_time=end_time,
            events=events,
        )

        list_training_job_events_response.additional_properties = d
        return list_training_job_events_response

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


from ..models.list_training_job_events_event import ListTrainingJobEventsEvent  # noqa: E402
