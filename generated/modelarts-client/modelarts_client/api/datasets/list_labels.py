from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    version_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
        ),
        "params": params,
    }

    return _kwargs
