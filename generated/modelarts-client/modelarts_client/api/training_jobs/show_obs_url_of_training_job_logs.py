from typing import Any

from modelarts_core.arguments import path_segment

from ...models.show_obs_url_of_training_job_logs_content_type import ShowObsUrlOfTrainingJobLogsContentType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    training_job_id: str,
    task_id: str,
    *,
    content_type: ShowObsUrlOfTrainingJobLogsContentType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_content_type: str | Unset = UNSET
    if not isinstance(content_type, Unset):
        json_content_type = content_type.value

    params["Content-Type"] = json_content_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/url".format(
            project_id=path_segment(project_id, "project_id"),
            training_job_id=path_segment(training_job_id, "training_job_id"),
            task_id=path_segment(task_id, "task_id"),
        ),
        "params": params,
    }

    return _kwargs
