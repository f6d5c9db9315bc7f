from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.pool_spec_model_scope_item import PoolSpecModelScopeItem
from ..models.pool_spec_model_type import PoolSpecModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_cluster import PoolCluster
    from ..models.pool_cluster_master import PoolClusterMaster
    from ..models.pool_container_network import PoolContainerNetwork
    from ..models.pool_driver import PoolDriver
    from ..models.pool_network import PoolNetwork
    from ..models.pool_spec_resource import PoolSpecResource
    from ..models.pool_user_login import PoolUserLogin


T = TypeVar("T", bound="PoolSpecModel")


@_attrs_define
class PoolSpecModel:
    """Desired state of a resource pool.

    Attributes:
        type_ (PoolSpecModelType | Unset): Pool type. `Dedicate`: physical pool with its own network, network peering,
            custom drivers and custom job types. `Logical`: logical pool (from the official SDK; not in the manual).
        scope (list[PoolSpecModelScopeItem] | Unset): Job types the pool accepts, at least one: `Train` training jobs,
            `Infer` inference, `Notebook` notebooks. A physical pool may accept all.
        resources (list[PoolSpecResource] | Unset): Flavors of the pool and the node count of each.
        network (PoolNetwork | Unset): Network of the pool; required for a physical pool.
        job_flavors (list[str] | Unset): Names of the job flavors the pool supports.
        driver (PoolDriver | Unset): Desired accelerator drivers of the pool.
        control_mode (int | Unset): Restriction flags, summed: 0 unrestricted, 1 conversion to subscription restricted,
            2 flavor change restricted, 4 service restricted, 8 frozen, 16 frozen by public security (cannot be
            unsubscribed). E.g. 9 = 1 + 8.
        user_login (PoolUserLogin | Unset): How users log in to the pool's nodes (not in the manual; read by real
            clients).
        clusters (list[PoolCluster] | Unset): Clusters the pool's resources come from (not in the manual; read by real
            clients).
        container_network (PoolContainerNetwork | Unset): Kubernetes container network of the pool (not in the manual's
            excerpt; from the English edition).
        kubernetes_svc_ip_range (str | Unset): CIDR of the Kubernetes service network (not in the manual's excerpt; from
            the English edition).
        masters (list[PoolClusterMaster] | Unset): Master nodes of the pool's cluster (not in the manual's excerpt; from
            the English edition).
        cluster_flavor (str | Unset): Cluster flavor of a standard pool (not in the manual's excerpt; from the English
            edition).
    """

    type_: PoolSpecModelType | Unset = UNSET
    scope: list[PoolSpecModelScopeItem] | Unset = UNSET
    resources: list[PoolSpecResource] | Unset = UNSET
    network: PoolNetwork | Unset = UNSET
    job_flavors: list[str] | Unset = UNSET
    driver: PoolDriver | Unset = UNSET
    control_mode: int | Unset = UNSET
    user_login: PoolUserLogin | Unset = UNSET
    clusters: list[PoolCluster] | Unset = UNSET
    container_network: PoolContainerNetwork | Unset = UNSET
    kubernetes_svc_ip_range: str | Unset = UNSET
    masters: list[PoolClusterMaster] | Unset = UNSET
    cluster_flavor: str | Unset = UNSET
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

        job_flavors: list[str] | Unset = UNSET
        if not isinstance(self.job_flavors, Unset):
            job_flavors = self.job_flavors

        driver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver, Unset):
            driver = self.driver.to_dict()

        control_mode = self.control_mode

        user_login: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_login, Unset):
            user_login = self.user_login.to_dict()

        clusters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = []
            for clusters_item_data in self.clusters:
                clusters_item = clusters_item_data.to_dict()
                clusters.append(clusters_item)

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
        if job_flavors is not UNSET:
            field_dict["jobFlavors"] = job_flavors
        if driver is not UNSET:
            field_dict["driver"] = driver
        if control_mode is not UNSET:
            field_dict["controlMode"] = control_mode
        if user_login is not UNSET:
            field_dict["userLogin"] = user_login
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if container_network is not UNSET:
            field_dict["containerNetwork"] = container_network
        if kubernetes_svc_ip_range is not UNSET:
            field_dict["kubernetesSvcIpRange"] = kubernetes_svc_ip_range
        if masters is not UNSET:
            field_dict["masters"] = masters
        if cluster_flavor is not UNSET:
            field_dict["clusterFlavor"] = cluster_flavor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: PoolSpecModelType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(PoolSpecModelType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        _raw_scope = d.pop("scope", UNSET)
        try:
            _scope = _raw_scope
            scope: list[PoolSpecModelScopeItem] | Unset = UNSET
            if _scope is not UNSET:
                scope = []
                for scope_item_data in _scope:
                    scope_item = member_of(PoolSpecModelScopeItem, scope_item_data)

                    scope.append(scope_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "scope", exc)
            d["scope"] = _raw_scope
            scope = UNSET

        _raw_resources = d.pop("resources", UNSET)
        try:
            _resources = _raw_resources
            resources: list[PoolSpecResource] | Unset = UNSET
            if _resources is not UNSET:
                resources = []
                for resources_item_data in _resources:
                    resources_item = PoolSpecResource.from_dict(resources_item_data)

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

        job_flavors = d.pop("jobFlavors", UNSET)
        if job_flavors is not UNSET and (_misfit := list_misfit(job_flavors, (str), False, "a string")):
            deviate(src_dict, "jobFlavors", _misfit)
            d["jobFlavors"] = job_flavors
            job_flavors = UNSET

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

        control_mode = d.pop("controlMode", UNSET)
        if isinstance(control_mode, bool) or not isinstance(control_mode, (int, Unset)):
            deviate(src_dict, "controlMode", TypeError("expected an integer"))
            d["controlMode"] = control_mode
            control_mode = UNSET

        _raw_user_login = d.pop("userLogin", UNSET)
        try:
            _user_login = _raw_user_login
            user_login: PoolUserLogin | Unset
            if isinstance(_user_login, Unset):
                user_login = UNSET
            else:
                user_login = PoolUserLogin.from_dict(_user_login)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "userLogin", exc)
            d["userLogin"] = _raw_user_login
            user_login = UNSET

        _raw_clusters = d.pop("clusters", UNSET)
        try:
            _clusters = _raw_clusters
            clusters: list[PoolCluster] | Unset = UNSET
            if _clusters is not UNSET:
                clusters = []
                for clusters_item_data in _clusters:
                    clusters_item = PoolCluster.from_dict(clusters_item_data)

                    clusters.append(clusters_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "clusters", exc)
            d["clusters"] = _raw_clusters
            clusters = UNSET

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

        pool_spec_model = cls(
            type_=type_,
            scope=scope,
            resources=resources,
            network=network,
            job_flavors=job_flavors,
            driver=driver,
            control_mode=control_mode,
            user_login=user_login,
            clusters=clusters,
            container_network=container_network,
            kubernetes_svc_ip_range=kubernetes_svc_ip_range,
            masters=masters,
            cluster_flavor=cluster_flavor,
        )

        pool_spec_model.additional_properties = d
        return pool_spec_model

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


from ..models.pool_cluster import PoolCluster  # noqa: E402
from ..models.pool_cluster_master import PoolClusterMaster  # noqa: E402
from ..models.pool_container_network import PoolContainerNetwork  # noqa: E402
from ..models.pool_driver import PoolDriver  # noqa: E402
from ..models.pool_network import PoolNetwork  # noqa: E402
from ..models.pool_spec_resource import PoolSpecResource  # noqa: E402
from ..models.pool_user_login import PoolUserLogin  # noqa: E402
