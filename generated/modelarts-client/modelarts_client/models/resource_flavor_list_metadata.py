from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceFlavorListMetadata")


@_attrs_define
class ResourceFlavorListMetadata:
    """
    Attributes:
        continue_ (str | Unset): Next query position in pagination query.
        remaining_item_count (int | Unset): Remaining resources.
    """

    continue_: str | Unset = UNSET
    remaining_item_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        continue_ = self.continue_

        remaining_item_count = self.remaining_item_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if continue_ is not UNSET:
            field_dict["continue"] = continue_
        if remaining_item_count is not UNSET:
            field_dict["remainingItemCount"] = remaining_item_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        continue_ = d.pop("continue", UNSET)
        if not isinstance(continue_, (str, Unset)):
            deviate(src_dict, "continue", TypeError("expected a string"))
            d["continue"] = continue_
            continue_ = UNSET

        remaining_item_count = d.pop("remainingItemCount", UNSET)
        if isinstance(remaining_item_count, bool) or not isinstance(remaining_item_count, (int, Unset)):
            deviate(src_dict, "remainingItemCount", TypeError("expected an integer"))
            d["remainingItemCount"] = remaining_item_count
            remaining_item_count = UNSET

        resource_flavor_list_metadata = cls(
            continue_=continue_,
            remaining_item_count=remaining_item_count,
        )

        resource_flavor_list_metadata.additional_properties = d
        return resource_flavor_list_metadata

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
