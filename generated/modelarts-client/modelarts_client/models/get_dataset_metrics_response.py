from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_dataset_metrics_response_metrics import GetDatasetMetricsResponseMetrics


T = TypeVar("T", bound="GetDatasetMetricsResponse")


@_attrs_define
class GetDatasetMetricsResponse:
    """
    Attributes:
        metrics (GetDatasetMetricsResponseMetrics | Unset): Dataset monitoring information.
    """

    metrics: GetDatasetMetricsResponseMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

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
            metrics: GetDatasetMetricsResponseMetrics | Unset
            if isinstance(_metrics, Unset):
                metrics = UNSET
            else:
                metrics = GetDatasetMetricsResponseMetrics.from_dict(_metrics)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metrics", exc)
            d["metrics"] = _raw_metrics
            metrics = UNSET

        get_dataset_metrics_response = cls(
            metrics=metrics,
        )

        get_dataset_metrics_response.additional_properties = d
        return get_dataset_metrics_response

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


from ..models.get_dataset_metrics_response_metrics import GetDatasetMetricsResponseMetrics  # noqa: E402
