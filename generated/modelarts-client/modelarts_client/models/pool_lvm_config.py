from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolLvmConfig")


@_attrs_define
class PoolLvmConfig:
    """LVM settings of a disk group (not in the manual's excerpt).

    Attributes:
        lv_type (str | Unset): LVM write mode, e.g. `linear` or `striped`.
        path (str | Unset): Mount path.
    """

    lv_type: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lv_type = self.lv_type

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if lv_type is not UNSET:
            field_dict["lvType"] = lv_type
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        lv_type = d.pop("lvType", UNSET)
        if not isinstance(lv_type, (str, Unset)):
            deviate(src_dict, "lvType", TypeError("expected a string"))
            d["lvType"] = lv_type
            lv_type = UNSET

        path = d.pop("path", UNSET)
        if not isinstance(path, (str, Unset)):
            deviate(src_dict, "path", TypeError("expected a string"))
            d["path"] = path
            path = UNSET

        pool_lvm_config = cls(
            lv_type=lv_type,
            path=path,
        )

        pool_lvm_config.additional_properties = d
        return pool_lvm_config

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
