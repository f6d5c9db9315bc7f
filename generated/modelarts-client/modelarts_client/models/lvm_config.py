from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.lvm_config_lv_type import LvmConfigLvType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LvmConfig")


@_attrs_define
class LvmConfig:
    """
    Attributes:
        lv_type (LvmConfigLvType): LVM write mode. The options are as follows: - **linear**: linear mode. - **striped**:
            striped mode in which multiple disks are used to form a strip to improve disk performance.
        path (str | Unset): Disk mount path. This parameter takes effect only in user configuration. The value is an
            absolute path. Digits, letters, periods (.), hyphens (-), and underscores (_) are allowed.
    """

    lv_type: LvmConfigLvType
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.lv_type is not UNREAD:
            lv_type = self.lv_type.value
            field_dict["lvType"] = lv_type
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_lv_type = d.pop("lvType", UNSET)
        try:
            if isinstance(_raw_lv_type, Unset):
                raise KeyError("lvType")
            lv_type = member_of(LvmConfigLvType, _raw_lv_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "lvType", exc)
            if not isinstance(_raw_lv_type, Unset):
                d["lvType"] = _raw_lv_type
            lv_type = UNREAD

        path = d.pop("path", UNSET)
        if not isinstance(path, (str, Unset)):
            deviate(src_dict, "path", TypeError("expected a string"))
            d["path"] = path
            path = UNSET

        lvm_config = cls(
            lv_type=lv_type,
            path=path,
        )

        lvm_config.additional_properties = d
        return lvm_config

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
