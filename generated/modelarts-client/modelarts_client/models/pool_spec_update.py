from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.pool_spec_update_scope_item import PoolSpecUpdateScopeItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_driver import PoolDriver
    from ..models.pool_resource import PoolResource


T = TypeVar("T", bound="PoolSpecUpdate")


@_attrs_define
class PoolSpecUpdate:
    """
    Attributes:
        scope (list[PoolSpecUpdateScopeItem] | Unset): Job type enabled. Options: - **Train**: training jobs -
            **Infer**: inference jobs [- **Notebook**: notebook jobs](tags: hc)
        resources (list[PoolResource] | Unset): Data model for the number of resources of the specified flavors in a
            resource pool and node pool configurations.
        driver (PoolDriver | Unset): Desired accelerator drivers of the pool.
    """

    scope: list[PoolSpecUpdateScopeItem] | Unset = UNSET
    resources: list[PoolResource] | Unset = UNSET
    driver: PoolDriver | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        driver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver, Unset):
            driver = self.driver.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if scope is not UNSET:
            field_dict["scope"] = scope
        if resources is not UNSET:
            field_dict["resources"] = resources
        if driver is not UNSET:
            field_dict["driver"] = driver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_scope = d.pop("scope", UNSET)
        try:
            _scope = _raw_scope
            scope: list[PoolSpecUpdateScopeItem] | Unset = UNSET
            if _scope is not UNSET:
                scope = []
                for scope_item_data in _scope:
                    scope_item = member_of(PoolSpecUpdateScopeItem, scope_item_data)

                    scope.append(scope_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "scope", exc)
            d["scope"] = _raw_scope
            scope = UNSET

        _raw_resources = d.pop("resources", UNSET)
        try:
            _resources = _raw_resources
            resources: list[PoolResource] | Unset = UNSET
            if _resources is not UNSET:
                resources = []
                for resources_item_data in _resources:
                    resources_item = PoolResource.from_dict(resources_item_data)

                    resources.append(resources_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resources", exc)
            d["resources"] = _raw_resources
            resources = UNSET

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

        pool_spec_update = cls(
            scope=scope,
            resources=resources,
            driver=driver,
        )

        pool_spec_update.additional_properties = d
        return pool_spec_update

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


from ..models.pool_driver import PoolDriver  # noqa: E402
from ..models.pool_resource import PoolResource  # noqa: E402
