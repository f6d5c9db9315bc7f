from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolMonitorStatistic")


@_attrs_define
class PoolMonitorStatistic:
    """One statistic of a data point.

    Attributes:
        statistic (str | Unset): Statistic, as requested by the `statistics` query parameter (e.g. `average`).
        value (float | Unset): Statistic value; -1 means no data for the period.
    """

    statistic: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statistic = self.statistic

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if statistic is not UNSET:
            field_dict["statistic"] = statistic
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        statistic = d.pop("statistic", UNSET)
        if not isinstance(statistic, (str, Unset)):
            deviate(src_dict, "statistic", TypeError("expected a string"))
            d["statistic"] = statistic
            statistic = UNSET

        value = d.pop("value", UNSET)
        if isinstance(value, bool) or not isinstance(value, (int, float, Unset)):
            deviate(src_dict, "value", TypeError("expected a number"))
            d["value"] = value
            value = UNSET

        pool_monitor_statistic = cls(
            statistic=statistic,
            value=value,
        )

        pool_monitor_statistic.additional_properties = d
        return pool_monitor_statistic

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
