from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_worker_tasks_order import ListWorkerTasksOrder
from ...models.list_worker_tasks_sort_by import ListWorkerTasksSortBy
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    order: ListWorkerTasksOrder | Unset = UNSET,
    search_content: str | Unset = UNSET,
    sort_by: ListWorkerTasksSortBy | Unset = UNSET,
    file_preview: str | Unset = UNSET,
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

    params["filePreview"] = file_preview

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/workforces/worker-tasks".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
