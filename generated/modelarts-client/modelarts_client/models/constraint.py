from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="Constraint")


@_attrs_define
class Constraint:
    """
    Attributes:
        type_ (str | Unset): Parameter type.
        editable (bool | Unset): Whether the parameter is editable.
        required (bool | Unset): Whether the parameter is mandatory.
        sensitive (bool | Unset): Whether the parameter is sensitive This function is not implemented currently.
        valid_type (str | Unset): Valid type.
        valid_range (list[str] | Unset): Valid range.
    """

    type_: str | Unset = UNSET
    editable: bool | Unset = UNSET
    required: bool | Unset = UNSET
    sensitive: bool | Unset = UNSET
    valid_type: str | Unset = UNSET
    valid_range: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        editable = self.editable

        required = self.required

        sensitive = self.sensitive

        valid_type = self.valid_type

        valid_range: list[str] | Unset = UNSET
        if not isinstance(self.valid_range, Unset):
            valid_range = self.valid_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if editable is not UNSET:
            field_dict["editable"] = editable
        if required is not UNSET:
            field_dict["required"] = required
        if sensitive is not UNSET:
            field_dict["sensitive"] = sensitive
        if valid_type is not UNSET:
            field_dict["valid_type"] = valid_type
        if valid_range is not UNSET:
            field_dict["valid_range"] = valid_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        editable = d.pop("editable", UNSET)
        if not isinstance(editable, (bool, Unset)):
            deviate(src_dict, "editable", TypeError("expected a boolean"))
            d["editable"] = editable
            editable = UNSET

        required = d.pop("required", UNSET)
        if not isinstance(required, (bool, Unset)):
            deviate(src_dict, "required", TypeError("expected a boolean"))
            d["required"] = required
            required = UNSET

        sensitive = d.pop("sensitive", UNSET)
        if not isinstance(sensitive, (bool, Unset)):
            deviate(src_dict, "sensitive", TypeError("expected a boolean"))
            d["sensitive"] = sensitive
            sensitive = UNSET

        valid_type = d.pop("valid_type", UNSET)
        if not isinstance(valid_type, (str, Unset)):
            deviate(src_dict, "valid_type", TypeError("expected a string"))
            d["valid_type"] = valid_type
            valid_type = UNSET

        valid_range = d.pop("valid_range", UNSET)
        if valid_range is not UNSET and (_misfit := list_misfit(valid_range, (str), False, "a string")):
            deviate(src_dict, "valid_range", _misfit)
            d["valid_range"] = valid_range
            valid_range = UNSET

        constraint = cls(
            type_=type_,
            editable=editable,
            required=required,
            sensitive=sensitive,
            valid_type=valid_type,
            valid_range=valid_range,
        )

        constraint.additional_properties = d
        return constraint

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
