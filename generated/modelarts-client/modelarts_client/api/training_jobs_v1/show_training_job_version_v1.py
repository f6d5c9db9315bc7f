from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    job_id: int,
    version_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}".format(
            project_id=path_segment(project_id, "project_id"),
            job_id=path_segment(job_id, "job_id"),
            version_id=path_segment(version_id, "version_id"),
        ),
    }

    return _kwargs
