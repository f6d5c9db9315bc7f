from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.creating_step import CreatingStep
    from ..models.data_volume_item import DataVolumeItem
    from ..models.pool_node_az import PoolNodeAz
    from ..models.pool_resource_extend_params import PoolResourceExtendParams
    from ..models.root_volume import RootVolume
    from ..models.user_tag import UserTag
    from ..models.volume_group_config import VolumeGroupConfig


T = TypeVar("T", bound="PoolResource")


@_attrs_define
class PoolResource:
    """
    Attributes:
        flavor (str): Resource flavor name, for example, **modelarts.vm.gpu.tnt004**.
        count (int): Minimum count for the flavors in a resource pool.
        max_count (int | Unset): Elastic usage of the resource flavor. This parameter value is the same the **count**
            value in a physical pool.
        azs (list[PoolNodeAz] | Unset): AZ where resource pool nodes are deployed.
        tags (list[UserTag] | Unset): Resource tags.
        extend_params (PoolResourceExtendParams | Unset):
        creating_step (CreatingStep | Unset):
        root_volume (RootVolume | Unset):
        data_volumes (list[DataVolumeItem] | Unset): List of custom data disks (cloud hard disks).
        volume_group_configs (list[VolumeGroupConfig] | Unset): Advanced disk configurations. This parameter is
            mandatory when a custom data disk exists.
    """

    flavor: str
    count: int
    max_count: int | Unset = UNSET
    azs: list[PoolNodeAz] | Unset = UNSET
    tags: list[UserTag] | Unset = UNSET
    extend_params: PoolResourceExtendParams | Unset = UNSET
    creating_step: CreatingStep | Unset = UNSET
    root_volume: RootVolume | Unset = UNSET
    data_volumes: list[DataVolumeItem] | Unset = UNSET
    volume_group_configs: list[VolumeGroupConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_count = self.max_count

        azs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.azs, Unset):
            azs = []
            for azs_item_data in self.azs:
                azs_item = azs_item_data.to_dict()
                azs.append(azs_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        extend_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extend_params, Unset):
            extend_params = self.extend_params.to_dict()

        creating_step: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creating_step, Unset):
            creating_step = self.creating_step.to_dict()

        root_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.root_volume, Unset):
            root_volume = self.root_volume.to_dict()

        data_volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_volumes, Unset):
            data_volumes = []
            for data_volumes_item_data in self.data_volumes:
                data_volumes_item = data_volumes_item_data.to_dict()
                data_volumes.append(data_volumes_item)

        volume_group_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volume_group_configs, Unset):
            volume_group_configs = []
            for volume_group_configs_item_data in self.volume_group_configs:
                volume_group_configs_item = volume_group_configs_item_data.to_dict()
                volume_group_configs.append(volume_group_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.flavor is not UNREAD:
            flavor = self.flavor
            field_dict["flavor"] = flavor
        if self.count is not UNREAD:
            count = self.count
            field_dict["count"] = count
        if max_count is not UNSET:
            field_dict["maxCount"] = max_count
        if azs is not UNSET:
            field_dict["azs"] = azs
        if tags is not UNSET:
            field_dict["tags"] = tags
        if extend_params is not UNSET:
            field_dict["extendParams"] = extend_params
        if creating_step is not UNSET:
            field_dict["creatingStep"] = creating_step
        if root_volume is not UNSET:
            field_dict["rootVolume"] = root_volume
        if data_volumes is not UNSET:
            field_dict["dataVolumes"] = data_volumes
        if volume_group_configs is not UNSET:
            field_dict["volumeGroupConfigs"] = volume_group_configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        flavor = d.pop("flavor", UNSET)
        if not isinstance(flavor, (str)):
            deviate(src_dict, "flavor", TypeError("expected a string"))
            if not isinstance(flavor, Unset):
                d["flavor"] = flavor
            flavor = UNREAD

        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            if not isinstance(count, Unset):
                d["count"] = count
            count = UNREAD

        max_count = d.pop("maxCount", UNSET)
        if isinstance(max_count, bool) or not isinstance(max_count, (int, Unset)):
            deviate(src_dict, "maxCount", TypeError("expected an integer"))
            d["maxCount"] = max_count
            max_count = UNSET

        _raw_azs = d.pop("azs", UNSET)
        try:
            _azs = _raw_azs
            azs: list[PoolNodeAz] | Unset = UNSET
            if _azs is not UNSET:
                azs = []
                for azs_item_data in _azs:
                    azs_item = PoolNodeAz.from_dict(azs_item_data)

                    azs.append(azs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "azs", exc)
            d["azs"] = _raw_azs
            azs = UNSET

        _raw_tags = d.pop("tags", UNSET)
        try:
            _tags = _raw_tags
            tags: list[UserTag] | Unset = UNSET
            if _tags is not UNSET:
                tags = []
                for tags_item_data in _tags:
                    tags_item = UserTag.from_dict(tags_item_data)

                    tags.append(tags_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tags", exc)
            d["tags"] = _raw_tags
            tags = UNSET

        _raw_extend_params = d.pop("extendParams", UNSET)
        try:
            _extend_params = _raw_extend_params
            extend_params: PoolResourceExtendParams | Unset
            if isinstance(_extend_params, Unset):
                extend_params = UNSET
            else:
                extend_params = PoolResourceExtendParams.from_dict(_extend_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "extendParams", exc)
            d["extendParams"] = _raw_extend_params
            extend_params = UNSET

        _raw_creating_step = d.pop("creatingStep", UNSET)
        try:
            _creating_step = _raw_creating_step
            creating_step: CreatingStep | Unset
            if isinstance(_creating_step, Unset):
                creating_step = UNSET
            else:
                creating_step = CreatingStep.from_dict(_creating_step)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "creatingStep", exc)
            d["creatingStep"] = _raw_creating_step
            creating_step = UNSET

        _raw_root_volume = d.pop("rootVolume", UNSET)
        try:
            _root_volume = _raw_root_volume
            root_volume: RootVolume | Unset
            if isinstance(_root_volume, Unset):
                root_volume = UNSET
            else:
                root_volume = RootVolume.from_dict(_root_volume)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "rootVolume", exc)
            d["rootVolume"] = _raw_root_volume
            root_volume = UNSET

        _raw_data_volumes = d.pop("dataVolumes", UNSET)
        try:
            _data_volumes = _raw_data_volumes
            data_volumes: list[DataVolumeItem] | Unset = UNSET
            if _data_volumes is not UNSET:
                data_volumes = []
                for data_volumes_item_data in _data_volumes:
                    data_volumes_item = DataVolumeItem.from_dict(data_volumes_item_data)

                    data_volumes.append(data_volumes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dataVolumes", exc)
            d["dataVolumes"] = _raw_data_volumes
            data_volumes = UNSET

        _raw_volume_group_configs = d.pop("volumeGroupConfigs", UNSET)
        try:
            _volume_group_configs = _raw_volume_group_configs
            volume_group_configs: list[VolumeGroupConfig] | Unset = UNSET
            if _volume_group_configs is not UNSET:
                volume_group_configs = []
                for volume_group_configs_item_data in _volume_group_configs:
                    volume_group_configs_item = VolumeGroupConfig.from_dict(volume_group_configs_item_data)

                    volume_group_configs.append(volume_group_configs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "volumeGroupConfigs", exc)
            d["volumeGroupConfigs"] = _raw_volume_group_configs
            volume_group_configs = UNSET

        pool_resource = cls(
            flavor=flavor,
            count=count,
            max_count=max_count,
            azs=azs,
            tags=tags,
            extend_params=extend_params,
            creating_step=creating_step,
            root_volume=root_volume,
            data_volumes=data_volumes,
            volume_group_configs=volume_group_configs,
        )

        pool_resource.additional_properties = d
        return pool_resource

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


from ..models.creating_step import CreatingStep  # noqa: E402
from ..models.data_volume_item import DataVolumeItem  # noqa: E402
from ..models.pool_node_az import PoolNodeAz  # noqa: E402
from ..models.pool_resource_extend_params import PoolResourceExtendParams  # noqa: E402
from ..models.root_volume import RootVolume  # noqa: E402
from ..models.user_tag import UserTag  # noqa: E402
from ..models.volume_group_config import VolumeGroupConfig  # noqa: E402
