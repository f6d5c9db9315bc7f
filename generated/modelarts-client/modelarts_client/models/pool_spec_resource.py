from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_node_az import PoolNodeAz


T = TypeVar("T", bound="PoolSpecResource")


@_attrs_define
class PoolSpecResource:
    """One flavor of a pool's spec and its node count.

    Attributes:
        flavor (str): Resource flavor, e.g. `modelarts.vm.gpu.tnt004`.
        count (int | Unset): Number of nodes of this flavor.
        azs (list[PoolNodeAz] | Unset): Availability zones to place the nodes in.
    """

    flavor: str
    count: int | Unset = UNSET
    azs: list[PoolNodeAz] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavor = self.flavor

        count = self.count

        azs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.azs, Unset):
            azs = []
            for azs_item_data in self.azs:
                azs_item = azs_item_data.to_dict()
                azs.append(azs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flavor": flavor,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if azs is not UNSET:
            field_dict["azs"] = azs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pool_node_az import PoolNodeAz  # noqa: PLC0415

        d = dict(src_dict)
        flavor = d.pop("flavor")

        count = d.pop("count", UNSET)

        _azs = d.pop("azs", UNSET)
        azs: list[PoolNodeAz] | Unset = UNSET
        if _azs is not UNSET:
            azs = []
            for azs_item_data in _azs:
                azs_item = PoolNodeAz.from_dict(azs_item_data)

                azs.append(azs_item)

        pool_spec_resource = cls(
            flavor=flavor,
            count=count,
            azs=azs,
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
