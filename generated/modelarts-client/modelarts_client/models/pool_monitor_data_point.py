from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.pool_monitor_data_point_unit import PoolMonitorDataPointUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_monitor_statistic import PoolMonitorStatistic


T = TypeVar("T", bound="PoolMonitorDataPoint")


@_attrs_define
class PoolMonitorDataPoint:
    """One data point of a series.

    Attributes:
        timestamp (int | Unset): Start of the period, epoch milliseconds.
        unit (PoolMonitorDataPointUnit | Unset): Unit of the values, `Percent` or `Megabytes`; empty for some NPU
            metrics.
        statistics (list[PoolMonitorStatistic] | Unset): Statistic values of the period.
    """

    timestamp: int | Unset = UNSET
    unit: PoolMonitorDataPointUnit | Unset = UNSET
    statistics: list[PoolMonitorStatistic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        statistics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = []
            for statistics_item_data in self.statistics:
                statistics_item = statistics_item_data.to_dict()
                statistics.append(statistics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if unit is not UNSET:
            field_dict["unit"] = unit
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        timestamp = d.pop("timestamp", UNSET)
        if isinstance(timestamp, bool) or not isinstance(timestamp, (int, Unset)):
            deviate(src_dict, "timestamp", TypeError("expected an integer"))
            d["timestamp"] = timestamp
            timestamp = UNSET

        _raw_unit = d.pop("unit", UNSET)
        try:
            _unit = _raw_unit
            unit: PoolMonitorDataPointUnit | Unset
            if isinstance(_unit, Unset):
                unit = UNSET
            else:
                unit = member_of(PoolMonitorDataPointUnit, _unit)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "unit", exc)
            d["unit"] = _raw_unit
            unit = UNSET

        _raw_statistics = d.pop("statistics", UNSET)
        try:
            _statistics = _raw_statistics
            statistics: list[PoolMonitorStatistic] | Unset = UNSET
            if _statistics is not UNSET:
                statistics = []
                for statistics_item_data in _statistics:
                    statistics_item = PoolMonitorStatistic.from_dict(statistics_item_data)

                    statistics.append(statistics_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "statistics", exc)
            d["statistics"] = _raw_statistics
            statistics = UNSET

        pool_monitor_data_point = cls(
            timestamp=timestamp,
            unit=unit,
            statistics=statistics,
        )

        pool_monitor_data_point.additional_properties = d
        return pool_monitor_data_point

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


from ..models.pool_monitor_statistic import PoolMonitorStatistic  # noqa: E402
