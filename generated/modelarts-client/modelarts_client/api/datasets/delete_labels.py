from typing import Any

from modelarts_core.arguments import path_segment

from ...models.delete_labels_delete_policy import DeleteLabelsDeletePolicy
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    delete_policy: DeleteLabelsDeletePolicy | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_delete_policy: int | Unset = UNSET
    if not isinstance(delete_policy, Unset):
        json_delete_policy = delete_policy.value

    params["delete_policy"] = json_delete_policy

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/delete".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
