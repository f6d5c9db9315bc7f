from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/notebooks/{id}/stop".format(
            project_id=path_segment(project_id, "project_id"),
            id=path_segment(id, "id"),
        ),
    }

    return _kwargs
