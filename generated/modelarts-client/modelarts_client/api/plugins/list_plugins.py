from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    pool_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/pools/{pool_name}/plugins".format(
            project_id=path_segment(project_id, "project_id"),
            pool_name=path_segment(pool_name, "pool_name"),
        ),
    }

    return _kwargs
