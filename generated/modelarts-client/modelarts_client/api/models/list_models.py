from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_models_model_status import ListModelsModelStatus
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    model_name: str | Unset = UNSET,
    exact_match: bool | Unset = UNSET,
    model_version: str | Unset = UNSET,
    model_status: ListModelsModelStatus | Unset = UNSET,
    description: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    model_type: str | Unset = UNSET,
    not_model_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_name"] = model_name

    params["exact_match"] = exact_match

    params["model_version"] = model_version

    json_model_status: str | Unset = UNSET
    if not isinstance(model_status, Unset):
        json_model_status = model_status.value

    params["model_status"] = json_model_status

    params["description"] = description

    params["offset"] = offset

    params["limit"] = limit

    params["sort_by"] = sort_by

    params["order"] = order

    params["workspace_id"] = workspace_id

    params["model_type"] = model_type

    params["not_model_type"] = not_model_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/models".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
