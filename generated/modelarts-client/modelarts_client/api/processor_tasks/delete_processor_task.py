from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/{project_id}/processor-tasks/{task_id}".format(
            project_id=path_segment(project_id, "project_id"),
            task_id=path_segment(task_id, "task_id"),
        ),
    }

    return _kwargs
