from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_workforce_task_samples_label_type import ListWorkforceTaskSamplesLabelType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    workforce_task_id: str,
    *,
    label_name: str | Unset = UNSET,
    label_type: ListWorkforceTaskSamplesLabelType | Unset = UNSET,
    limit: int | Unset = 10,
    locale: str | Unset = UNSET,
    offset: int | Unset = 0,
    process_parameter: str | Unset = UNSET,
    sample_state: str | Unset = UNSET,
    search_conditions: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["label_name"] = label_name

    json_label_type: int | Unset = UNSET
    if not isinstance(label_type, Unset):
        json_label_type = label_type.value

    params["label_type"] = json_label_type

    params["limit"] = limit

    params["locale"] = locale

    params["offset"] = offset

    params["process_parameter"] = process_parameter

    params["sample_state"] = sample_state

    params["search_conditions"] = search_conditions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
            workforce_task_id=path_segment(workforce_task_id, "workforce_task_id"),
        ),
        "params": params,
    }

    return _kwargs
