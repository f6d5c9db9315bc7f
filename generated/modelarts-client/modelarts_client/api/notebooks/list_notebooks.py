from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_notebooks_sort_dir import ListNotebooksSortDir
from ...models.list_notebooks_status import ListNotebooksStatus
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    feature: str | Unset = "NOTEBOOK",
    limit: int | Unset = 10,
    name: str | Unset = UNSET,
    pool_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    owner: str | Unset = UNSET,
    sort_dir: ListNotebooksSortDir | Unset = ListNotebooksSortDir.DESC,
    sort_key: str | Unset = UNSET,
    status: ListNotebooksStatus | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["feature"] = feature

    params["limit"] = limit

    params["name"] = name

    params["pool_id"] = pool_id

    params["offset"] = offset

    params["owner"] = owner

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir.value

    params["sort_dir"] = json_sort_dir

    params["sort_key"] = sort_key

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["workspaceId"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/notebooks".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
