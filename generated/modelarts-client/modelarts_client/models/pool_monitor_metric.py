from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.pool_monitor_metric_namespace import PoolMonitorMetricNamespace
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_monitor_dimension import PoolMonitorDimension


T = TypeVar("T", bound="PoolMonitorMetric")


@_attrs_define
class PoolMonitorMetric:
    """Identity of a metric, its name, namespace and dimensions.

    Attributes:
        metric_name (str): Metric name: CPU usage, memory usage rate, GPU utilisation and memory usage, NPU utilisation
            and memory usage, disk capacity, available disk capacity and disk usage rate: `cpuUsage`, `memUsedRate`,
            `gpuUtil`, `gpuMemUsage`, `npuUtil`, `npuMemUsage`, `diskCapacity`, `diskAvailableCapacity`, `diskUsedRate`.
            These are the official SDK's values; the manual lists none, so no enum is declared (an unknown metric must not
            break a client).
        namespace (PoolMonitorMetricNamespace): Metric namespace: `PAAS.CONTAINER` component, instance, process and
            container metrics; `PAAS.NODE` host, network, disk and file-system metrics; `PAAS.SLA` SLA metrics; `PAAS.AGGR`
            cluster metrics; `CUSTOMMETRICS` default namespace of custom metrics.
        dimensions (list[PoolMonitorDimension] | Unset): Dimensions of the metric.
    """

    metric_name: str
    namespace: PoolMonitorMetricNamespace
    dimensions: list[PoolMonitorDimension] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = []
            for dimensions_item_data in self.dimensions:
                dimensions_item = dimensions_item_data.to_dict()
                dimensions.append(dimensions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.metric_name is not UNREAD:
            metric_name = self.metric_name
            field_dict["metricName"] = metric_name
        if self.namespace is not UNREAD:
            namespace = self.namespace.value
            field_dict["namespace"] = namespace
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        metric_name = d.pop("metricName", UNSET)
        if not isinstance(metric_name, (str)):
            deviate(src_dict, "metricName", TypeError("expected a string"))
            if not isinstance(metric_name, Unset):
                d["metricName"] = metric_name
            metric_name = UNREAD

        _raw_namespace = d.pop("namespace", UNSET)
        try:
            if isinstance(_raw_namespace, Unset):
                raise KeyError("namespace")
            namespace = member_of(PoolMonitorMetricNamespace, _raw_namespace)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "namespace", exc)
            if not isinstance(_raw_namespace, Unset):
                d["namespace"] = _raw_namespace
            namespace = UNREAD

        _raw_dimensions = d.pop("dimensions", UNSET)
        try:
            _dimensions = _raw_dimensions
            dimensions: list[PoolMonitorDimension] | Unset = UNSET
            if _dimensions is not UNSET:
                dimensions = []
                for dimensions_item_data in _dimensions:
                    dimensions_item = PoolMonitorDimension.from_dict(dimensions_item_data)

                    dimensions.append(dimensions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dimensions", exc)
            d["dimensions"] = _raw_dimensions
            dimensions = UNSET

        pool_monitor_metric = cls(
            metric_name=metric_name,
            namespace=namespace,
            dimensions=dimensions,
        )

        pool_monitor_metric.additional_properties = d
        return pool_monitor_metric

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


from ..models.pool_monitor_dimension import PoolMonitorDimension  # noqa: E402
