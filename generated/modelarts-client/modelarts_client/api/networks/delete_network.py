from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    network_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/{project_id}/networks/{network_name}".format(
            project_id=path_segment(project_id, "project_id"),
            network_name=path_segment(network_name, "network_name"),
        ),
    }

    return _kwargs
