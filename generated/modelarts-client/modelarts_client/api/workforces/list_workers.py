from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_workers_order import ListWorkersOrder
from ...models.list_workers_sort_by import ListWorkersSortBy
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    workforce_id: str,
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    order: ListWorkersOrder | Unset = UNSET,
    sort_by: ListWorkersSortBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/workforces/{workforce_id}/workers".format(
            project_id=path_segment(project_id, "project_id"),
            workforce_id=path_segment(workforce_id, "workforce_id"),
        ),
        "params": params,
    }

    return _kwargs
