from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    job_id: int,
    version_id: int,
    *,
    base_line: str | Unset = UNSET,
    lines: int | Unset = UNSET,
    log_file: str,
    order: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["base_line"] = base_line

    params["lines"] = lines

    params["log_file"] = log_file

    params["order"] = order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/aom-log".format(
            project_id=path_segment(project_id, "project_id"),
            job_id=path_segment(job_id, "job_id"),
            version_id=path_segment(version_id, "version_id"),
        ),
        "params": params,
    }

    return _kwargs
