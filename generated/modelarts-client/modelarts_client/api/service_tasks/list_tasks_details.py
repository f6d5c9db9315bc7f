from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_tasks_details_sort_dir import ListTasksDetailsSortDir
from ...models.list_tasks_details_sort_key import ListTasksDetailsSortKey
from ...models.list_tasks_details_state import ListTasksDetailsState
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    service_id: str,
    *,
    state: ListTasksDetailsState | Unset = UNSET,
    name_like: str | Unset = UNSET,
    id: str | Unset = UNSET,
    created_since: int | Unset = UNSET,
    created_until: int | Unset = UNSET,
    sort_dir: ListTasksDetailsSortDir | Unset = UNSET,
    sort_key: ListTasksDetailsSortKey | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    params["name_like"] = name_like

    params["id"] = id

    params["created_since"] = created_since

    params["created_until"] = created_until

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir.value

    params["sort_dir"] = json_sort_dir

    json_sort_key: str | Unset = UNSET
    if not isinstance(sort_key, Unset):
        json_sort_key = sort_key.value

    params["sort_key"] = json_sort_key

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/{service_id}/tasks".format(
            project_id=path_segment(project_id, "project_id"),
            service_id=path_segment(service_id, "service_id"),
        ),
        "params": params,
    }

    return _kwargs
