from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.create_pool_volume_group_config_types_item import CreatePoolVolumeGroupConfigTypesItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_pool_lvm_config import CreatePoolLvmConfig


T = TypeVar("T", bound="CreatePoolVolumeGroupConfig")


@_attrs_define
class CreatePoolVolumeGroupConfig:
    """
    Attributes:
        volume_group (str | Unset): Disk group name. Index of the volume group in the dataVolumes.
        docker_thin_pool (int | Unset): Percentage of container disks to data disks on nodes in a resource pool. This
            parameter can be specified only when **volumeGroup** is **vgpaas** (container disk).
        lvm_config (CreatePoolLvmConfig | Unset):
        types (list[CreatePoolVolumeGroupConfigTypesItem] | Unset): Storage type. The options are as follows: -
            **volume**: cloud hard disk. When **dataVolumes** is specified, the default value is used. - **local**: local
            disk. This parameter must be specified when a local disk is used.
    """

    volume_group: str | Unset = UNSET
    docker_thin_pool: int | Unset = UNSET
    lvm_config: CreatePoolLvmConfig | Unset = UNSET
    types: list[CreatePoolVolumeGroupConfigTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_group = self.volume_group

        docker_thin_pool = self.docker_thin_pool

        lvm_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lvm_config, Unset):
            lvm_config = self.lvm_config.to_dict()

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if volume_group is not UNSET:
            field_dict["volumeGroup"] = volume_group
        if docker_thin_pool is not UNSET:
            field_dict["dockerThinPool"] = docker_thin_pool
        if lvm_config is not UNSET:
            field_dict["lvmConfig"] = lvm_config
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        volume_group = d.pop("volumeGroup", UNSET)
        if not isinstance(volume_group, (str, Unset)):
            deviate(src_dict, "volumeGroup", TypeError("expected a string"))
            d["volumeGroup"] = volume_group
            volume_group = UNSET

        docker_thin_pool = d.pop("dockerThinPool", UNSET)
        if isinstance(docker_thin_pool, bool) or not isinstance(docker_thin_pool, (int, Unset)):
            deviate(src_dict, "dockerThinPool", TypeError("expected an integer"))
            d["dockerThinPool"] = docker_thin_pool
            docker_thin_pool = UNSET

        _raw_lvm_config = d.pop("lvmConfig", UNSET)
        try:
            _lvm_config = _raw_lvm_config
            lvm_config: CreatePoolLvmConfig | Unset
            if isinstance(_lvm_config, Unset):
                lvm_config = UNSET
            else:
                lvm_config = CreatePoolLvmConfig.from_dict(_lvm_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "lvmConfig", exc)
            d["lvmConfig"] = _raw_lvm_config
            lvm_config = UNSET

        _raw_types = d.pop("types", UNSET)
        try:
            _types = _raw_types
            types: list[CreatePoolVolumeGroupConfigTypesItem] | Unset = UNSET
            if _types is not UNSET:
                types = []
                for types_item_data in _types:
                    types_item = member_of(CreatePoolVolumeGroupConfigTypesItem, types_item_data)

                    types.append(types_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "types", exc)
            d["types"] = _raw_types
            types = UNSET

        create_pool_volume_group_config = cls(
            volume_group=volume_group,
            docker_thin_pool=docker_thin_pool,
            lvm_config=lvm_config,
            types=types,
        )

        create_pool_volume_group_config.additional_properties = d
        return create_pool_volume_group_config

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


from ..models.create_pool_lvm_config import CreatePoolLvmConfig  # noqa: E402
