from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_training_job_version_v1_total_metric_parameters_total_metric_meta import (
        ShowTrainingJobVersionV1TotalMetricParametersTotalMetricMeta,
    )
    from ..models.show_training_job_version_v1_total_metric_parameters_total_reserved_data import (
        ShowTrainingJobVersionV1TotalMetricParametersTotalReservedData,
    )
    from ..models.total_metric_values_parameters import TotalMetricValuesParameters


T = TypeVar("T", bound="ShowTrainingJobVersionV1TotalMetricParameters")


@_attrs_define
class ShowTrainingJobVersionV1TotalMetricParameters:
    """
    Attributes:
        total_metric_meta (ShowTrainingJobVersionV1TotalMetricParametersTotalMetricMeta | Unset): Reserved parameter
        total_reserved_data (ShowTrainingJobVersionV1TotalMetricParametersTotalReservedData | Unset): Reserved parameter
        total_metric_values (TotalMetricValuesParameters | Unset):
    """

    total_metric_meta: ShowTrainingJobVersionV1TotalMetricParametersTotalMetricMeta | Unset = UNSET
    total_reserved_data: ShowTrainingJobVersionV1TotalMetricParametersTotalReservedData | Unset = UNSET
    total_metric_values: TotalMetricValuesParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_metric_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_metric_meta, Unset):
            total_metric_meta = self.total_metric_meta.to_dict()

        total_reserved_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_reserved_data, Unset):
            total_reserved_data = self.total_reserved_data.to_dict()

        total_metric_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_metric_values, Unset):
            total_metric_values = self.total_metric_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_metric_meta is not UNSET:
            field_dict["total_metric_meta"] = total_metric_meta
        if total_reserved_data is not UNSET:
            field_dict["total_reserved_data"] = total_reserved_data
        if total_metric_values is not UNSET:
            field_dict["total_metric_values"] = total_metric_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_total_metric_meta = d.pop("total_metric_meta", UNSET)
        try:
            _total_metric_meta = _raw_total_metric_meta
            total_metric_meta: ShowTrainingJobVersionV1TotalMetricParametersTotalMetricMeta | Unset
            if isinstance(_total_metric_meta, Unset):
                total_metric_meta = UNSET
            else:
                total_metric_meta = ShowTrainingJobVersionV1TotalMetricParametersTotalMetricMeta.from_dict(
                    _total_metric_meta
                )

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "total_metric_meta", exc)
            d["total_metric_meta"] = _raw_total_metric_meta
            total_metric_meta = UNSET

        _raw_total_reserved_data = d.pop("total_reserved_data", UNSET)
        try:
            _total_reserved_data = _raw_total_reserved_data
            total_reserved_data: ShowTrainingJobVersionV1TotalMetricParametersTotalReservedData | Unset
            if isinstance(_total_reserved_data, Unset):
                total_reserved_data = UNSET
            else:
                total_reserved_data = ShowTrainingJobVersionV1TotalMetricParametersTotalReservedData.from_dict(
                    _total_reserved_data
                )

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "total_reserved_data", exc)
            d["total_reserved_data"] = _raw_total_reserved_data
            total_reserved_data = UNSET

        _raw_total_metric_values = d.pop("total_metric_values", UNSET)
        try:
            _total_metric_values = _raw_total_metric_values
            total_metric_values: TotalMetricValuesParameters | Unset
            if isinstance(_total_metric_values, Unset):
                total_metric_values = UNSET
            else:
                total_metric_values = TotalMetricValuesParameters.from_dict(_total_metric_values)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "total_metric_values", exc)
            d["total_metric_values"] = _raw_total_metric_values
            total_metric_values = UNSET

        show_training_job_version_v1_total_metric_parameters = cls(
            total_metric_meta=total_metric_meta,
            total_reserved_data=total_reserved_data,
            total_metric_values=total_metric_values,
        )

        show_training_job_version_v1_total_metric_parameters.additional_properties = d
        return show_training_job_version_v1_total_metric_parameters

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


from ..models.show_training_job_version_v1_total_metric_parameters_total_metric_meta import (
    ShowTrainingJobVersionV1TotalMetricParametersTotalMetricMeta,  # noqa: E402
)
from ..models.show_training_job_version_v1_total_metric_parameters_total_reserved_data import (
    ShowTrainingJobVersionV1TotalMetricParametersTotalReservedData,  # noqa: E402
)
from ..models.total_metric_values_parameters import TotalMetricValuesParameters  # noqa: E402
