from typing import Any

from modelarts_core.arguments import path_segment

from ...models.show_service_specifications_infer_type import ShowServiceSpecificationsInferType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    is_personal_cluster: bool | Unset = False,
    infer_type: ShowServiceSpecificationsInferType | Unset = ShowServiceSpecificationsInferType.REAL_TIME,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_personal_cluster"] = is_personal_cluster

    json_infer_type: str | Unset = UNSET
    if not isinstance(infer_type, Unset):
        json_infer_type = infer_type.value

    params["infer_type"] = json_infer_type

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/specifications".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
