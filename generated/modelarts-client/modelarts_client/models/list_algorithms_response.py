from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_response import AlgorithmResponse


T = TypeVar("T", bound="ListAlgorithmsResponse")


@_attrs_define
class ListAlgorithmsResponse:
    """
    Attributes:
        total (int | Unset): Total number of queried algorithms of the current user.
        count (int | Unset): Total number of algorithms that meet the search criteria of the current user.
        limit (int | Unset): Maximum number of queried algorithms of the current user.
        offset (int | Unset): Offset of all algorithm queries of the current user.
        sort_by (str | Unset): Fields used to sort queried algorithms of the current user.
        order (str | Unset): Order of queried algorithms of the current user. The default value is **desc**, indicating
            the descending order. You can also set this parameter to **asc**, indicating the ascending order. Default:
            'desc'.
        group_by (str | Unset): Grouping mode of queried algorithms of the current user.
        items (list[AlgorithmResponse] | Unset): Details about all algorithms that meet the search criteria of the
            current user.
    """

    total: int | Unset = UNSET
    count: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sort_by: str | Unset = UNSET
    order: str | Unset = "desc"
    group_by: str | Unset = UNSET
    items: list[AlgorithmResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        count = self.count

        limit = self.limit

        offset = self.offset

        sort_by = self.sort_by

        order = self.order

        group_by = self.group_by

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

        _raw_items = d.pop("items", UNSET)
        try:
            _items = _raw_items
            items: list[AlgorithmResponse] | Unset = UNSET
            if _items is not UNSET:
                items = []
                for items_item_data in _items:
                    items_item = AlgorithmResponse.from_dict(items_item_data)

                    items.append(items_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "items", exc)
            d["items"] = _raw_items
            items = UNSET

        list_algorithms_response = cls(
            total=total,
            count=count,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            order=order,
            group_by=group_by,
            items=items,
        )

        list_algorithms_response.additional_properties = d
        return list_algorithms_response

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


from ..models.algorithm_response import AlgorithmResponse  # noqa: E402
