from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    node_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/nodes/{node_name}/tags".format(
            project_id=path_segment(project_id, "project_id"),
            node_name=path_segment(node_name, "node_name"),
        ),
    }

    return _kwargs
