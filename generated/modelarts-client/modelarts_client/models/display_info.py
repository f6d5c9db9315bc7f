from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="DisplayInfo")


@_attrs_define
class DisplayInfo:
    """
    Attributes:
        en_us (str | Unset): English name.
    """

    en_us: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        en_us = self.en_us

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if en_us is not UNSET:
            field_dict["en_US"] = en_us

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        en_us = d.pop("en_US", UNSET)
        if not isinstance(en_us, (str, Unset)):
            deviate(src_dict, "en_US", TypeError("expected a string"))
            d["en_US"] = en_us
            en_us = UNSET

        display_info = cls(
            en_us=en_us,
        )

        display_info.additional_properties = d
        return display_info

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
