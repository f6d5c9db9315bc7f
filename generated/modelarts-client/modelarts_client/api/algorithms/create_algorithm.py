from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/algorithms".format(
            project_id=path_segment(project_id, "project_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
