from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_object import MetricObject


T = TypeVar("T", bound="ShowTrainingJobMetricsResponse")


@_attrs_define
class ShowTrainingJobMetricsResponse:
    """
    Attributes:
        metrics (list[MetricObject] | Unset): Running metrics.
    """

    metrics: list[MetricObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_metrics = d.pop("metrics", UNSET)
        try:
            _metrics = _raw_metrics
            metrics: list[MetricObject] | Unset = UNSET
            if _metrics is not UNSET:
                metrics = []
                for metrics_item_data in _metrics:
                    metrics_item = MetricObject.from_dict(metrics_item_data)

                    metrics.append(metrics_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metrics", exc)
            d["metrics"] = _raw_metrics
            metrics = UNSET

        show_training_job_metrics_response = cls(
            metrics=metrics,
        )

        show_training_job_metrics_response.additional_properties = d
        return show_training_job_metrics_response

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


from ..models.metric_object import MetricObject  # noqa: E402
