from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    sort_by: str | Unset = UNSET,
    order: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort_by"] = sort_by

    params["order"] = order

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/authorizations".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
