from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_training_job_configs_config_type import ListTrainingJobConfigsConfigType
from ...models.list_training_job_configs_order import ListTrainingJobConfigsOrder
from ...models.list_training_job_configs_sort_by import ListTrainingJobConfigsSortBy
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListTrainingJobConfigsSortBy | Unset = ListTrainingJobConfigsSortBy.CONFIG_NAME,
    order: ListTrainingJobConfigsOrder | Unset = ListTrainingJobConfigsOrder.DESC,
    search_content: str | Unset = UNSET,
    config_type: ListTrainingJobConfigsConfigType | Unset = ListTrainingJobConfigsConfigType.CUSTOM,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["search_content"] = search_content

    json_config_type: str | Unset = UNSET
    if not isinstance(config_type, Unset):
        json_config_type = config_type.value

    params["config_type"] = json_config_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/training-job-configs".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
