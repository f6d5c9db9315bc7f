from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    per_page: str | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order: str | Unset = UNSET,
    search_content: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["sortBy"] = sort_by

    params["order"] = order

    params["search_content"] = search_content

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/training-job-configs".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
