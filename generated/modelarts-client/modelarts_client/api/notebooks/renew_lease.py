from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    duration: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["duration"] = duration

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/{project_id}/notebooks/{id}/lease".format(
            project_id=path_segment(project_id, "project_id"),
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
