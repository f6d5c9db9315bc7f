from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    pool_name: str,
    template_name: str,
    *,
    detail: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["detail"] = detail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/pools/{pool_name}/plugins/{template_name}".format(
            project_id=path_segment(project_id, "project_id"),
            pool_name=path_segment(pool_name, "pool_name"),
            template_name=path_segment(template_name, "template_name"),
        ),
        "params": params,
    }

    return _kwargs
