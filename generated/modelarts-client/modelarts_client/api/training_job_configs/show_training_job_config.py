from typing import Any

from modelarts_core.arguments import path_segment

from ...models.show_training_job_config_config_type import ShowTrainingJobConfigConfigType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    config_name: str,
    *,
    config_type: ShowTrainingJobConfigConfigType | Unset = ShowTrainingJobConfigConfigType.CUSTOM,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_config_type: str | Unset = UNSET
    if not isinstance(config_type, Unset):
        json_config_type = config_type.value

    params["config_type"] = json_config_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/training-job-configs/{config_name}".format(
            project_id=path_segment(project_id, "project_id"),
            config_name=path_segment(config_name, "config_name"),
        ),
        "params": params,
    }

    return _kwargs
