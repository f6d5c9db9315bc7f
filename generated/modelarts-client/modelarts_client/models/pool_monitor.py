from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_monitor_series import PoolMonitorSeries


T = TypeVar("T", bound="PoolMonitor")


@_attrs_define
class PoolMonitor:
    """Monitoring series of a resource pool.

    Attributes:
        metrics (list[PoolMonitorSeries]): Monitoring series, at most 20.
    """

    metrics: list[PoolMonitorSeries]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.metrics is not UNREAD:
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_metrics = d.pop("metrics", UNSET)
        try:
            if isinstance(_raw_metrics, Unset):
                raise KeyError("metrics")
            metrics = []
            _metrics = _raw_metrics
            for metrics_item_data in _metrics:
                metrics_item = PoolMonitorSeries.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metrics", exc)
            if not isinstance(_raw_metrics, Unset):
                d["metrics"] = _raw_metrics
            metrics = UNREAD

        pool_monitor = cls(
            metrics=metrics,
        )

        pool_monitor.additional_properties = d
        return pool_monitor

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


from ..models.pool_monitor_series import PoolMonitorSeries  # noqa: E402
