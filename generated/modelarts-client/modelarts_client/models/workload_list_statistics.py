from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workload_statistics import WorkloadStatistics


T = TypeVar("T", bound="WorkloadListStatistics")


@_attrs_define
class WorkloadListStatistics:
    """
    Attributes:
        total (int | Unset): Number of statistics lists.
        items (list[WorkloadStatistics] | Unset): Statistics of different job types.
    """

    total: int | Unset = UNSET
    items: list[WorkloadStatistics] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

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

        _raw_items = d.pop("items", UNSET)
        try:
            _items = _raw_items
            items: list[WorkloadStatistics] | Unset = UNSET
            if _items is not UNSET:
                items = []
                for items_item_data in _items:
                    items_item = WorkloadStatistics.from_dict(items_item_data)

                    items.append(items_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "items", exc)
            d["items"] = _raw_items
            items = UNSET

        workload_list_statistics = cls(
            total=total,
            items=items,
        )

        workload_list_statistics.additional_properties = d
        return workload_list_statistics

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


from ..models.workload_statistics import WorkloadStatistics  # noqa: E402
