from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolDataVolumeExtendParams")


@_attrs_define
class PoolDataVolumeExtendParams:
    """Extra disk parameters, e.g. `volumeGroup`.

    Attributes:
        volume_group (str | Unset): Disk group the disk belongs to, e.g. `vgpaas`, `default`, `vguser1`.
    """

    volume_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_group = self.volume_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if volume_group is not UNSET:
            field_dict["volumeGroup"] = volume_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        volume_group = d.pop("volumeGroup", UNSET)
        if not isinstance(volume_group, (str, Unset)):
            deviate(src_dict, "volumeGroup", TypeError("expected a string"))
            d["volumeGroup"] = volume_group
            volume_group = UNSET

        pool_data_volume_extend_params = cls(
            volume_group=volume_group,
        )

        pool_data_volume_extend_params.additional_properties = d
        return pool_data_volume_extend_params

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
