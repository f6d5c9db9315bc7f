from typing import Any

from modelarts_core.arguments import path_segment

from ...models.desc_dataset_running_task_type import DescDatasetRunningTaskType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    check_running_task: bool | Unset = UNSET,
    running_task_type: DescDatasetRunningTaskType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["check_running_task"] = check_running_task

    json_running_task_type: int | Unset = UNSET
    if not isinstance(running_task_type, Unset):
        json_running_task_type = running_task_type.value

    params["running_task_type"] = json_running_task_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
        ),
        "params": params,
    }

    return _kwargs
