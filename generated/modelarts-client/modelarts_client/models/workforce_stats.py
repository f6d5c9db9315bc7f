from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkforceStats")


@_attrs_define
class WorkforceStats:
    """
    Attributes:
        labeler_count (int | Unset): Number of annotators. The value cannot exceed 100.
        reviewer_count (int | Unset): Number of reviewers. The value cannot exceed 100.
        workforce_count (int | Unset): Number of teams.
    """

    labeler_count: int | Unset = UNSET
    reviewer_count: int | Unset = UNSET
    workforce_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labeler_count = self.labeler_count

        reviewer_count = self.reviewer_count

        workforce_count = self.workforce_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if labeler_count is not UNSET:
            field_dict["labeler_count"] = labeler_count
        if reviewer_count is not UNSET:
            field_dict["reviewer_count"] = reviewer_count
        if workforce_count is not UNSET:
            field_dict["workforce_count"] = workforce_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        labeler_count = d.pop("labeler_count", UNSET)
        if isinstance(labeler_count, bool) or not isinstance(labeler_count, (int, Unset)):
            deviate(src_dict, "labeler_count", TypeError("expected an integer"))
            d["labeler_count"] = labeler_count
            labeler_count = UNSET

        reviewer_count = d.pop("reviewer_count", UNSET)
        if isinstance(reviewer_count, bool) or not isinstance(reviewer_count, (int, Unset)):
            deviate(src_dict, "reviewer_count", TypeError("expected an integer"))
            d["reviewer_count"] = reviewer_count
            reviewer_count = UNSET

        workforce_count = d.pop("workforce_count", UNSET)
        if isinstance(workforce_count, bool) or not isinstance(workforce_count, (int, Unset)):
            deviate(src_dict, "workforce_count", TypeError("expected an integer"))
            d["workforce_count"] = workforce_count
            workforce_count = UNSET

        workforce_stats = cls(
            labeler_count=labeler_count,
            reviewer_count=reviewer_count,
            workforce_count=workforce_count,
        )

        workforce_stats.additional_properties = d
        return workforce_stats

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
