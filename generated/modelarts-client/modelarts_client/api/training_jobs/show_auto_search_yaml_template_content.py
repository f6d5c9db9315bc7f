from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    algorithm_type: str,
    algorithm_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-jobs/autosearch/yaml-templates/{algorithm_type}/{algorithm_name}".format(
            project_id=path_segment(project_id, "project_id"),
            algorithm_type=path_segment(algorithm_type, "algorithm_type"),
            algorithm_name=path_segment(algorithm_name, "algorithm_name"),
        ),
    }

    return _kwargs
