from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    workforce_task_id: str,
    sample_id: str,
    *,
    locale: str | Unset = UNSET,
    sample_state: str | Unset = UNSET,
    worker_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locale"] = locale

    params["sample_state"] = sample_state

    params["worker_id"] = worker_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples/{sample_id}".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
            workforce_task_id=path_segment(workforce_task_id, "workforce_task_id"),
            sample_id=path_segment(sample_id, "sample_id"),
        ),
        "params": params,
    }

    return _kwargs
