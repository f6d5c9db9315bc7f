from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    config_name: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/{project_id}/training-job-configs/{config_name}".format(
            project_id=path_segment(project_id, "project_id"),
            config_name=path_segment(config_name, "config_name"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
