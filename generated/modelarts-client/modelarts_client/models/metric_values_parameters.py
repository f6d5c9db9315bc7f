from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricValuesParameters")


@_attrs_define
class MetricValuesParameters:
    """
    Attributes:
        recall (float | Unset): Recall of a classification of a training job
        precision (float | Unset): Precision of a classification of a training job
        accuracy (float | Unset): Accuracy of a classification of a training job
    """

    recall: float | Unset = UNSET
    precision: float | Unset = UNSET
    accuracy: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recall = self.recall

        precision = self.precision

        accuracy = self.accuracy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if recall is not UNSET:
            field_dict["recall"] = recall
        if precision is not UNSET:
            field_dict["precision"] = precision
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        recall = d.pop("recall", UNSET)
        if isinstance(recall, bool) or not isinstance(recall, (int, float, Unset)):
            deviate(src_dict, "recall", TypeError("expected a number"))
            d["recall"] = recall
            recall = UNSET

        precision = d.pop("precision", UNSET)
        if isinstance(precision, bool) or not isinstance(precision, (int, float, Unset)):
            deviate(src_dict, "precision", TypeError("expected a number"))
            d["precision"] = precision
            precision = UNSET

        accuracy = d.pop("accuracy", UNSET)
        if isinstance(accuracy, bool) or not isinstance(accuracy, (int, float, Unset)):
            deviate(src_dict, "accuracy", TypeError("expected a number"))
            d["accuracy"] = accuracy
            accuracy = UNSET

        metric_values_parameters = cls(
            recall=recall,
            precision=precision,
            accuracy=accuracy,
        )

        metric_values_parameters.additional_properties = d
        return metric_values_parameters

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
