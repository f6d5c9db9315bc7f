from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="HardDetail")


@_attrs_define
class HardDetail:
    """
    Attributes:
        alo_name (str | Unset): Alias
        id (int | Unset): Reason ID
        reason (str | Unset): Reason description
        suggestion (str | Unset): Handling suggestion
    """

    alo_name: str | Unset = UNSET
    id: int | Unset = UNSET
    reason: str | Unset = UNSET
    suggestion: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alo_name = self.alo_name

        id = self.id

        reason = self.reason

        suggestion = self.suggestion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if alo_name is not UNSET:
            field_dict["alo_name"] = alo_name
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        alo_name = d.pop("alo_name", UNSET)
        if not isinstance(alo_name, (str, Unset)):
            deviate(src_dict, "alo_name", TypeError("expected a string"))
            d["alo_name"] = alo_name
            alo_name = UNSET

        id = d.pop("id", UNSET)
        if isinstance(id, bool) or not isinstance(id, (int, Unset)):
            deviate(src_dict, "id", TypeError("expected an integer"))
            d["id"] = id
            id = UNSET

        reason = d.pop("reason", UNSET)
        if not isinstance(reason, (str, Unset)):
            deviate(src_dict, "reason", TypeError("expected a string"))
            d["reason"] = reason
            reason = UNSET

        suggestion = d.pop("suggestion", UNSET)
        if not isinstance(suggestion, (str, Unset)):
            deviate(src_dict, "suggestion", TypeError("expected a string"))
            d["suggestion"] = suggestion
            suggestion = UNSET

        hard_detail = cls(
            alo_name=alo_name,
            id=id,
            reason=reason,
            suggestion=suggestion,
        )

        hard_detail.additional_properties = d
        return hard_detail

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
