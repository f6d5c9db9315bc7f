from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_samples_label_type import ListSamplesLabelType
from ...models.list_samples_order import ListSamplesOrder
from ...models.list_samples_sample_type import ListSamplesSampleType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    email: str | Unset = UNSET,
    high_score: str | Unset = "1",
    label_name: str | Unset = UNSET,
    label_type: ListSamplesLabelType | Unset = UNSET,
    limit: int | Unset = 10,
    locale: str | Unset = UNSET,
    low_score: str | Unset = "0",
    offset: int | Unset = 0,
    order: ListSamplesOrder | Unset = UNSET,
    preview: bool | Unset = UNSET,
    process_parameter: str | Unset = UNSET,
    sample_state: str | Unset = UNSET,
    sample_type: ListSamplesSampleType | Unset = UNSET,
    search_conditions: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["high_score"] = high_score

    params["label_name"] = label_name

    json_label_type: int | Unset = UNSET
    if not isinstance(label_type, Unset):
        json_label_type = label_type.value

    params["label_type"] = json_label_type

    params["limit"] = limit

    params["locale"] = locale

    params["low_score"] = low_score

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["preview"] = preview

    params["process_parameter"] = process_parameter

    params["sample_state"] = sample_state

    json_sample_type: int | Unset = UNSET
    if not isinstance(sample_type, Unset):
        json_sample_type = sample_type.value

    params["sample_type"] = json_sample_type

    params["search_conditions"] = search_conditions

    params["version_id"] = version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
        ),
        "params": params,
    }

    return _kwargs
