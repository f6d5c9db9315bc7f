from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PFSSummary")


@_attrs_define
class PFSSummary:
    """
    Attributes:
        pfs_path (str): URL of an OBS parallel file system.
    """

    pfs_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.pfs_path is not UNREAD:
            pfs_path = self.pfs_path
            field_dict["pfs_path"] = pfs_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        pfs_path = d.pop("pfs_path", UNSET)
        if not isinstance(pfs_path, (str)):
            deviate(src_dict, "pfs_path", TypeError("expected a string"))
            if not isinstance(pfs_path, Unset):
                d["pfs_path"] = pfs_path
            pfs_path = UNREAD

        pfs_summary = cls(
            pfs_path=pfs_path,
        )

        pfs_summary.additional_properties = d
        return pfs_summary

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
