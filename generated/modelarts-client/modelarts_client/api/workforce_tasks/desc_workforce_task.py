from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    workforce_task_id: str,
    *,
    label_stats: bool | Unset = UNSET,
    sample_stats: bool | Unset = UNSET,
    workforce_stats: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["label_stats"] = label_stats

    params["sample_stats"] = sample_stats

    params["workforce_stats"] = workforce_stats

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
            workforce_task_id=path_segment(workforce_task_id, "workforce_task_id"),
        ),
        "params": params,
    }

    return _kwargs
