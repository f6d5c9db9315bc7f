from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_parameters import MetricParameters
    from ..models.total_metric_parameters import TotalMetricParameters


T = TypeVar("T", bound="ModelMetricListParameters")


@_attrs_define
class ModelMetricListParameters:
    """
    Attributes:
        metric (list[MetricParameters] | Unset): Validation metrics of a classification of a training job.
        total_metric (TotalMetricParameters | Unset):
    """

    metric: list[MetricParameters] | Unset = UNSET
    total_metric: TotalMetricParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = []
            for metric_item_data in self.metric:
                metric_item = metric_item_data.to_dict()
                metric.append(metric_item)

        total_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_metric, Unset):
            total_metric = self.total_metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if metric is not UNSET:
            field_dict["metric"] = metric
        if total_metric is not UNSET:
            field_dict["total_metric"] = total_metric

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_metric = d.pop("metric", UNSET)
        try:
            _metric = _raw_metric
            metric: list[MetricParameters] | Unset = UNSET
            if _metric is not UNSET:
                metric = []
                for metric_item_data in _metric:
                    metric_item = MetricParameters.from_dict(metric_item_data)

                    metric.append(metric_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metric", exc)
            d["metric"] = _raw_metric
            metric = UNSET

        _raw_total_metric = d.pop("total_metric", UNSET)
        try:
            _total_metric = _raw_total_metric
            total_metric: TotalMetricParameters | Unset
            if isinstance(_total_metric, Unset):
                total_metric = UNSET
            else:
                total_metric = TotalMetricParameters.from_dict(_total_metric)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "total_metric", exc)
            d["total_metric"] = _raw_total_metric
            total_metric = UNSET

        model_metric_list_parameters = cls(
            metric=metric,
            total_metric=total_metric,
        )

        model_metric_list_parameters.additional_properties = d
        return model_metric_list_parameters

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


from ..models.metric_parameters import MetricParameters  # noqa: E402
from ..models.total_metric_parameters import TotalMetricParameters  # noqa: E402
