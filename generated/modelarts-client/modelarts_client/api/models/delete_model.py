from typing import Any

from modelarts_core.arguments import path_segment

from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    model_id: str,
    *,
    cascade: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cascade"] = cascade

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/{project_id}/models/{model_id}".format(
            project_id=path_segment(project_id, "project_id"),
            model_id=path_segment(model_id, "model_id"),
        ),
        "params": params,
    }

    return _kwargs
