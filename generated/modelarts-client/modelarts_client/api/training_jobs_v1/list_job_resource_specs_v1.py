from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_job_resource_specs_v1_job_type import ListJobResourceSpecsV1JobType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    job_type: ListJobResourceSpecsV1JobType | Unset = UNSET,
    engine_id: int | Unset = UNSET,
    project_type: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_job_type: str | Unset = UNSET
    if not isinstance(job_type, Unset):
        json_job_type = job_type.value

    params["job_type"] = json_job_type

    params["engine_id"] = engine_id

    params["project_type"] = project_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/job/resource-specs".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
