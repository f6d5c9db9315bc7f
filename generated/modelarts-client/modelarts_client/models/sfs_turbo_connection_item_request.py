from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="SfsTurboConnectionItemRequest")


@_attrs_define
class SfsTurboConnectionItemRequest:
    """
    Attributes:
        name (str): Name of an SFS Turbo instance.
        sfs_id (str): ID of an SFS Turbo instance.
    """

    name: str
    sfs_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if self.sfs_id is not UNREAD:
            sfs_id = self.sfs_id
            field_dict["sfsId"] = sfs_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str)):
            deviate(src_dict, "name", TypeError("expected a string"))
            if not isinstance(name, Unset):
                d["name"] = name
            name = UNREAD

        sfs_id = d.pop("sfsId", UNSET)
        if not isinstance(sfs_id, (str)):
            deviate(src_dict, "sfsId", TypeError("expected a string"))
            if not isinstance(sfs_id, Unset):
                d["sfsId"] = sfs_id
            sfs_id = UNREAD

        sfs_turbo_connection_item_request = cls(
            name=name,
            sfs_id=sfs_id,
        )

        sfs_turbo_connection_item_request.additional_properties = d
        return sfs_turbo_connection_item_request

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
