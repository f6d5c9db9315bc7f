from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_processor_tasks_order import ListProcessorTasksOrder
from ...models.list_processor_tasks_sort_by import ListProcessorTasksSortBy
from ...models.list_processor_tasks_source import ListProcessorTasksSource
from ...models.list_processor_tasks_source_type import ListProcessorTasksSourceType
from ...models.list_processor_tasks_status import ListProcessorTasksStatus
from ...models.list_processor_tasks_task_type import ListProcessorTasksTaskType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    order: ListProcessorTasksOrder | Unset = UNSET,
    query_current: bool | Unset = UNSET,
    return_result: bool | Unset = UNSET,
    sort_by: ListProcessorTasksSortBy | Unset = UNSET,
    source: ListProcessorTasksSource | Unset = UNSET,
    source_type: ListProcessorTasksSourceType | Unset = UNSET,
    status: ListProcessorTasksStatus | Unset = UNSET,
    task_name: str | Unset = UNSET,
    task_type: ListProcessorTasksTaskType | Unset = UNSET,
    version_id: str | Unset = UNSET,
    workspace_id: str | Unset = "0",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["query_current"] = query_current

    params["return_result"] = return_result

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    json_source_type: str | Unset = UNSET
    if not isinstance(source_type, Unset):
        json_source_type = source_type.value

    params["source_type"] = json_source_type

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["task_name"] = task_name

    json_task_type: str | Unset = UNSET
    if not isinstance(task_type, Unset):
        json_task_type = task_type.value

    params["task_type"] = json_task_type

    params["version_id"] = version_id

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/processor-tasks".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
