from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_creating_step import PoolCreatingStep
    from ..models.pool_data_volume import PoolDataVolume
    from ..models.pool_node_az import PoolNodeAz
    from ..models.pool_os_info import PoolOsInfo
    from ..models.pool_resource_driver import PoolResourceDriver
    from ..models.pool_resource_network import PoolResourceNetwork
    from ..models.pool_root_volume import PoolRootVolume
    from ..models.pool_spec_resource_extend_params import PoolSpecResourceExtendParams
    from ..models.pool_spec_resource_labels import PoolSpecResourceLabels
    from ..models.pool_taint import PoolTaint
    from ..models.pool_user_tag import PoolUserTag
    from ..models.pool_volume_group_config import PoolVolumeGroupConfig


T = TypeVar("T", bound="PoolSpecResource")


@_attrs_define
class PoolSpecResource:
    """One flavor of a pool's spec and its node count.

    Attributes:
        flavor (str): Resource flavor, e.g. `modelarts.vm.gpu.tnt004`.
        count (int | Unset): Number of nodes of this flavor.
        azs (list[PoolNodeAz] | Unset): Availability zones to place the nodes in.
        max_count (int | Unset): Elastic maximum number of nodes of this flavor (not in the manual's excerpt).
        node_pool (str | Unset): Node pool of these nodes, e.g. `nodePool-1` (not in the manual's excerpt).
        network (PoolResourceNetwork | Unset): Network of one flavor's nodes (not in the manual; read by real clients).
        taints (list[PoolTaint] | Unset): Kubernetes taints set on these nodes (not in the manual's excerpt).
        labels (PoolSpecResourceLabels | Unset): Kubernetes labels set on these nodes (not in the manual's excerpt).
        tags (list[PoolUserTag] | Unset): Resource tags of these nodes (not in the manual's excerpt).
        extend_params (PoolSpecResourceExtendParams | Unset): Extra node parameters, e.g. `dockerBaseSize` and
            `postInstall` (a Base64 post-installation script) (not in the manual's excerpt).
        root_volume (PoolRootVolume | Unset): System disk of a flavor's nodes (not in the manual's excerpt).
        data_volumes (list[PoolDataVolume] | Unset): Data disks of these nodes (not in the manual's excerpt).
        volume_group_configs (list[PoolVolumeGroupConfig] | Unset): How the data disks are grouped into storage space
            (not in the manual's excerpt).
        os (PoolOsInfo | Unset): Operating system of a flavor's nodes (not in the manual; read by real clients).
        driver (PoolResourceDriver | Unset): Accelerator driver of a flavor's nodes (not in the manual; read by real
            clients).
        creating_step (PoolCreatingStep | Unset): Batch in which a flavor's nodes are created (not in the manual's
            excerpt).
    """

    flavor: str
    count: int | Unset = UNSET
    azs: list[PoolNodeAz] | Unset = UNSET
    max_count: int | Unset = UNSET
    node_pool: str | Unset = UNSET
    network: PoolResourceNetwork | Unset = UNSET
    taints: list[PoolTaint] | Unset = UNSET
    labels: PoolSpecResourceLabels | Unset = UNSET
    tags: list[PoolUserTag] | Unset = UNSET
    extend_params: PoolSpecResourceExtendParams | Unset = UNSET
    root_volume: PoolRootVolume | Unset = UNSET
    data_volumes: list[PoolDataVolume] | Unset = UNSET
    volume_group_configs: list[PoolVolumeGroupConfig] | Unset = UNSET
    os: PoolOsInfo | Unset = UNSET
    driver: PoolResourceDriver | Unset = UNSET
    creating_step: PoolCreatingStep | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        azs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.azs, Unset):
            azs = []
            for azs_item_data in self.azs:
                azs_item = azs_item_data.to_dict()
                azs.append(azs_item)

        max_count = self.max_count

        node_pool = self.node_pool

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        taints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taints, Unset):
            taints = []
            for taints_item_data in self.taints:
                taints_item = taints_item_data.to_dict()
                taints.append(taints_item)

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        extend_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extend_params, Unset):
            extend_params = self.extend_params.to_dict()

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

        os: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os.to_dict()

        driver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver, Unset):
            driver = self.driver.to_dict()

        creating_step: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creating_step, Unset):
            creating_step = self.creating_step.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.flavor is not UNREAD:
            flavor = self.flavor
            field_dict["flavor"] = flavor
        if count is not UNSET:
            field_dict["count"] = count
        if azs is not UNSET:
            field_dict["azs"] = azs
        if max_count is not UNSET:
            field_dict["maxCount"] = max_count
        if node_pool is not UNSET:
            field_dict["nodePool"] = node_pool
        if network is not UNSET:
            field_dict["network"] = network
        if taints is not UNSET:
            field_dict["taints"] = taints
        if labels is not UNSET:
            field_dict["labels"] = labels
        if tags is not UNSET:
            field_dict["tags"] = tags
        if extend_params is not UNSET:
            field_dict["extendParams"] = extend_params
        if root_volume is not UNSET:
            field_dict["rootVolume"] = root_volume
        if data_volumes is not UNSET:
            field_dict["dataVolumes"] = data_volumes
        if volume_group_configs is not UNSET:
            field_dict["volumeGroupConfigs"] = volume_group_configs
        if os is not UNSET:
            field_dict["os"] = os
        if driver is not UNSET:
            field_dict["driver"] = driver
        if creating_step is not UNSET:
            field_dict["creatingStep"] = creating_step

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
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

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

        max_count = d.pop("maxCount", UNSET)
        if isinstance(max_count, bool) or not isinstance(max_count, (int, Unset)):
            deviate(src_dict, "maxCount", TypeError("expected an integer"))
            d["maxCount"] = max_count
            max_count = UNSET

        node_pool = d.pop("nodePool", UNSET)
        if not isinstance(node_pool, (str, Unset)):
            deviate(src_dict, "nodePool", TypeError("expected a string"))
            d["nodePool"] = node_pool
            node_pool = UNSET

        _raw_network = d.pop("network", UNSET)
        try:
            _network = _raw_network
            network: PoolResourceNetwork | Unset
            if isinstance(_network, Unset):
                network = UNSET
            else:
                network = PoolResourceNetwork.from_dict(_network)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "network", exc)
            d["network"] = _raw_network
            network = UNSET

        _raw_taints = d.pop("taints", UNSET)
        try:
            _taints = _raw_taints
            taints: list[PoolTaint] | Unset = UNSET
            if _taints is not UNSET:
                taints = []
                for taints_item_data in _taints:
                    taints_item = PoolTaint.from_dict(taints_item_data)

                    taints.append(taints_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "taints", exc)
            d["taints"] = _raw_taints
            taints = UNSET

        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: PoolSpecResourceLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = PoolSpecResourceLabels.from_dict(_labels)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        _raw_tags = d.pop("tags", UNSET)
        try:
            _tags = _raw_tags
            tags: list[PoolUserTag] | Unset = UNSET
            if _tags is not UNSET:
                tags = []
                for tags_item_data in _tags:
                    tags_item = PoolUserTag.from_dict(tags_item_data)

                    tags.append(tags_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tags", exc)
            d["tags"] = _raw_tags
            tags = UNSET

        _raw_extend_params = d.pop("extendParams", UNSET)
        try:
            _extend_params = _raw_extend_params
            extend_params: PoolSpecResourceExtendParams | Unset
            if isinstance(_extend_params, Unset):
                extend_params = UNSET
            else:
                extend_params = PoolSpecResourceExtendParams.from_dict(_extend_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "extendParams", exc)
            d["extendParams"] = _raw_extend_params
            extend_params = UNSET

        _raw_root_volume = d.pop("rootVolume", UNSET)
        try:
            _root_volume = _raw_root_volume
            root_volume: PoolRootVolume | Unset
            if isinstance(_root_volume, Unset):
                root_volume = UNSET
            else:
                root_volume = PoolRootVolume.from_dict(_root_volume)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "rootVolume", exc)
            d["rootVolume"] = _raw_root_volume
            root_volume = UNSET

        _raw_data_volumes = d.pop("dataVolumes", UNSET)
        try:
            _data_volumes = _raw_data_volumes
            data_volumes: list[PoolDataVolume] | Unset = UNSET
            if _data_volumes is not UNSET:
                data_volumes = []
                for data_volumes_item_data in _data_volumes:
                    data_volumes_item = PoolDataVolume.from_dict(data_volumes_item_data)

                    data_volumes.append(data_volumes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dataVolumes", exc)
            d["dataVolumes"] = _raw_data_volumes
            data_volumes = UNSET

        _raw_volume_group_configs = d.pop("volumeGroupConfigs", UNSET)
        try:
            _volume_group_configs = _raw_volume_group_configs
            volume_group_configs: list[PoolVolumeGroupConfig] | Unset = UNSET
            if _volume_group_configs is not UNSET:
                volume_group_configs = []
                for volume_group_configs_item_data in _volume_group_configs:
                    volume_group_configs_item = PoolVolumeGroupConfig.from_dict(volume_group_configs_item_data)

                    volume_group_configs.append(volume_group_configs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "volumeGroupConfigs", exc)
            d["volumeGroupConfigs"] = _raw_volume_group_configs
            volume_group_configs = UNSET

        _raw_os = d.pop("os", UNSET)
        try:
            _os = _raw_os
            os: PoolOsInfo | Unset
            if isinstance(_os, Unset):
                os = UNSET
            else:
                os = PoolOsInfo.from_dict(_os)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "os", exc)
            d["os"] = _raw_os
            os = UNSET

        _raw_driver = d.pop("driver", UNSET)
        try:
            _driver = _raw_driver
            driver: PoolResourceDriver | Unset
            if isinstance(_driver, Unset):
                driver = UNSET
            else:
                driver = PoolResourceDriver.from_dict(_driver)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "driver", exc)
            d["driver"] = _raw_driver
            driver = UNSET

        _raw_creating_step = d.pop("creatingStep", UNSET)
        try:
            _creating_step = _raw_creating_step
            creating_step: PoolCreatingStep | Unset
            if isinstance(_creating_step, Unset):
                creating_step = UNSET
            else:
                creating_step = PoolCreatingStep.from_dict(_creating_step)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "creatingStep", exc)
            d["creatingStep"] = _raw_creating_step
            creating_step = UNSET

        pool_spec_resource = cls(
            flavor=flavor,
            count=count,
            azs=azs,
            max_count=max_count,
            node_pool=node_pool,
            network=network,
            taints=taints,
            labels=labels,
            tags=tags,
            extend_params=extend_params,
            root_volume=root_volume,
            data_volumes=data_volumes,
            volume_group_configs=volume_group_configs,
            os=os,
            driver=driver,
            creating_step=creating_step,
        )

        pool_spec_resource.additional_properties = d
        return pool_spec_resource

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


from ..models.pool_creating_step import PoolCreatingStep  # noqa: E402
from ..models.pool_data_volume import PoolDataVolume  # noqa: E402
from ..models.pool_node_az import PoolNodeAz  # noqa: E402
from ..models.pool_os_info import PoolOsInfo  # noqa: E402
from ..models.pool_resource_driver import PoolResourceDriver  # noqa: E402
from ..models.pool_resource_network import PoolResourceNetwork  # noqa: E402
from ..models.pool_root_volume import PoolRootVolume  # noqa: E402
from ..models.pool_spec_resource_extend_params import PoolSpecResourceExtendParams  # noqa: E402
from ..models.pool_spec_resource_labels import PoolSpecResourceLabels  # noqa: E402
from ..models.pool_taint import PoolTaint  # noqa: E402
from ..models.pool_user_tag import PoolUserTag  # noqa: E402
from ..models.pool_volume_group_config import PoolVolumeGroupConfig  # noqa: E402
