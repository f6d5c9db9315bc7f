from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_creating_step import PoolCreatingStep
    from ..models.pool_resource_az import PoolResourceAz


T = TypeVar("T", bound="PoolResourceFlavorCount")


@_attrs_define
class PoolResourceFlavorCount:
    """Amount of one flavor in one state.

    Attributes:
        flavor (str): Flavor name, e.g. `modelarts.vm.gpu.tnt004`.
        count (int | Unset): Guaranteed amount of this flavor.
        max_count (int | Unset): Elastic amount of this flavor; equal to `count` for a physical pool.
        azs (list[PoolResourceAz] | Unset): Distribution of the resources over availability zones.
        node_pool (str | Unset): Node pool name, e.g. `nodePool-1`.
        creating_step (PoolCreatingStep | Unset): Batch in which a flavor's nodes are created (not in the manual's
            excerpt).
    """

    flavor: str
    count: int | Unset = UNSET
    max_count: int | Unset = UNSET
    azs: list[PoolResourceAz] | Unset = UNSET
    node_pool: str | Unset = UNSET
    creating_step: PoolCreatingStep | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        max_count = self.max_count

        azs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.azs, Unset):
            azs = []
            for azs_item_data in self.azs:
                azs_item = azs_item_data.to_dict()
                azs.append(azs_item)

        node_pool = self.node_pool

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
        if max_count is not UNSET:
            field_dict["maxCount"] = max_count
        if azs is not UNSET:
            field_dict["azs"] = azs
        if node_pool is not UNSET:
            field_dict["nodePool"] = node_pool
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

        max_count = d.pop("maxCount", UNSET)
        if isinstance(max_count, bool) or not isinstance(max_count, (int, Unset)):
            deviate(src_dict, "maxCount", TypeError("expected an integer"))
            d["maxCount"] = max_count
            max_count = UNSET

        _raw_azs = d.pop("azs", UNSET)
        try:
            _azs = _raw_azs
            azs: list[PoolResourceAz] | Unset = UNSET
            if _azs is not UNSET:
                azs = []
                for azs_item_data in _azs:
                    azs_item = PoolResourceAz.from_dict(azs_item_data)

                    azs.append(azs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "azs", exc)
            d["azs"] = _raw_azs
            azs = UNSET

        node_pool = d.pop("nodePool", UNSET)
        if not isinstance(node_pool, (str, Unset)):
            deviate(src_dict, "nodePool", TypeError("expected a string"))
            d["nodePool"] = node_pool
            node_pool = UNSET

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

        pool_resource_flavor_count = cls(
            flavor=flavor,
            count=count,
            max_count=max_count,
            azs=azs,
            node_pool=node_pool,
            creating_step=creating_step,
        )

        pool_resource_flavor_count.additional_properties = d
        return pool_resource_flavor_count

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
from ..models.pool_resource_az import PoolResourceAz  # noqa: E402
