from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    service_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/{service_id}".format(
            project_id=path_segment(project_id, "project_id"),
            service_id=path_segment(service_id, "service_id"),
        ),
    }

    return _kwargs
