from typing import Any

from modelarts_core.arguments import path_segment

from ...models.show_training_job_flavors_flavor_type import ShowTrainingJobFlavorsFlavorType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    flavor_type: ShowTrainingJobFlavorsFlavorType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_flavor_type: str | Unset = UNSET
    if not isinstance(flavor_type, Unset):
        json_flavor_type = flavor_type.value

    params["flavor_type"] = json_flavor_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-job-flavors".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
