from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="TotalMetricValuesParameters")


@_attrs_define
class TotalMetricValuesParameters:
    """
    Attributes:
        f1_score (float | Unset): F1 score of a training job. This parameter is used only by some preset algorithms and
            is automatically generated. It is for reference only.
        recall (float | Unset): Total recall of a training job
        precision (float | Unset): Total precision of a training job
        accuracy (float | Unset): Total accuracy of a training job
    """

    f1_score: float | Unset = UNSET
    recall: float | Unset = UNSET
    precision: float | Unset = UNSET
    accuracy: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        f1_score = self.f1_score

        recall = self.recall

        precision = self.precision

        accuracy = self.accuracy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if f1_score is not UNSET:
            field_dict["f1_score"] = f1_score
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
        f1_score = d.pop("f1_score", UNSET)
        if isinstance(f1_score, bool) or not isinstance(f1_score, (int, float, Unset)):
            deviate(src_dict, "f1_score", TypeError("expected a number"))
            d["f1_score"] = f1_score
            f1_score = UNSET

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

        total_metric_values_parameters = cls(
            f1_score=f1_score,
            recall=recall,
            precision=precision,
            accuracy=accuracy,
        )

        total_metric_values_parameters.additional_properties = d
        return total_metric_values_parameters

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
