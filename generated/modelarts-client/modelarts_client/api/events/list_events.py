from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_events_resource import ListEventsResource
from ...models.list_events_type import ListEventsType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    resource: ListEventsResource,
    name: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    type_: ListEventsType | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    ascend: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource = resource.value
    params["resource"] = json_resource

    params["name"] = name

    params["limit"] = limit

    params["offset"] = offset

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["since"] = since

    params["until"] = until

    params["ascend"] = ascend

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/events".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
