from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter


T = TypeVar("T", bound="ListTrainingJobsRequest")


@_attrs_define
class ListTrainingJobsRequest:
    """
    Attributes:
        offset (int | Unset): Number of pages for querying jobs. The minimum value is **0**. For example, if this
            parameter is set to **0**, the query starts from the first page.
        limit (int | Unset): Number of records on each page for querying jobs. The value ranges from **1** to **50**.
        sort_by (str | Unset): Metric for sorting jobs to be queried. **create_time** is used by default for sorting.
        order (str | Unset): Order of queried jobs. The default value is **desc**, indicating the descending order. You
            can also set this parameter to **asc**, indicating the ascending order. Default: 'desc'.
        group_by (str | Unset): Condition for grouping the jobs to be queried.
        filters (list[Filter] | Unset): Filters for querying jobs.
    """

    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    sort_by: str | Unset = UNSET
    order: str | Unset = "desc"
    group_by: str | Unset = UNSET
    filters: list[Filter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        sort_by = self.sort_by

        order = self.order

        group_by = self.group_by

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if order is not UNSET:
            field_dict["order"] = order
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        offset = d.pop("offset", UNSET)
        if isinstance(offset, bool) or not isinstance(offset, (int, Unset)):
            deviate(src_dict, "offset", TypeError("expected an integer"))
            d["offset"] = offset
            offset = UNSET

        limit = d.pop("limit", UNSET)
        if isinstance(limit, bool) or not isinstance(limit, (int, Unset)):
            deviate(src_dict, "limit", TypeError("expected an integer"))
            d["limit"] = limit
            limit = UNSET

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

        _raw_filters = d.pop("filters", UNSET)
        try:
            _filters = _raw_filters
            filters: list[Filter] | Unset = UNSET
            if _filters is not UNSET:
                filters = []
                for filters_item_data in _filters:
                    filters_item = Filter.from_dict(filters_item_data)

                    filters.append(filters_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "filters", exc)
            d["filters"] = _raw_filters
            filters = UNSET

        list_training_jobs_request = cls(
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
            group_by=group_by,
            filters=filters,
        )

        list_training_jobs_request.additional_properties = d
        return list_training_jobs_request

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


from ..models.filter_ import Filter  # noqa: E402
