from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingParameter")


@_attrs_define
class TrainingParameter:
    """
    Attributes:
        label (str | Unset): Parameter name
        value (str | Unset): Parameter value
    """

    label: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

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
        if not isinstance(value, (str, Unset)):
            deviate(src_dict, "value", TypeError("expected a string"))
            d["value"] = value
            value = UNSET

        training_parameter = cls(
            label=label,
            value=value,
        )

        training_parameter.additional_properties = d
        return training_parameter

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
