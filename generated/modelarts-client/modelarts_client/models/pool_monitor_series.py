from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_monitor_data_point import PoolMonitorDataPoint
    from ..models.pool_monitor_metric import PoolMonitorMetric


T = TypeVar("T", bound="PoolMonitorSeries")


@_attrs_define
class PoolMonitorSeries:
    """One monitoring series, a metric and its data points.

    Attributes:
        metric (PoolMonitorMetric): Identity of a metric, its name, namespace and dimensions.
        data_points (list[PoolMonitorDataPoint]): Data points of the series, one per period.
    """

    metric: PoolMonitorMetric
    data_points: list[PoolMonitorDataPoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.metric is not UNREAD:
            metric = self.metric.to_dict()
            field_dict["metric"] = metric
        if self.data_points is not UNREAD:
            data_points = []
            for data_points_item_data in self.data_points:
                data_points_item = data_points_item_data.to_dict()
                data_points.append(data_points_item)

            field_dict["dataPoints"] = data_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_metric = d.pop("metric", UNSET)
        try:
            if isinstance(_raw_metric, Unset):
                raise KeyError("metric")
            metric = PoolMonitorMetric.from_dict(_raw_metric)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metric", exc)
            if not isinstance(_raw_metric, Unset):
                d["metric"] = _raw_metric
            metric = UNREAD

        _raw_data_points = d.pop("dataPoints", UNSET)
        try:
            if isinstance(_raw_data_points, Unset):
                raise KeyError("dataPoints")
            data_points = []
            _data_points = _raw_data_points
            for data_points_item_data in _data_points:
                data_points_item = PoolMonitorDataPoint.from_dict(data_points_item_data)

                data_points.append(data_points_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dataPoints", exc)
            if not isinstance(_raw_data_points, Unset):
                d["dataPoints"] = _raw_data_points
            data_points = UNREAD

        pool_monitor_series = cls(
            metric=metric,
            data_points=data_points,
        )

        pool_monitor_series.additional_properties = d
        return pool_monitor_series

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


from ..models.pool_monitor_data_point import PoolMonitorDataPoint  # noqa: E402
from ..models.pool_monitor_metric import PoolMonitorMetric  # noqa: E402
