from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_workforces_order import ListWorkforcesOrder
from ...models.list_workforces_sort_by import ListWorkforcesSortBy
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    order: ListWorkforcesOrder | Unset = UNSET,
    search_content: str | Unset = UNSET,
    sort_by: ListWorkforcesSortBy | Unset = UNSET,
    workforce_task_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["search_content"] = search_content

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params["workforce_task_id"] = workforce_task_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/workforces".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
