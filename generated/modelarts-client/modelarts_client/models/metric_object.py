from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.metric_object_metric import MetricObjectMetric
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricObject")


@_attrs_define
class MetricObject:
    """
    Attributes:
        metric (MetricObjectMetric | Unset): Running metric. The options are as follows: - **cpuUsage**: CPU usage -
            **memUsage**: physical memory usage - **gpuUtil**: GPU usage - **gpuMemUsage**: GPU memory usage - **npuUtil**:
            NPU usage - **npuMemUsage**: NPU memory usage
        value (list[float] | Unset): Value of a running metric. An average value is collected every minute.
    """

    metric: MetricObjectMetric | Unset = UNSET
    value: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        value: list[float] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if metric is not UNSET:
            field_dict["metric"] = metric
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_metric = d.pop("metric", UNSET)
        try:
            _metric = _raw_metric
            metric: MetricObjectMetric | Unset
            if isinstance(_metric, Unset):
                metric = UNSET
            else:
                metric = member_of(MetricObjectMetric, _metric)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metric", exc)
            d["metric"] = _raw_metric
            metric = UNSET

        value = d.pop("value", UNSET)
        if value is not UNSET and (_misfit := list_misfit(value, (int, float), True, "a number")):
            deviate(src_dict, "value", _misfit)
            d["value"] = value
            value = UNSET

        metric_object = cls(
            metric=metric,
            value=value,
        )

        metric_object.additional_properties = d
        return metric_object

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
