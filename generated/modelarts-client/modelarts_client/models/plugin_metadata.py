from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginMetadata")


@_attrs_define
class PluginMetadata:
    """
    Attributes:
        name (str | Unset): Name of the plug-in instance.
        creation_timestamp (str | Unset): Creation time.
    """

    name: str | Unset = UNSET
    creation_timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        creation_timestamp = self.creation_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if creation_timestamp is not UNSET:
            field_dict["creationTimestamp"] = creation_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        creation_timestamp = d.pop("creationTimestamp", UNSET)
        if not isinstance(creation_timestamp, (str, Unset)):
            deviate(src_dict, "creationTimestamp", TypeError("expected a string"))
            d["creationTimestamp"] = creation_timestamp
            creation_timestamp = UNSET

        plugin_metadata = cls(
            name=name,
            creation_timestamp=creation_timestamp,
        )

        plugin_metadata.additional_properties = d
        return plugin_metadata

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
