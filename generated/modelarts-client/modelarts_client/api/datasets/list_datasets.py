from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_datasets_dataset_type import ListDatasetsDatasetType
from ...models.list_datasets_dataset_version import ListDatasetsDatasetVersion
from ...models.list_datasets_order import ListDatasetsOrder
from ...models.list_datasets_running_task_type import ListDatasetsRunningTaskType
from ...models.list_datasets_sort_by import ListDatasetsSortBy
from ...models.list_datasets_version_format import ListDatasetsVersionFormat
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    check_running_task: bool | Unset = UNSET,
    contain_versions: bool | Unset = UNSET,
    dataset_type: ListDatasetsDatasetType | Unset = UNSET,
    file_preview: bool | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    order: ListDatasetsOrder | Unset = UNSET,
    running_task_type: ListDatasetsRunningTaskType | Unset = UNSET,
    search_content: str | Unset = UNSET,
    sort_by: ListDatasetsSortBy | Unset = UNSET,
    support_export: bool | Unset = UNSET,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetsVersionFormat | Unset = UNSET,
    with_labels: bool | Unset = UNSET,
    workspace_id: str | Unset = "0",
    dataset_version: ListDatasetsDatasetVersion | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["check_running_task"] = check_running_task

    params["contain_versions"] = contain_versions

    json_dataset_type: int | Unset = UNSET
    if not isinstance(dataset_type, Unset):
        json_dataset_type = dataset_type.value

    params["dataset_type"] = json_dataset_type

    params["file_preview"] = file_preview

    params["limit"] = limit

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_running_task_type: int | Unset = UNSET
    if not isinstance(running_task_type, Unset):
        json_running_task_type = running_task_type.value

    params["running_task_type"] = json_running_task_type

    params["search_content"] = search_content

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params["support_export"] = support_export

    params["train_evaluate_ratio"] = train_evaluate_ratio

    json_version_format: int | Unset = UNSET
    if not isinstance(version_format, Unset):
        json_version_format = version_format.value

    params["version_format"] = json_version_format

    params["with_labels"] = with_labels

    params["workspace_id"] = workspace_id

    json_dataset_version: str | Unset = UNSET
    if not isinstance(dataset_version, Unset):
        json_dataset_version = dataset_version.value

    params["dataset_version"] = json_dataset_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
