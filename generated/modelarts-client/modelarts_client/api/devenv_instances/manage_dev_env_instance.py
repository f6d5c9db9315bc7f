from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    instance_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/demanager/instances/{instance_id}/action".format(
            project_id=path_segment(project_id, "project_id"),
            instance_id=path_segment(instance_id, "instance_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
