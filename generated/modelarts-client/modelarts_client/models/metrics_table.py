from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocated import Allocated
    from ..models.capacity import Capacity


T = TypeVar("T", bound="MetricsTable")


@_attrs_define
class MetricsTable:
    """Allocated and total resources of a pool.

    Attributes:
        allocated (Allocated | Unset): Resources allocated to workloads.
        capacity (Capacity | Unset): Total resources of the pool.
    """

    allocated: Allocated | Unset = UNSET
    capacity: Capacity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allocated, Unset):
            allocated = self.allocated.to_dict()

        capacity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capacity, Unset):
            capacity = self.capacity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allocated is not UNSET:
            field_dict["allocated"] = allocated
        if capacity is not UNSET:
            field_dict["capacity"] = capacity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_allocated = d.pop("allocated", UNSET)
        try:
            _allocated = _raw_allocated
            allocated: Allocated | Unset
            if isinstance(_allocated, Unset):
                allocated = UNSET
            else:
                allocated = Allocated.from_dict(_allocated)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "allocated", exc)
            d["allocated"] = _raw_allocated
            allocated = UNSET

        _raw_capacity = d.pop("capacity", UNSET)
        try:
            _capacity = _raw_capacity
            capacity: Capacity | Unset
            if isinstance(_capacity, Unset):
                capacity = UNSET
            else:
                capacity = Capacity.from_dict(_capacity)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "capacity", exc)
            d["capacity"] = _raw_capacity
            capacity = UNSET

        metrics_table = cls(
            allocated=allocated,
            capacity=capacity,
        )

        metrics_table.additional_properties = d
        return metrics_table

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


from ..models.allocated import Allocated  # noqa: E402
from ..models.capacity import Capacity  # noqa: E402
