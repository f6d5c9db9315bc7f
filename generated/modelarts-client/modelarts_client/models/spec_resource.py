from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.spec_resource_flavor_id import SpecResourceFlavorId
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpecResource")


@_attrs_define
class SpecResource:
    """
    Attributes:
        flavor_id (SpecResourceFlavorId | Unset): ID of the resource flavor selected for a training job. **flavor_id**
            cannot be specified for dedicated resource pools with CPU specifications. The options for dedicated resource
            pools with GPU specifications are as follows: - **modelarts.pool.visual.xlarge** (1 card) -
            **modelarts.pool.visual.2xlarge** (2 cards) - **modelarts.pool.visual.4xlarge** (4 cards) -
            **modelarts.pool.visual.8xlarge** (8 cards) - **modelarts.pool.visual.16xlarge** (16 cards, only for the 910A3
            supernode resource pool)
        node_count (int | Unset): Number of nodes used for creating a training job in a pool. By default, a single node
            is used.
        pool_id (str | Unset): Dedicated resource pool ID.
    """

    flavor_id: SpecResourceFlavorId | Unset = UNSET
    node_count: int | Unset = UNSET
    pool_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavor_id: str | Unset = UNSET
        if not isinstance(self.flavor_id, Unset):
            flavor_id = self.flavor_id.value

        node_count = self.node_count

        pool_id = self.pool_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if flavor_id is not UNSET:
            field_dict["flavor_id"] = flavor_id
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_flavor_id = d.pop("flavor_id", UNSET)
        try:
            _flavor_id = _raw_flavor_id
            flavor_id: SpecResourceFlavorId | Unset
            if isinstance(_flavor_id, Unset):
                flavor_id = UNSET
            else:
                flavor_id = member_of(SpecResourceFlavorId, _flavor_id)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "flavor_id", exc)
            d["flavor_id"] = _raw_flavor_id
            flavor_id = UNSET

        node_count = d.pop("node_count", UNSET)
        if isinstance(node_count, bool) or not isinstance(node_count, (int, Unset)):
            deviate(src_dict, "node_count", TypeError("expected an integer"))
            d["node_count"] = node_count
            node_count = UNSET

        pool_id = d.pop("pool_id", UNSET)
        if not isinstance(pool_id, (str, Unset)):
            deviate(src_dict, "pool_id", TypeError("expected a string"))
            d["pool_id"] = pool_id
            pool_id = UNSET

        spec_resource = cls(
            flavor_id=flavor_id,
            node_count=node_count,
            pool_id=pool_id,
        )

        spec_resource.additional_properties = d
        return spec_resource

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
