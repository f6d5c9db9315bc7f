from typing import Any

from modelarts_core.arguments import path_segment

from ...models.get_export_tasks_status_of_dataset_export_type import GetExportTasksStatusOfDatasetExportType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    export_type: GetExportTasksStatusOfDatasetExportType | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_export_type: int | Unset = UNSET
    if not isinstance(export_type, Unset):
        json_export_type = export_type.value

    params["export_type"] = json_export_type

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/export-tasks".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
        ),
        "params": params,
    }

    return _kwargs
