from typing import Any

from modelarts_core.arguments import path_segment

from ...models.show_service_events_event_type import ShowServiceEventsEventType
from ...models.show_service_events_order import ShowServiceEventsOrder
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    service_id: str,
    *,
    event_type: ShowServiceEventsEventType | Unset = UNSET,
    event_info: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: str | Unset = "occur_time",
    order: ShowServiceEventsOrder | Unset = ShowServiceEventsOrder.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_event_type: str | Unset = UNSET
    if not isinstance(event_type, Unset):
        json_event_type = event_type.value

    params["event_type"] = json_event_type

    params["event_info"] = event_info

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["offset"] = offset

    params["limit"] = limit

    params["sort_by"] = sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/{service_id}/events".format(
            project_id=path_segment(project_id, "project_id"),
            service_id=path_segment(service_id, "service_id"),
        ),
        "params": params,
    }

    return _kwargs
