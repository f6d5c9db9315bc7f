from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_auto_annotation_samples_label_type import ListAutoAnnotationSamplesLabelType
from ...models.list_auto_annotation_samples_order import ListAutoAnnotationSamplesOrder
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    high_score: str | Unset = "1",
    label_name: str | Unset = UNSET,
    label_type: ListAutoAnnotationSamplesLabelType | Unset = UNSET,
    limit: int | Unset = 10,
    low_score: str | Unset = "0",
    offset: int | Unset = 0,
    order: ListAutoAnnotationSamplesOrder | Unset = UNSET,
    process_parameter: str | Unset = UNSET,
    search_conditions: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["high_score"] = high_score

    params["label_name"] = label_name

    json_label_type: int | Unset = UNSET
    if not isinstance(label_type, Unset):
        json_label_type = label_type.value

    params["label_type"] = json_label_type

    params["limit"] = limit

    params["low_score"] = low_score

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["process_parameter"] = process_parameter

    params["search_conditions"] = search_conditions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
        ),
        "params": params,
    }

    return _kwargs
