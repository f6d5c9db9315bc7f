from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_flavors_category import ListFlavorsCategory
from ...models.list_flavors_sort_dir import ListFlavorsSortDir
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    category: ListFlavorsCategory | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
    type_: str | Unset = UNSET,
    sort_dir: ListFlavorsSortDir | Unset = ListFlavorsSortDir.DESC,
    sort_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params["limit"] = limit

    params["offset"] = offset

    params["type"] = type_

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir.value

    params["sort_dir"] = json_sort_dir

    params["sort_key"] = sort_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/notebooks/flavors".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs
