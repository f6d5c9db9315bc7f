from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_auto_search_trials_items import ShowAutoSearchTrialsItems


T = TypeVar("T", bound="ShowAutoSearchTrialsResponse")


@_attrs_define
class ShowAutoSearchTrialsResponse:
    """
    Attributes:
        total (int | Unset): Total number of trials using the hyperparameter search.
        count (int | Unset): Number of hyperparameter search trials displayed on the current page.
        limit (int | Unset): Maximum number of hyperparameter search trials displayed on the current page.
        offset (int | Unset): Current page for all trials searched using hyperparameters.
        group_by (str | Unset): Grouping mode.
        items (ShowAutoSearchTrialsItems | Unset):
    """

    total: int | Unset = UNSET
    count: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    group_by: str | Unset = UNSET
    items: ShowAutoSearchTrialsItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        count = self.count

        limit = self.limit

        offset = self.offset

        group_by = self.group_by

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

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

        group_by = d.pop("group_by", UNSET)
        if not isinstance(group_by, (str, Unset)):
            deviate(src_dict, "group_by", TypeError("expected a string"))
            d["group_by"] = group_by
            group_by = UNSET

        _raw_items = d.pop("items", UNSET)
        try:
            _items = _raw_items
            items: ShowAutoSearchTrialsItems | Unset
            if isinstance(_items, Unset):
                items = UNSET
            else:
                items = ShowAutoSearchTrialsItems.from_dict(_items)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "items", exc)
            d["items"] = _raw_items
            items = UNSET

        show_auto_search_trials_response = cls(
            total=total,
            count=count,
            limit=limit,
            offset=offset,
            group_by=group_by,
            items=items,
        )

        show_auto_search_trials_response.additional_properties = d
        return show_auto_search_trials_response

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


from ..models.show_auto_search_trials_items import ShowAutoSearchTrialsItems  # noqa: E402
