from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.patch_pool_root_volume_volume_type import PatchPoolRootVolumeVolumeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchPoolRootVolume")


@_attrs_define
class PatchPoolRootVolume:
    """
    Attributes:
        volume_type (PatchPoolRootVolumeVolumeType | Unset): Disk type. The options are as follows: - **SSD**: ultra-
            high I/O disk - **GPSSD**: general-purpose SSD - **SAS**: high I/O disk
        size (str | Unset): Disk size, in GiB.
    """

    volume_type: PatchPoolRootVolumeVolumeType | Unset = UNSET
    size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_type: str | Unset = UNSET
        if not isinstance(self.volume_type, Unset):
            volume_type = self.volume_type.value

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if volume_type is not UNSET:
            field_dict["volumeType"] = volume_type
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_volume_type = d.pop("volumeType", UNSET)
        try:
            _volume_type = _raw_volume_type
            volume_type: PatchPoolRootVolumeVolumeType | Unset
            if isinstance(_volume_type, Unset):
                volume_type = UNSET
            else:
                volume_type = member_of(PatchPoolRootVolumeVolumeType, _volume_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "volumeType", exc)
            d["volumeType"] = _raw_volume_type
            volume_type = UNSET

        size = d.pop("size", UNSET)
        if not isinstance(size, (str, Unset)):
            deviate(src_dict, "size", TypeError("expected a string"))
            d["size"] = size
            size = UNSET

        patch_pool_root_volume = cls(
            volume_type=volume_type,
            size=size,
        )

        patch_pool_root_volume.additional_properties = d
        return patch_pool_root_volume

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
