from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.os_pool_scope_plugin import OsPoolScopePlugin
    from ..models.os_version import OsVersion


T = TypeVar("T", bound="OsConfig")


@_attrs_define
class OsConfig:
    """Resource-pool configuration of the account. The EU edition lists further fields (e.g. `networkSubnetTypes`,
    `maxPoolFlavors`, `licenseScopeType`) that are not in the manual; they pass through as additional properties.

        Attributes:
            network_cidrs (list[str] | Unset): Network CIDR ranges that can be used for pool networks.
            network_quota (int | Unset): Number of networks the user may create.
            pool_quota (int | Unset): Number of resource pools the user may create.
            poo_high_available (bool | Unset): Whether this region supports creating high-availability resource pools
                (spelling of the manual's table; see also `poolHighAvailable`).
            pool_high_available (bool | Unset): Whether this region supports creating high-availability resource pools: true
                supported, false not (spelling of the current CN page and PY SDK; not in the manual's table).
            network_subnet_types (list[str] | Unset): Network subnet types that can be used (not in the manual's excerpt;
                from the English edition).
            cluster_flavor_specs (str | Unset): Flavors of the Kubernetes cluster's management nodes (not in the manual's
                excerpt; from the English edition).
            license_scope_type (str | Unset): Job types the imported license allows (not in the manual's excerpt; from the
                English edition).
            node_os_version_support (list[OsVersion] | Unset): Node image versions that can be used (not in the manual's
                excerpt; from the English edition).
            volume_types (list[str] | Unset): Supported disk types (not in the manual's excerpt; from the English edition).
            max_pool_flavors (int | Unset): Maximum number of flavors one resource pool may select (not in the manual's
                excerpt; from the English edition).
            pool_scope_plugins (list[OsPoolScopePlugin] | Unset): Plug-ins and dependencies of each pool job type (not in
                the manual's excerpt; from the English edition).
    """

    network_cidrs: list[str] | Unset = UNSET
    network_quota: int | Unset = UNSET
    pool_quota: int | Unset = UNSET
    poo_high_available: bool | Unset = UNSET
    pool_high_available: bool | Unset = UNSET
    network_subnet_types: list[str] | Unset = UNSET
    cluster_flavor_specs: str | Unset = UNSET
    license_scope_type: str | Unset = UNSET
    node_os_version_support: list[OsVersion] | Unset = UNSET
    volume_types: list[str] | Unset = UNSET
    max_pool_flavors: int | Unset = UNSET
    pool_scope_plugins: list[OsPoolScopePlugin] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network_cidrs: list[str] | Unset = UNSET
        if not isinstance(self.network_cidrs, Unset):
            network_cidrs = self.network_cidrs

        network_quota = self.network_quota

        pool_quota = self.pool_quota

        poo_high_available = self.poo_high_available

        pool_high_available = self.pool_high_available

        network_subnet_types: list[str] | Unset = UNSET
        if not isinstance(self.network_subnet_types, Unset):
            network_subnet_types = self.network_subnet_types

        cluster_flavor_specs = self.cluster_flavor_specs

        license_scope_type = self.license_scope_type

        node_os_version_support: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node_os_version_support, Unset):
            node_os_version_support = []
            for node_os_version_support_item_data in self.node_os_version_support:
                node_os_version_support_item = node_os_version_support_item_data.to_dict()
                node_os_version_support.append(node_os_version_support_item)

        volume_types: list[str] | Unset = UNSET
        if not isinstance(self.volume_types, Unset):
            volume_types = self.volume_types

        max_pool_flavors = self.max_pool_flavors

        pool_scope_plugins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pool_scope_plugins, Unset):
            pool_scope_plugins = []
            for pool_scope_plugins_item_data in self.pool_scope_plugins:
                pool_scope_plugins_item = pool_scope_plugins_item_data.to_dict()
                pool_scope_plugins.append(pool_scope_plugins_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if network_cidrs is not UNSET:
            field_dict["networkCidrs"] = network_cidrs
        if network_quota is not UNSET:
            field_dict["networkQuota"] = network_quota
        if pool_quota is not UNSET:
            field_dict["poolQuota"] = pool_quota
        if poo_high_available is not UNSET:
            field_dict["pooHighAvailable"] = poo_high_available
        if pool_high_available is not UNSET:
            field_dict["poolHighAvailable"] = pool_high_available
        if network_subnet_types is not UNSET:
            field_dict["networkSubnetTypes"] = network_subnet_types
        if cluster_flavor_specs is not UNSET:
            field_dict["clusterFlavorSpecs"] = cluster_flavor_specs
        if license_scope_type is not UNSET:
            field_dict["licenseScopeType"] = license_scope_type
        if node_os_version_support is not UNSET:
            field_dict["nodeOSVersionSupport"] = node_os_version_support
        if volume_types is not UNSET:
            field_dict["volumeTypes"] = volume_types
        if max_pool_flavors is not UNSET:
            field_dict["maxPoolFlavors"] = max_pool_flavors
        if pool_scope_plugins is not UNSET:
            field_dict["poolScopePlugins"] = pool_scope_plugins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        network_cidrs = d.pop("networkCidrs", UNSET)
        if network_cidrs is not UNSET and (_misfit := list_misfit(network_cidrs, (str), False, "a string")):
            deviate(src_dict, "networkCidrs", _misfit)
            d["networkCidrs"] = network_cidrs
            network_cidrs = UNSET

        network_quota = d.pop("networkQuota", UNSET)
        if isinstance(network_quota, bool) or not isinstance(network_quota, (int, Unset)):
            deviate(src_dict, "networkQuota", TypeError("expected an integer"))
            d["networkQuota"] = network_quota
            network_quota = UNSET

        pool_quota = d.pop("poolQuota", UNSET)
        if isinstance(pool_quota, bool) or not isinstance(pool_quota, (int, Unset)):
            deviate(src_dict, "poolQuota", TypeError("expected an integer"))
            d["poolQuota"] = pool_quota
            pool_quota = UNSET

        poo_high_available = d.pop("pooHighAvailable", UNSET)
        if not isinstance(poo_high_available, (bool, Unset)):
            deviate(src_dict, "pooHighAvailable", TypeError("expected a boolean"))
            d["pooHighAvailable"] = poo_high_available
            poo_high_available = UNSET

        pool_high_available = d.pop("poolHighAvailable", UNSET)
        if not isinstance(pool_high_available, (bool, Unset)):
            deviate(src_dict, "poolHighAvailable", TypeError("expected a boolean"))
            d["poolHighAvailable"] = pool_high_available
            pool_high_available = UNSET

        network_subnet_types = d.pop("networkSubnetTypes", UNSET)
        if network_subnet_types is not UNSET and (
            _misfit := list_misfit(network_subnet_types, (str), False, "a string")
        ):
            deviate(src_dict, "networkSubnetTypes", _misfit)
            d["networkSubnetTypes"] = network_subnet_types
            network_subnet_types = UNSET

        cluster_flavor_specs = d.pop("clusterFlavorSpecs", UNSET)
        if not isinstance(cluster_flavor_specs, (str, Unset)):
            deviate(src_dict, "clusterFlavorSpecs", TypeError("expected a string"))
            d["clusterFlavorSpecs"] = cluster_flavor_specs
            cluster_flavor_specs = UNSET

        license_scope_type = d.pop("licenseScopeType", UNSET)
        if not isinstance(license_scope_type, (str, Unset)):
            deviate(src_dict, "licenseScopeType", TypeError("expected a string"))
            d["licenseScopeType"] = license_scope_type
            license_scope_type = UNSET

        _raw_node_os_version_support = d.pop("nodeOSVersionSupport", UNSET)
        try:
            _node_os_version_support = _raw_node_os_version_support
            node_os_version_support: list[OsVersion] | Unset = UNSET
            if _node_os_version_support is not UNSET:
                node_os_version_support = []
                for node_os_version_support_item_data in _node_os_version_support:
                    node_os_version_support_item = OsVersion.from_dict(node_os_version_support_item_data)

                    node_os_version_support.append(node_os_version_support_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "nodeOSVersionSupport", exc)
            d["nodeOSVersionSupport"] = _raw_node_os_version_support
            node_os_version_support = UNSET

        volume_types = d.pop("volumeTypes", UNSET)
        if volume_types is not UNSET and (_misfit := list_misfit(volume_types, (str), False, "a string")):
            deviate(src_dict, "volumeTypes", _misfit)
            d["volumeTypes"] = volume_types
            volume_types = UNSET

        max_pool_flavors = d.pop("maxPoolFlavors", UNSET)
        if isinstance(max_pool_flavors, bool) or not isinstance(max_pool_flavors, (int, Unset)):
            deviate(src_dict, "maxPoolFlavors", TypeError("expected an integer"))
            d["maxPoolFlavors"] = max_pool_flavors
            max_pool_flavors = UNSET

        _raw_pool_scope_plugins = d.pop("poolScopePlugins", UNSET)
        try:
            _pool_scope_plugins = _raw_pool_scope_plugins
            pool_scope_plugins: list[OsPoolScopePlugin] | Unset = UNSET
            if _pool_scope_plugins is not UNSET:
                pool_scope_plugins = []
                for pool_scope_plugins_item_data in _pool_scope_plugins:
                    pool_scope_plugins_item = OsPoolScopePlugin.from_dict(pool_scope_plugins_item_data)

                    pool_scope_plugins.append(pool_scope_plugins_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "poolScopePlugins", exc)
            d["poolScopePlugins"] = _raw_pool_scope_plugins
            pool_scope_plugins = UNSET

        os_config = cls(
            network_cidrs=network_cidrs,
            network_quota=network_quota,
            pool_quota=pool_quota,
            poo_high_available=poo_high_available,
            pool_high_available=pool_high_available,
            network_subnet_types=network_subnet_types,
            cluster_flavor_specs=cluster_flavor_specs,
            license_scope_type=license_scope_type,
            node_os_version_support=node_os_version_support,
            volume_types=volume_types,
            max_pool_flavors=max_pool_flavors,
            pool_scope_plugins=pool_scope_plugins,
        )

        os_config.additional_properties = d
        return os_config

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


from ..models.os_pool_scope_plugin import OsPoolScopePlugin  # noqa: E402
from ..models.os_version import OsVersion  # noqa: E402
