from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_visualization_jobs_order import ListVisualizationJobsOrder
from ...models.list_visualization_jobs_sort_by import ListVisualizationJobsSortBy
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    status: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort_by: ListVisualizationJobsSortBy | Unset = UNSET,
    order: ListVisualizationJobsOrder | Unset = UNSET,
    search_content: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["per_page"] = per_page

    params["page"] = page

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["search_content"] = search_content

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/visualization-jobs".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
