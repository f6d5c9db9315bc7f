from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.pool_status_phase import PoolStatusPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_driver_status_set import PoolDriverStatusSet
    from ..models.pool_scope_status import PoolScopeStatus
    from ..models.pool_status_resources import PoolStatusResources


T = TypeVar("T", bound="PoolStatus")


@_attrs_define
class PoolStatus:
    """Observed state of a resource pool.

    Attributes:
        phase (PoolStatusPhase | Unset): Cluster state: `Creating`, `Running`, `Abnormal` (pool unhealthy), `Deleting`,
            `Error`; also `Waiting` (e.g. an unpaid subscription), `ScalingFailed` and `CreationFailed`, which the manual's
            excerpt omits and real clients wait on.
        message (str | Unset): Message explaining the current state.
        resources (PoolStatusResources | Unset): Resources of the pool by state, each a list of per-flavor counts.
        scope (list[PoolScopeStatus] | Unset): State of each job type of the pool.
        driver (PoolDriverStatusSet | Unset): Driver state of the pool, per accelerator kind.
        parent (str | Unset): Name of the parent pool; empty for a physical pool.
        root (str | Unset): Name of the root pool; a physical pool's own name.
    """

    phase: PoolStatusPhase | Unset = UNSET
    message: str | Unset = UNSET
    resources: PoolStatusResources | Unset = UNSET
    scope: list[PoolScopeStatus] | Unset = UNSET
    driver: PoolDriverStatusSet | Unset = UNSET
    parent: str | Unset = UNSET
    root: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        message = self.message

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        scope: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = []
            for scope_item_data in self.scope:
                scope_item = scope_item_data.to_dict()
                scope.append(scope_item)

        driver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver, Unset):
            driver = self.driver.to_dict()

        parent = self.parent

        root = self.root

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phase is not UNSET:
            field_dict["phase"] = phase
        if message is not UNSET:
            field_dict["message"] = message
        if resources is not UNSET:
            field_dict["resources"] = resources
        if scope is not UNSET:
            field_dict["scope"] = scope
        if driver is not UNSET:
            field_dict["driver"] = driver
        if parent is not UNSET:
            field_dict["parent"] = parent
        if root is not UNSET:
            field_dict["root"] = root

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_phase = d.pop("phase", UNSET)
        try:
            _phase = _raw_phase
            phase: PoolStatusPhase | Unset
            if isinstance(_phase, Unset):
                phase = UNSET
            else:
                phase = member_of(PoolStatusPhase, _phase)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "phase", exc)
            d["phase"] = _raw_phase
            phase = UNSET

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            deviate(src_dict, "message", TypeError("expected a string"))
            d["message"] = message
            message = UNSET

        _raw_resources = d.pop("resources", UNSET)
        try:
            _resources = _raw_resources
            resources: PoolStatusResources | Unset
            if isinstance(_resources, Unset):
                resources = UNSET
            else:
                resources = PoolStatusResources.from_dict(_resources)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resources", exc)
            d["resources"] = _raw_resources
            resources = UNSET

        _raw_scope = d.pop("scope", UNSET)
        try:
            _scope = _raw_scope
            scope: list[PoolScopeStatus] | Unset = UNSET
            if _scope is not UNSET:
                scope = []
                for scope_item_data in _scope:
                    scope_item = PoolScopeStatus.from_dict(scope_item_data)

                    scope.append(scope_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "scope", exc)
            d["scope"] = _raw_scope
            scope = UNSET

        _raw_driver = d.pop("driver", UNSET)
        try:
            _driver = _raw_driver
            driver: PoolDriverStatusSet | Unset
            if isinstance(_driver, Unset):
                driver = UNSET
            else:
                driver = PoolDriverStatusSet.from_dict(_driver)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "driver", exc)
            d["driver"] = _raw_driver
            driver = UNSET

        parent = d.pop("parent", UNSET)
        if not isinstance(parent, (str, Unset)):
            deviate(src_dict, "parent", TypeError("expected a string"))
            d["parent"] = parent
            parent = UNSET

        root = d.pop("root", UNSET)
        if not isinstance(root, (str, Unset)):
            deviate(src_dict, "root", TypeError("expected a string"))
            d["root"] = root
            root = UNSET

        pool_status = cls(
            phase=phase,
            message=message,
            resources=resources,
            scope=scope,
            driver=driver,
            parent=parent,
            root=root,
        )

        pool_status.additional_properties = d
        return pool_status

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


from ..models.pool_driver_status_set import PoolDriverStatusSet  # noqa: E402
from ..models.pool_scope_status import PoolScopeStatus  # noqa: E402
from ..models.pool_status_resources import PoolStatusResources  # noqa: E402
