from typing import Any

from modelarts_core.arguments import path_segment

from ...models.delete_label_and_samples_label_type import DeleteLabelAndSamplesLabelType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    label_name: str,
    *,
    delete_source: bool | Unset = UNSET,
    label_type: DeleteLabelAndSamplesLabelType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["delete_source"] = delete_source

    json_label_type: int | Unset = UNSET
    if not isinstance(label_type, Unset):
        json_label_type = label_type.value

    params["label_type"] = json_label_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
            label_name=path_segment(label_name, "label_name"),
        ),
        "params": params,
    }

    return _kwargs
