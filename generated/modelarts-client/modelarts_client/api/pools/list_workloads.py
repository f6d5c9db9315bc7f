from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_workloads_sort import ListWorkloadsSort
from ...models.list_workloads_status import ListWorkloadsStatus
from ...models.list_workloads_type import ListWorkloadsType
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    pool_name: str,
    *,
    type_: ListWorkloadsType | Unset = UNSET,
    status: ListWorkloadsStatus | Unset = UNSET,
    sort: ListWorkloadsSort | Unset = UNSET,
    ascend: bool | Unset = UNSET,
    offset: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["ascend"] = ascend

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/pools/{pool_name}/workloads".format(
            project_id=path_segment(project_id, "project_id"),
            pool_name=path_segment(pool_name, "pool_name"),
        ),
        "params": params,
    }

    return _kwargs
