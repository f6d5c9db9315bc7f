from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_processor_task_versions_order import ListProcessorTaskVersionsOrder
from ...models.list_processor_task_versions_sort_by import ListProcessorTaskVersionsSortBy
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    task_id: str,
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: ListProcessorTaskVersionsOrder | Unset = UNSET,
    sort_by: ListProcessorTaskVersionsSortBy | Unset = UNSET,
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
        "url": "/v2/{project_id}/processor-tasks/{task_id}/versions".format(
            project_id=path_segment(project_id, "project_id"),
            task_id=path_segment(task_id, "task_id"),
        ),
        "params": params,
    }

    return _kwargs
