from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.event_status import EventStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_events_item import EventEventsItem


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        create_time (int | Unset): Event creation time
        description (str | Unset): Description
        elapsed_time (int | Unset): Event execution time
        error_code (str | Unset): Error code
        error_message (str | Unset): Error message
        events (list[EventEventsItem] | Unset): List of sub-events
        level (int | Unset): Event severity
        name (str | Unset): Event name
        ordinal (int | Unset): Sequence number
        parent_name (str | Unset): Parent event name
        status (EventStatus | Unset): Status. Options: - **waiting**: The event is waiting. - **running**: The event is
            running. - **failed**: The event is failed. - **success**: The subtask is successfully executed.
    """

    create_time: int | Unset = UNSET
    description: str | Unset = UNSET
    elapsed_time: int | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    events: list[EventEventsItem] | Unset = UNSET
    level: int | Unset = UNSET
    name: str | Unset = UNSET
    ordinal: int | Unset = UNSET
    parent_name: str | Unset = UNSET
    status: EventStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        description = self.description

        elapsed_time = self.elapsed_time

        error_code = self.error_code

        error_message = self.error_message

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        level = self.level

        name = self.name

        ordinal = self.ordinal

        parent_name = self.parent_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if description is not UNSET:
            field_dict["description"] = description
        if elapsed_time is not UNSET:
            field_dict["elapsed_time"] = elapsed_time
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if events is not UNSET:
            field_dict["events"] = events
        if level is not UNSET:
            field_dict["level"] = level
        if name is not UNSET:
            field_dict["name"] = name
        if ordinal is not UNSET:
            field_dict["ordinal"] = ordinal
        if parent_name is not UNSET:
            field_dict["parent_name"] = parent_name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        elapsed_time = d.pop("elapsed_time", UNSET)
        if isinstance(elapsed_time, bool) or not isinstance(elapsed_time, (int, Unset)):
            deviate(src_dict, "elapsed_time", TypeError("expected an integer"))
            d["elapsed_time"] = elapsed_time
            elapsed_time = UNSET

        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        error_message = d.pop("error_message", UNSET)
        if not isinstance(error_message, (str, Unset)):
            deviate(src_dict, "error_message", TypeError("expected a string"))
            d["error_message"] = error_message
            error_message = UNSET

        _raw_events = d.pop("events", UNSET)
        try:
            _events = _raw_events
            events: list[EventEventsItem] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = EventEventsItem.from_dict(events_item_data)

                    events.append(events_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "events", exc)
            d["events"] = _raw_events
            events = UNSET

        level = d.pop("level", UNSET)
        if isinstance(level, bool) or not isinstance(level, (int, Unset)):
            deviate(src_dict, "level", TypeError("expected an integer"))
            d["level"] = level
            level = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        ordinal = d.pop("ordinal", UNSET)
        if isinstance(ordinal, bool) or not isinstance(ordinal, (int, Unset)):
            deviate(src_dict, "ordinal", TypeError("expected an integer"))
            d["ordinal"] = ordinal
            ordinal = UNSET

        parent_name = d.pop("parent_name", UNSET)
        if not isinstance(parent_name, (str, Unset)):
            deviate(src_dict, "parent_name", TypeError("expected a string"))
            d["parent_name"] = parent_name
            parent_name = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: EventStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(EventStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        event = cls(
            create_time=create_time,
            description=description,
            elapsed_time=elapsed_time,
            error_code=error_code,
            error_message=error_message,
            events=events,
            level=level,
            name=name,
            ordinal=ordinal,
            parent_name=parent_name,
            status=status,
        )

        event.additional_properties = d
        return event

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


from ..models.event_events_item import EventEventsItem  # noqa: E402
