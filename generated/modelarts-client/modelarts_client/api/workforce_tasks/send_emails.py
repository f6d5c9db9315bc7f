from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    workforce_task_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
            workforce_task_id=path_segment(workforce_task_id, "workforce_task_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
