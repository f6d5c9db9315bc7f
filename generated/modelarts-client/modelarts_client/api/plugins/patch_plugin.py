from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    pool_name: str,
    template_name: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/{project_id}/pools/{pool_name}/plugins/{template_name}".format(
            project_id=path_segment(project_id, "project_id"),
            pool_name=path_segment(pool_name, "pool_name"),
            template_name=path_segment(template_name, "template_name"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
