from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterParameters")


@_attrs_define
class ParameterParameters:
    """
    Attributes:
        label (str | Unset): Parameter name.
        value (float | str | Unset): Parameter value.
    """

    label: str | Unset = UNSET
    value: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        value: float | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        label = d.pop("label", UNSET)
        if not isinstance(label, (str, Unset)):
            deviate(src_dict, "label", TypeError("expected a string"))
            d["label"] = label
            label = UNSET

        value = d.pop("value", UNSET)
        if isinstance(value, bool) or not isinstance(value, (int, float, str, Unset)):
            deviate(src_dict, "value", TypeError("expected a number or a string"))
            d["value"] = value
            value = UNSET

        parameter_parameters = cls(
            label=label,
            value=value,
        )

        parameter_parameters.additional_properties = d
        return parameter_parameters

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
