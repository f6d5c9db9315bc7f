from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_response import JobResponse


T = TypeVar("T", bound="ListTrainingJobsResponse")


@_attrs_define
class ListTrainingJobsResponse:
    """
    Attributes:
        total (int | Unset): Total number of queried jobs of the current user.
        count (int | Unset): Total number of jobs that meet the search criteria of the current user.
        limit (int | Unset): Number of records on each page for querying jobs. The value ranges from **1** to **50**.
        offset (int | Unset): Number of pages for querying jobs. The minimum value is **0**. For example, if this
            parameter is set to **0**, the query starts from the first page.
        sort_by (str | Unset): Metric for sorting jobs to be queried. **create_time** is used by default for sorting.
        order (str | Unset): Order of queried jobs. The default value is **desc**, indicating the descending order. You
            can also set this parameter to **asc**, indicating the ascending order. Default: 'desc'.
        group_by (str | Unset): Condition for grouping the jobs to be queried.
        workspace_id (str | Unset): Workspace where a job is located. The default value is **0**. Default: '0'.
        ai_project (str | Unset): AI project to which a job belongs. The default value is **default-ai-project**.
            Default: 'default-ai-project'.
        items (list[JobResponse] | Unset): Jobs that meet the search criteria of the current user.
    """

    total: int | Unset = UNSET
    count: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sort_by: str | Unset = UNSET
    order: str | Unset = "desc"
    group_by: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    ai_project: str | Unset = "default-ai-project"
    items: list[JobResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        count = self.count

        limit = self.limit

        offset = self.offset

        sort_by = self.sort_by

        order = self.order

        group_by = self.group_by

        workspace_id = self.workspace_id

        ai_project = self.ai_project

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total is not UNSET:
            field_dict["total"] = total
        if count is not UNSET:
            field_dict["count"] = count
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if order is not UNSET:
            field_dict["order"] = order
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if ai_project is not UNSET:
            field_dict["ai_project"] = ai_project
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        total = d.pop("total", UNSET)
        if isinstance(total, bool) or not isinstance(total, (int, Unset)):
            deviate(src_dict, "total", TypeError("expected an integer"))
            d["total"] = total
            total = UNSET

        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

        limit = d.pop("limit", UNSET)
        if isinstance(limit, bool) or not isinstance(limit, (int, Unset)):
            deviate(src_dict, "limit", TypeError("expected an integer"))
            d["limit"] = limit
            limit = UNSET

        offset = d.pop("offset", UNSET)
        if isinstance(offset, bool) or not isinstance(offset, (int, Unset)):
            deviate(src_dict, "offset", TypeError("expected an integer"))
            d["offset"] = offset
            offset = UNSET

        sort_by = d.pop("sort_by", UNSET)
        if not isinstance(sort_by, (str, Unset)):
            deviate(src_dict, "sort_by", TypeError("expected a string"))
            d["sort_by"] = sort_by
            sort_by = UNSET

        order = d.pop("order", UNSET)
        if not isinstance(order, (str, Unset)):
            deviate(src_dict, "order", TypeError("expected a string"))
            d["order"] = order
            order = UNSET

        group_by = d.pop("group_by", UNSET)
        if not isinstance(group_by, (str, Unset)):
            deviate(src_dict, "group_by", TypeError("expected a string"))
            d["group_by"] = group_by
            group_by = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        ai_project = d.pop("ai_project", UNSET)
        if not isinstance(ai_project, (str, Unset)):
            deviate(src_dict, "ai_project", TypeError("expected a string"))
            d["ai_project"] = ai_project
            ai_project = UNSET

        _raw_items = d.pop("items", UNSET)
        try:
            _items = _raw_items
            items: list[JobResponse] | Unset = UNSET
            if _items is not UNSET:
                items = []
                for items_item_data in _items:
                    items_item = JobResponse.from_dict(items_item_data)

                    items.append(items_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "items", exc)
            d["items"] = _raw_items
            items = UNSET

        list_training_jobs_response = cls(
            total=total,
            count=count,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            order=order,
            group_by=group_by,
            workspace_id=workspace_id,
            ai_project=ai_project,
            items=items,
        )

        list_training_jobs_response.additional_properties = d
        return list_training_jobs_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.job_response import JobResponse  # noqa: E402
