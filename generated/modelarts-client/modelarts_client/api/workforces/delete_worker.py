from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    workforce_id: str,
    worker_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}".format(
            project_id=path_segment(project_id, "project_id"),
            workforce_id=path_segment(workforce_id, "workforce_id"),
            worker_id=path_segment(worker_id, "worker_id"),
        ),
    }

    return _kwargs
