from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    pool_name: str,
    *,
    request_type: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(request_type, Unset):
        headers["request-type"] = request_type

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/{project_id}/pools/{pool_name}".format(
            project_id=path_segment(project_id, "project_id"),
            pool_name=path_segment(pool_name, "pool_name"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
