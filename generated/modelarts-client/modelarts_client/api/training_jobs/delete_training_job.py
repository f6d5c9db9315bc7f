from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    training_job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/{project_id}/training-jobs/{training_job_id}".format(
            project_id=path_segment(project_id, "project_id"),
            training_job_id=path_segment(training_job_id, "training_job_id"),
        ),
    }

    return _kwargs
