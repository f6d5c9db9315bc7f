from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.patch_pool_pool_spec_scope_item import PatchPoolPoolSpecScopeItem
from ..models.patch_pool_pool_spec_type import PatchPoolPoolSpecType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_pool_pool_resource import PatchPoolPoolResource
    from ..models.pool_cluster_container_network import PoolClusterContainerNetwork
    from ..models.pool_cluster_master import PoolClusterMaster
    from ..models.pool_driver import PoolDriver
    from ..models.pool_network import PoolNetwork


T = TypeVar("T", bound="PatchPoolPoolSpec")


@_attrs_define
class PatchPoolPoolSpec:
    """
    Attributes:
        type_ (PatchPoolPoolSpecType | Unset): Resource pool type. The options are as follows: - **Dedicate**: physical
            resource pool, which uses a separate network and supports network connection, custom drivers, and custom job
            types.
        scope (list[PatchPoolPoolSpecScopeItem] | Unset): Job type enabled. Options: - **Train**: training jobs -
            **Infer**: inference jobs [- **Notebook**: notebook jobs](tags: hc)
        resources (list[PatchPoolPoolResource] | Unset): Resource flavor list in a resource pool, including resource
            flavors, the number of resources for each flavor, and node pool information.
        network (PoolNetwork | Unset): Network of the pool; required for a physical pool.
        container_network (PoolClusterContainerNetwork | Unset):
        kubernetes_svc_ip_range (str | Unset): CIDR of the Kubernetes service network segment
        masters (list[PoolClusterMaster] | Unset): Master node parameters in a resource pool. This parameter is optional
            for physical resource pools.
        cluster_flavor (str | Unset): Cluster flavor of a standard pool.
        driver (PoolDriver | Unset): Desired accelerator drivers of the pool.
    """

    type_: PatchPoolPoolSpecType | Unset = UNSET
    scope: list[PatchPoolPoolSpecScopeItem] | Unset = UNSET
    resources: list[PatchPoolPoolResource] | Unset = UNSET
    network: PoolNetwork | Unset = UNSET
    container_network: PoolClusterContainerNetwork | Unset = UNSET
    kubernetes_svc_ip_range: str | Unset = UNSET
    masters: list[PoolClusterMaster] | Unset = UNSET
    cluster_flavor: str | Unset = UNSET
    driver: PoolDriver | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = []
            for scope_item_data in self.scope:
                scope_item = scope_item_data.value
                scope.append(scope_item)

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        container_network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container_network, Unset):
            container_network = self.container_network.to_dict()

        kubernetes_svc_ip_range = self.kubernetes_svc_ip_range

        masters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.masters, Unset):
            masters = []
            for masters_item_data in self.masters:
                masters_item = masters_item_data.to_dict()
                masters.append(masters_item)

        cluster_flavor = self.cluster_flavor

        driver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver, Unset):
            driver = self.driver.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if scope is not UNSET:
            field_dict["scope"] = scope
        if resources is not UNSET:
            field_dict["resources"] = resources
        if network is not UNSET:
            field_dict["network"] = network
        if container_network is not UNSET:
            field_dict["containerNetwork"] = container_network
        if kubernetes_svc_ip_range is not UNSET:
            field_dict["kubernetesSvcIpRange"] = kubernetes_svc_ip_range
        if masters is not UNSET:
            field_dict["masters"] = masters
        if cluster_flavor is not UNSET:
            field_dict["clusterFlavor"] = cluster_flavor
        if driver is not UNSET:
            field_dict["driver"] = driver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: PatchPoolPoolSpecType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(PatchPoolPoolSpecType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        _raw_scope = d.pop("scope", UNSET)
        try:
            _scope = _raw_scope
            scope: list[PatchPoolPoolSpecScopeItem] | Unset = UNSET
            if _scope is not UNSET:
                scope = []
                for scope_item_data in _scope:
                    scope_item = member_of(PatchPoolPoolSpecScopeItem, scope_item_data)

                    scope.append(scope_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "scope", exc)
            d["scope"] = _raw_scope
            scope = UNSET

        _raw_resources = d.pop("resources", UNSET)
        try:
            _resources = _raw_resources
            resources: list[PatchPoolPoolResource] | Unset = UNSET
            if _resources is not UNSET:
                resources = []
                for resources_item_data in _resources:
                    resources_item = PatchPoolPoolResource.from_dict(resources_item_data)

                    resources.append(resources_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resources", exc)
            d["resources"] = _raw_resources
            resources = UNSET

        _raw_network = d.pop("network", UNSET)
        try:
            _network = _raw_network
            network: PoolNetwork | Unset
            if isinstance(_network, Unset):
                network = UNSET
            else:
                network = PoolNetwork.from_dict(_network)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "network", exc)
            d["network"] = _raw_network
            network = UNSET

        _raw_container_network = d.pop("containerNetwork", UNSET)
        try:
            _container_network = _raw_container_network
            container_network: PoolClusterContainerNetwork | Unset
            if isinstance(_container_network, Unset):
                container_network = UNSET
            else:
                container_network = PoolClusterContainerNetwork.from_dict(_container_network)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "containerNetwork", exc)
            d["containerNetwork"] = _raw_container_network
            container_network = UNSET

        kubernetes_svc_ip_range = d.pop("kubernetesSvcIpRange", UNSET)
        if not isinstance(kubernetes_svc_ip_range, (str, Unset)):
            deviate(src_dict, "kubernetesSvcIpRange", TypeError("expected a string"))
            d["kubernetesSvcIpRange"] = kubernetes_svc_ip_range
            kubernetes_svc_ip_range = UNSET

        _raw_masters = d.pop("masters", UNSET)
        try:
            _masters = _raw_masters
            masters: list[PoolClusterMaster] | Unset = UNSET
            if _masters is not UNSET:
                masters = []
                for masters_item_data in _masters:
                    masters_item = PoolClusterMaster.from_dict(masters_item_data)

                    masters.append(masters_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "masters", exc)
            d["masters"] = _raw_masters
            masters = UNSET

        cluster_flavor = d.pop("clusterFlavor", UNSET)
        if not isinstance(cluster_flavor, (str, Unset)):
            deviate(src_dict, "clusterFlavor", TypeError("expected a string"))
            d["clusterFlavor"] = cluster_flavor
            cluster_flavor = UNSET

        _raw_driver = d.pop("driver", UNSET)
        try:
            _driver = _raw_driver
            driver: PoolDriver | Unset
            if isinstance(_driver, Unset):
                driver = UNSET
            else:
                driver = PoolDriver.from_dict(_driver)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "driver", exc)
            d["driver"] = _raw_driver
            driver = UNSET

        patch_pool_pool_spec = cls(
            type_=type_,
            scope=scope,
            resources=resources,
            network=network,
            container_network=container_network,
            kubernetes_svc_ip_range=kubernetes_svc_ip_range,
            masters=masters,
            cluster_flavor=cluster_flavor,
            driver=driver,
        )

        patch_pool_pool_spec.additional_properties = d
        return patch_pool_pool_spec

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


from ..models.patch_pool_pool_resource import PatchPoolPoolResource  # noqa: E402
from ..models.pool_cluster_container_network import PoolClusterContainerNetwork  # noqa: E402
from ..models.pool_cluster_master import PoolClusterMaster  # noqa: E402
from ..models.pool_driver import PoolDriver  # noqa: E402
from ..models.pool_network import PoolNetwork  # noqa: E402
