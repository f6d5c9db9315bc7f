from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_dataset_versions_status import ListDatasetVersionsStatus
from ...models.list_dataset_versions_version_format import ListDatasetVersionsVersionFormat
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    status: ListDatasetVersionsStatus | Unset = UNSET,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetVersionsVersionFormat | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["train_evaluate_ratio"] = train_evaluate_ratio

    json_version_format: int | Unset = UNSET
    if not isinstance(version_format, Unset):
        json_version_format = version_format.value

    params["version_format"] = json_version_format

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/versions".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
        ),
        "params": params,
    }

    return _kwargs
