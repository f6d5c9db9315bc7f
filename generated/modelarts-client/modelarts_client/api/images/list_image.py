from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_image_service_type import ListImageServiceType
from ...models.list_image_sort_dir import ListImageSortDir
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    limit: int | Unset = 200,
    name: str | Unset = UNSET,
    name_fuzzy_match: bool | Unset = True,
    namespace: str | Unset = UNSET,
    offset: int | Unset = 0,
    service_type: ListImageServiceType | Unset = UNSET,
    sort_dir: ListImageSortDir | Unset = ListImageSortDir.DESC,
    sort_key: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["name"] = name

    params["name_fuzzy_match"] = name_fuzzy_match

    params["namespace"] = namespace

    params["offset"] = offset

    json_service_type: str | Unset = UNSET
    if not isinstance(service_type, Unset):
        json_service_type = service_type.value

    params["service_type"] = json_service_type

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir.value

    params["sort_dir"] = json_sort_dir

    params["sort_key"] = sort_key

    params["type"] = type_

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/images".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
