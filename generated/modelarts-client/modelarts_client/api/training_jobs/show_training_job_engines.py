from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-job-engines".format(
            project_id=path_segment(project_id, "project_id"),
        ),
    }

    return _kwargs
