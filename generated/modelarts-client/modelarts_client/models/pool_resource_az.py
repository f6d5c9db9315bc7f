from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolResourceAz")


@_attrs_define
class PoolResourceAz:
    """Amount of resources in one availability zone.

    Attributes:
        az (str | Unset): Availability zone name.
        count (int | Unset): Amount of resources in this availability zone.
    """

    az: str | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        az = self.az

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if az is not UNSET:
            field_dict["az"] = az
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        az = d.pop("az", UNSET)
        if not isinstance(az, (str, Unset)):
            deviate(src_dict, "az", TypeError("expected a string"))
            d["az"] = az
            az = UNSET

        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

        pool_resource_az = cls(
            az=az,
            count=count,
        )

        pool_resource_az.additional_properties = d
        return pool_resource_az

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
