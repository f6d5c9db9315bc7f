from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="OsPoolScopePlugin")


@_attrs_define
class OsPoolScopePlugin:
    """Plug-ins of one pool job type (not in the manual's excerpt; from the English edition).

    Attributes:
        scope (str | Unset): Job type, e.g. `Train`, `Infer`, `Notebook`.
        plugins (list[str] | Unset): Plug-in list.
        external_dependency (bool | Unset): Whether the job type has external dependencies.
        reserved_network_cidr (list[str] | Unset): Reserved CIDR blocks.
    """

    scope: str | Unset = UNSET
    plugins: list[str] | Unset = UNSET
    external_dependency: bool | Unset = UNSET
    reserved_network_cidr: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope

        plugins: list[str] | Unset = UNSET
        if not isinstance(self.plugins, Unset):
            plugins = self.plugins

        external_dependency = self.external_dependency

        reserved_network_cidr: list[str] | Unset = UNSET
        if not isinstance(self.reserved_network_cidr, Unset):
            reserved_network_cidr = self.reserved_network_cidr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if scope is not UNSET:
            field_dict["scope"] = scope
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if external_dependency is not UNSET:
            field_dict["externalDependency"] = external_dependency
        if reserved_network_cidr is not UNSET:
            field_dict["reservedNetworkCidr"] = reserved_network_cidr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        scope = d.pop("scope", UNSET)
        if not isinstance(scope, (str, Unset)):
            deviate(src_dict, "scope", TypeError("expected a string"))
            d["scope"] = scope
            scope = UNSET

        plugins = d.pop("plugins", UNSET)
        if plugins is not UNSET and (_misfit := list_misfit(plugins, (str), False, "a string")):
            deviate(src_dict, "plugins", _misfit)
            d["plugins"] = plugins
            plugins = UNSET

        external_dependency = d.pop("externalDependency", UNSET)
        if not isinstance(external_dependency, (bool, Unset)):
            deviate(src_dict, "externalDependency", TypeError("expected a boolean"))
            d["externalDependency"] = external_dependency
            external_dependency = UNSET

        reserved_network_cidr = d.pop("reservedNetworkCidr", UNSET)
        if reserved_network_cidr is not UNSET and (
            _misfit := list_misfit(reserved_network_cidr, (str), False, "a string")
        ):
            deviate(src_dict, "reservedNetworkCidr", _misfit)
            d["reservedNetworkCidr"] = reserved_network_cidr
            reserved_network_cidr = UNSET

        os_pool_scope_plugin = cls(
            scope=scope,
            plugins=plugins,
            external_dependency=external_dependency,
            reserved_network_cidr=reserved_network_cidr,
        )

        os_pool_scope_plugin.additional_properties = d
        return os_pool_scope_plugin

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
