from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_parameters_metric_meta import MetricParametersMetricMeta
    from ..models.metric_parameters_reserved_data import MetricParametersReservedData
    from ..models.metric_values_parameters import MetricValuesParameters


T = TypeVar("T", bound="MetricParameters")


@_attrs_define
class MetricParameters:
    """
    Attributes:
        metric_values (MetricValuesParameters | Unset):
        reserved_data (MetricParametersReservedData | Unset): Reserved parameter
        metric_meta (MetricParametersMetricMeta | Unset): Classification of a training job, including the classification
            ID and name
    """

    metric_values: MetricValuesParameters | Unset = UNSET
    reserved_data: MetricParametersReservedData | Unset = UNSET
    metric_meta: MetricParametersMetricMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric_values, Unset):
            metric_values = self.metric_values.to_dict()

        reserved_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reserved_data, Unset):
            reserved_data = self.reserved_data.to_dict()

        metric_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric_meta, Unset):
            metric_meta = self.metric_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if metric_values is not UNSET:
            field_dict["metric_values"] = metric_values
        if reserved_data is not UNSET:
            field_dict["reserved_data"] = reserved_data
        if metric_meta is not UNSET:
            field_dict["metric_meta"] = metric_meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_metric_values = d.pop("metric_values", UNSET)
        try:
            _metric_values = _raw_metric_values
            metric_values: MetricValuesParameters | Unset
            if isinstance(_metric_values, Unset):
                metric_values = UNSET
            else:
                metric_values = MetricValuesParameters.from_dict(_metric_values)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metric_values", exc)
            d["metric_values"] = _raw_metric_values
            metric_values = UNSET

        _raw_reserved_data = d.pop("reserved_data", UNSET)
        try:
            _reserved_data = _raw_reserved_data
            reserved_data: MetricParametersReservedData | Unset
            if isinstance(_reserved_data, Unset):
                reserved_data = UNSET
            else:
                reserved_data = MetricParametersReservedData.from_dict(_reserved_data)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "reserved_data", exc)
            d["reserved_data"] = _raw_reserved_data
            reserved_data = UNSET

        _raw_metric_meta = d.pop("metric_meta", UNSET)
        try:
            _metric_meta = _raw_metric_meta
            metric_meta: MetricParametersMetricMeta | Unset
            if isinstance(_metric_meta, Unset):
                metric_meta = UNSET
            else:
                metric_meta = MetricParametersMetricMeta.from_dict(_metric_meta)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metric_meta", exc)
            d["metric_meta"] = _raw_metric_meta
            metric_meta = UNSET

        metric_parameters = cls(
            metric_values=metric_values,
            reserved_data=reserved_data,
            metric_meta=metric_meta,
        )

        metric_parameters.additional_properties = d
        return metric_parameters

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


from ..models.metric_parameters_metric_meta import MetricParametersMetricMeta  # noqa: E402
from ..models.metric_parameters_reserved_data import MetricParametersReservedData  # noqa: E402
from ..models.metric_values_parameters import MetricValuesParameters  # noqa: E402
