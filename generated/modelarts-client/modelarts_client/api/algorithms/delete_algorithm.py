from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    algorithm_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/{project_id}/algorithms/{algorithm_id}".format(
            project_id=path_segment(project_id, "project_id"),
            algorithm_id=path_segment(algorithm_id, "algorithm_id"),
        ),
    }

    return _kwargs
