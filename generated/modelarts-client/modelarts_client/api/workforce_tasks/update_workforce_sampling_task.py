from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    workforce_task_id: str,
    *,
    locale: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["locale"] = locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/status".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
            workforce_task_id=path_segment(workforce_task_id, "workforce_task_id"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
