from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    resource_id: str,
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{resource_id}/export-tasks/{task_id}".format(
            project_id=path_segment(project_id, "project_id"),
            resource_id=path_segment(resource_id, "resource_id"),
            task_id=path_segment(task_id, "task_id"),
        ),
    }

    return _kwargs
