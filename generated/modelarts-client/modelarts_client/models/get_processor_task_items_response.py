from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.processor_task_item import ProcessorTaskItem


T = TypeVar("T", bound="GetProcessorTaskItemsResponse")


@_attrs_define
class GetProcessorTaskItemsResponse:
    """
    Attributes:
        items (list[ProcessorTaskItem] | Unset): Algorithm type list.
        total (int | Unset): Total number.
    """

    items: list[ProcessorTaskItem] | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if items is not UNSET:
            field_dict["items"] = items
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_items = d.pop("items", UNSET)
        try:
            _items = _raw_items
            items: list[ProcessorTaskItem] | Unset = UNSET
            if _items is not UNSET:
                items = []
                for items_item_data in _items:
                    items_item = ProcessorTaskItem.from_dict(items_item_data)

                    items.append(items_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "items", exc)
            d["items"] = _raw_items
            items = UNSET

        total = d.pop("total", UNSET)
        if isinstance(total, bool) or not isinstance(total, (int, Unset)):
            deviate(src_dict, "total", TypeError("expected an integer"))
            d["total"] = total
            total = UNSET

        get_processor_task_items_response = cls(
            items=items,
            total=total,
        )

        get_processor_task_items_response.additional_properties = d
        return get_processor_task_items_response

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


from ..models.processor_task_item import ProcessorTaskItem  # noqa: E402
