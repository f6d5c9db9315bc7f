from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaMap")


@_attrs_define
class SchemaMap:
    """
    Attributes:
        dest_name (str | Unset): Name of the destination column.
        src_name (str | Unset): Name of the source column.
    """

    dest_name: str | Unset = UNSET
    src_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dest_name = self.dest_name

        src_name = self.src_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dest_name is not UNSET:
            field_dict["dest_name"] = dest_name
        if src_name is not UNSET:
            field_dict["src_name"] = src_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        dest_name = d.pop("dest_name", UNSET)
        if not isinstance(dest_name, (str, Unset)):
            deviate(src_dict, "dest_name", TypeError("expected a string"))
            d["dest_name"] = dest_name
            dest_name = UNSET

        src_name = d.pop("src_name", UNSET)
        if not isinstance(src_name, (str, Unset)):
            deviate(src_dict, "src_name", TypeError("expected a string"))
            d["src_name"] = src_name
            src_name = UNSET

        schema_map = cls(
            dest_name=dest_name,
            src_name=src_name,
        )

        schema_map.additional_properties = d
        return schema_map

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
