from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    training_job_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = 50,
    order: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    level: str | Unset = UNSET,
    pattern: str | Unset = UNSET,
    source: str | Unset = UNSET,
    x_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_language, Unset):
        headers["X-Language"] = x_language

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["order"] = order

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["level"] = level

    params["pattern"] = pattern

    params["source"] = source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-jobs/{training_job_id}/events".format(
            project_id=path_segment(project_id, "project_id"),
            training_job_id=path_segment(training_job_id, "training_job_id"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
