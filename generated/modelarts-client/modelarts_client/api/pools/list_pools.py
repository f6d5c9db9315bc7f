from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_pools_status import ListPoolsStatus
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    workspace_id: str | Unset = "0",
    label_selector: str | Unset = UNSET,
    status: ListPoolsStatus | Unset = UNSET,
    parent: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    params["labelSelector"] = label_selector

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["parent"] = parent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/pools".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
