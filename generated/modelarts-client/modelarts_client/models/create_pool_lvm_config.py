from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.create_pool_lvm_config_lv_type import CreatePoolLvmConfigLvType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePoolLvmConfig")


@_attrs_define
class CreatePoolLvmConfig:
    """
    Attributes:
        lv_type (CreatePoolLvmConfigLvType | Unset): LVM write mode. The options are as follows: - **linear**: linear
            mode. - **striped**: striped mode in which multiple disks are used to form a strip to improve disk performance.
        path (str | Unset): Disk mount path. This parameter takes effect only in user configuration. The value is an
            absolute path. Digits, letters, periods (.), hyphens (-), and underscores (_) are allowed.
    """

    lv_type: CreatePoolLvmConfigLvType | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lv_type: str | Unset = UNSET
        if not isinstance(self.lv_type, Unset):
            lv_type = self.lv_type.value

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
        _raw_lv_type = d.pop("lvType", UNSET)
        try:
            _lv_type = _raw_lv_type
            lv_type: CreatePoolLvmConfigLvType | Unset
            if isinstance(_lv_type, Unset):
                lv_type = UNSET
            else:
                lv_type = member_of(CreatePoolLvmConfigLvType, _lv_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "lvType", exc)
            d["lvType"] = _raw_lv_type
            lv_type = UNSET

        path = d.pop("path", UNSET)
        if not isinstance(path, (str, Unset)):
            deviate(src_dict, "path", TypeError("expected a string"))
            d["path"] = path
            path = UNSET

        create_pool_lvm_config = cls(
            lv_type=lv_type,
            path=path,
        )

        create_pool_lvm_config.additional_properties = d
        return create_pool_lvm_config

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
