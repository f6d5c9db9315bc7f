from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    virtualresourcetemplate_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/virtualresourcetemplates/{virtualresourcetemplate_name}".format(
            project_id=path_segment(project_id, "project_id"),
            virtualresourcetemplate_name=path_segment(virtualresourcetemplate_name, "virtualresourcetemplate_name"),
        ),
    }

    return _kwargs
