from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.pool_spec_creation_scope_item import PoolSpecCreationScopeItem
from ..models.pool_spec_creation_type import PoolSpecCreationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_cluster_master import PoolClusterMaster
    from ..models.pool_container_network import PoolContainerNetwork
    from ..models.pool_driver import PoolDriver
    from ..models.pool_network import PoolNetwork
    from ..models.pool_resource import PoolResource


T = TypeVar("T", bound="PoolSpecCreation")


@_attrs_define
class PoolSpecCreation:
    """
    Attributes:
        type_ (PoolSpecCreationType): Resource pool type. The options are as follows: - **Dedicate**: physical resource
            pool, which uses a separate network and supports network connection, custom drivers, and custom job types.
        resources (list[PoolResource]): Resource specifications in a resource pool, including resource specifications
            and the number of resources for each specification
        scope (list[PoolSpecCreationScopeItem] | Unset): Job type enabled. Options: - **Train**: training jobs -
            **Infer**: inference jobs [- **Notebook**: notebook jobs](tags: hc)
        parent (str | Unset): Parent resource pool ID.
        network (PoolNetwork | Unset): Network of the pool; required for a physical pool.
        container_network (PoolContainerNetwork | Unset): Kubernetes container network of the pool (not in the manual's
            excerpt; from the English edition).
        kubernetes_svc_ip_range (str | Unset): CIDR of the Kubernetes service network segment
        masters (list[PoolClusterMaster] | Unset): Master node parameters in a resource pool. This parameter is optional
            for physical resource pools.
        cluster_flavor (str | Unset): Cluster flavor of a standard pool.
        driver (PoolDriver | Unset): Desired accelerator drivers of the pool.
        ipv6enable (bool | Unset): Whether to enable IPv6
    """

    type_: PoolSpecCreationType
    resources: list[PoolResource]
    scope: list[PoolSpecCreationScopeItem] | Unset = UNSET
    parent: str | Unset = UNSET
    network: PoolNetwork | Unset = UNSET
    container_network: PoolContainerNetwork | Unset = UNSET
    kubernetes_svc_ip_range: str | Unset = UNSET
    masters: list[PoolClusterMaster] | Unset = UNSET
    cluster_flavor: str | Unset = UNSET
    driver: PoolDriver | Unset = UNSET
    ipv6enable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = []
            for scope_item_data in self.scope:
                scope_item = scope_item_data.value
                scope.append(scope_item)

        parent = self.parent

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

        ipv6enable = self.ipv6enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not UNREAD:
            type_ = self.type_.value
            field_dict["type"] = type_
        if self.resources is not UNREAD:
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

            field_dict["resources"] = resources
        if scope is not UNSET:
            field_dict["scope"] = scope
        if parent is not UNSET:
            field_dict["parent"] = parent
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
        if ipv6enable is not UNSET:
            field_dict["ipv6enable"] = ipv6enable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_type_ = d.pop("type", UNSET)
        try:
            if isinstance(_raw_type_, Unset):
                raise KeyError("type")
            type_ = member_of(PoolSpecCreationType, _raw_type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            if not isinstance(_raw_type_, Unset):
                d["type"] = _raw_type_
            type_ = UNREAD

        _raw_resources = d.pop("resources", UNSET)
        try:
            if isinstance(_raw_resources, Unset):
                raise KeyError("resources")
            resources = []
            _resources = _raw_resources
            for resources_item_data in _resources:
                resources_item = PoolResource.from_dict(resources_item_data)

                resources.append(resources_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resources", exc)
            if not isinstance(_raw_resources, Unset):
                d["resources"] = _raw_resources
            resources = UNREAD

        _raw_scope = d.pop("scope", UNSET)
        try:
            _scope = _raw_scope
            scope: list[PoolSpecCreationScopeItem] | Unset = UNSET
            if _scope is not UNSET:
                scope = []
                for scope_item_data in _scope:
                    scope_item = member_of(PoolSpecCreationScopeItem, scope_item_data)

                    scope.append(scope_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "scope", exc)
            d["scope"] = _raw_scope
            scope = UNSET

        parent = d.pop("parent", UNSET)
        if not isinstance(parent, (str, Unset)):
            deviate(src_dict, "parent", TypeError("expected a string"))
            d["parent"] = parent
            parent = UNSET

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
            container_network: PoolContainerNetwork | Unset
            if isinstance(_container_network, Unset):
                container_network = UNSET
            else:
                container_network = PoolContainerNetwork.from_dict(_container_network)

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

        ipv6enable = d.pop("ipv6enable", UNSET)
        if not isinstance(ipv6enable, (bool, Unset)):
            deviate(src_dict, "ipv6enable", TypeError("expected a boolean"))
            d["ipv6enable"] = ipv6enable
            ipv6enable = UNSET

        pool_spec_creation = cls(
            type_=type_,
            resources=resources,
            scope=scope,
            parent=parent,
            network=network,
            container_network=container_network,
            kubernetes_svc_ip_range=kubernetes_svc_ip_range,
            masters=masters,
            cluster_flavor=cluster_flavor,
            driver=driver,
            ipv6enable=ipv6enable,
        )

        pool_spec_creation.additional_properties = d
        return pool_spec_creation

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


from ..models.pool_cluster_master import PoolClusterMaster  # noqa: E402
from ..models.pool_container_network import PoolContainerNetwork  # noqa: E402
from ..models.pool_driver import PoolDriver  # noqa: E402
from ..models.pool_network import PoolNetwork  # noqa: E402
from ..models.pool_resource import PoolResource  # noqa: E402
