from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_orders_phase import ListOrdersPhase
from ...models.list_orders_resource import ListOrdersResource
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    workspace_id: str | Unset = "0",
    involved_name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    phase: ListOrdersPhase | Unset = UNSET,
    resource: ListOrdersResource | Unset = ListOrdersResource.POOLS,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    params["involvedName"] = involved_name

    params["limit"] = limit

    params["offset"] = offset

    params["since"] = since

    params["until"] = until

    json_phase: str | Unset = UNSET
    if not isinstance(phase, Unset):
        json_phase = phase.value

    params["phase"] = json_phase

    json_resource: str | Unset = UNSET
    if not isinstance(resource, Unset):
        json_resource = resource.value

    params["resource"] = json_resource

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/orders".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
