from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    service_id: str,
    *,
    node_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["node_id"] = node_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/{service_id}/monitor".format(
            project_id=path_segment(project_id, "project_id"),
            service_id=path_segment(service_id, "service_id"),
        ),
        "params": params,
    }

    return _kwargs
