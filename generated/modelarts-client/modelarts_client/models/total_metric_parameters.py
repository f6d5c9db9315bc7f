from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.total_metric_values_parameters import TotalMetricValuesParameters


T = TypeVar("T", bound="TotalMetricParameters")


@_attrs_define
class TotalMetricParameters:
    """
    Attributes:
        total_metric_meta (list[Any] | Unset): Reserved parameter
        total_reserved_data (list[Any] | Unset): Reserved parameter
        total_metric_values (list[TotalMetricValuesParameters] | Unset): Overall validation metrics of a training job.
            For details, see Table 12.
    """

    total_metric_meta: list[Any] | Unset = UNSET
    total_reserved_data: list[Any] | Unset = UNSET
    total_metric_values: list[TotalMetricValuesParameters] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_metric_meta: list[Any] | Unset = UNSET
        if not isinstance(self.total_metric_meta, Unset):
            total_metric_meta = self.total_metric_meta

        total_reserved_data: list[Any] | Unset = UNSET
        if not isinstance(self.total_reserved_data, Unset):
            total_reserved_data = self.total_reserved_data

        total_metric_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.total_metric_values, Unset):
            total_metric_values = []
            for total_metric_values_item_data in self.total_metric_values:
                total_metric_values_item = total_metric_values_item_data.to_dict()
                total_metric_values.append(total_metric_values_item)

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
        total_metric_meta = d.pop("total_metric_meta", UNSET)
        if total_metric_meta is not UNSET and (_misfit := list_misfit(total_metric_meta, (object), False, "any value")):
            deviate(src_dict, "total_metric_meta", _misfit)
            d["total_metric_meta"] = total_metric_meta
            total_metric_meta = UNSET

        total_reserved_data = d.pop("total_reserved_data", UNSET)
        if total_reserved_data is not UNSET and (
            _misfit := list_misfit(total_reserved_data, (object), False, "any value")
        ):
            deviate(src_dict, "total_reserved_data", _misfit)
            d["total_reserved_data"] = total_reserved_data
            total_reserved_data = UNSET

        _raw_total_metric_values = d.pop("total_metric_values", UNSET)
        try:
            _total_metric_values = _raw_total_metric_values
            total_metric_values: list[TotalMetricValuesParameters] | Unset = UNSET
            if _total_metric_values is not UNSET:
                total_metric_values = []
                for total_metric_values_item_data in _total_metric_values:
                    total_metric_values_item = TotalMetricValuesParameters.from_dict(total_metric_values_item_data)

                    total_metric_values.append(total_metric_values_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "total_metric_values", exc)
            d["total_metric_values"] = _raw_total_metric_values
            total_metric_values = UNSET

        total_metric_parameters = cls(
            total_metric_meta=total_metric_meta,
            total_reserved_data=total_reserved_data,
            total_metric_values=total_metric_values,
        )

        total_metric_parameters.additional_properties = d
        return total_metric_parameters

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


from ..models.total_metric_values_parameters import TotalMetricValuesParameters  # noqa: E402
