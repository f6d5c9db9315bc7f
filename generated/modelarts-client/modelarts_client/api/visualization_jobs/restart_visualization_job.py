from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/visualization-jobs/{job_id}/restart".format(
            project_id=path_segment(project_id, "project_id"),
            job_id=path_segment(job_id, "job_id"),
        ),
    }

    return _kwargs
