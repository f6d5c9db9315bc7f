from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_lvm_config import PoolLvmConfig


T = TypeVar("T", bound="PoolVolumeGroupConfig")


@_attrs_define
class PoolVolumeGroupConfig:
    """One disk group of a flavor's nodes (not in the manual's excerpt).

    Attributes:
        volume_group (str | Unset): Disk group name, e.g. `vgpaas`.
        docker_thin_pool (int | Unset): Share of the group given to the container thin pool, in percent.
        lvm_config (PoolLvmConfig | Unset): LVM settings of a disk group (not in the manual's excerpt).
        types (list[str] | Unset): Storage types of the group, e.g. `volume`, `dataVolumes`, `local`.
    """

    volume_group: str | Unset = UNSET
    docker_thin_pool: int | Unset = UNSET
    lvm_config: PoolLvmConfig | Unset = UNSET
    types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_group = self.volume_group

        docker_thin_pool = self.docker_thin_pool

        lvm_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lvm_config, Unset):
            lvm_config = self.lvm_config.to_dict()

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types

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
            lvm_config: PoolLvmConfig | Unset
            if isinstance(_lvm_config, Unset):
                lvm_config = UNSET
            else:
                lvm_config = PoolLvmConfig.from_dict(_lvm_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "lvmConfig", exc)
            d["lvmConfig"] = _raw_lvm_config
            lvm_config = UNSET

        types = d.pop("types", UNSET)
        if types is not UNSET and (_misfit := list_misfit(types, (str), False, "a string")):
            deviate(src_dict, "types", _misfit)
            d["types"] = types
            types = UNSET

        pool_volume_group_config = cls(
            volume_group=volume_group,
            docker_thin_pool=docker_thin_pool,
            lvm_config=lvm_config,
            types=types,
        )

        pool_volume_group_config.additional_properties = d
        return pool_volume_group_config

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


from ..models.pool_lvm_config import PoolLvmConfig  # noqa: E402
