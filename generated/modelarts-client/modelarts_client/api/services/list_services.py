from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_services_infer_type import ListServicesInferType
from ...models.list_services_status import ListServicesStatus
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    service_id: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    infer_type: ListServicesInferType | Unset = UNSET,
    status: ListServicesStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["service_id"] = service_id

    params["service_name"] = service_name

    params["model_id"] = model_id

    params["workspace_id"] = workspace_id

    json_infer_type: str | Unset = UNSET
    if not isinstance(infer_type, Unset):
        json_infer_type = infer_type.value

    params["infer_type"] = json_infer_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["offset"] = offset

    params["limit"] = limit

    params["sort_by"] = sort_by

    params["order"] = order

    params["tags"] = tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
