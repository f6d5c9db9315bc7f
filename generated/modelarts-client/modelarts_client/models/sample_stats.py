from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="SampleStats")


@_attrs_define
class SampleStats:
    """
    Attributes:
        accepted_sample_count (int | Unset): Number of samples accepted by the owner.
        auto_annotation_sample_count (int | Unset): Number of samples to be confirmed after intelligent labeling.
        deleted_sample_count (int | Unset): Number of deleted samples.
        rejected_sample_count (int | Unset): Number of samples that failed to pass the owner acceptance.
        sampled_sample_count (int | Unset): Number of samples that are to be accepted by the owner and sampled.
        total_sample_count (int | Unset): Total number of samples.
        unannotated_sample_count (int | Unset): Number of unlabeled samples.
        uncheck_sample_count (int | Unset): Number of samples that have been approved by the reviewer and are to be
            accepted by the owner.
        unreviewed_sample_count (int | Unset): Number of samples that have been labeled by the labeler but have not been
            reviewed by the reviewer.
    """

    accepted_sample_count: int | Unset = UNSET
    auto_annotation_sample_count: int | Unset = UNSET
    deleted_sample_count: int | Unset = UNSET
    rejected_sample_count: int | Unset = UNSET
    sampled_sample_count: int | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    unannotated_sample_count: int | Unset = UNSET
    uncheck_sample_count: int | Unset = UNSET
    unreviewed_sample_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted_sample_count = self.accepted_sample_count

        auto_annotation_sample_count = self.auto_annotation_sample_count

        deleted_sample_count = self.deleted_sample_count

        rejected_sample_count = self.rejected_sample_count

        sampled_sample_count = self.sampled_sample_count

        total_sample_count = self.total_sample_count

        unannotated_sample_count = self.unannotated_sample_count

        uncheck_sample_count = self.uncheck_sample_count

        unreviewed_sample_count = self.unreviewed_sample_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if accepted_sample_count is not UNSET:
            field_dict["accepted_sample_count"] = accepted_sample_count
        if auto_annotation_sample_count is not UNSET:
            field_dict["auto_annotation_sample_count"] = auto_annotation_sample_count
        if deleted_sample_count is not UNSET:
            field_dict["deleted_sample_count"] = deleted_sample_count
        if rejected_sample_count is not UNSET:
            field_dict["rejected_sample_count"] = rejected_sample_count
        if sampled_sample_count is not UNSET:
            field_dict["sampled_sample_count"] = sampled_sample_count
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if unannotated_sample_count is not UNSET:
            field_dict["unannotated_sample_count"] = unannotated_sample_count
        if uncheck_sample_count is not UNSET:
            field_dict["uncheck_sample_count"] = uncheck_sample_count
        if unreviewed_sample_count is not UNSET:
            field_dict["unreviewed_sample_count"] = unreviewed_sample_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        accepted_sample_count = d.pop("accepted_sample_count", UNSET)
        if isinstance(accepted_sample_count, bool) or not isinstance(accepted_sample_count, (int, Unset)):
            deviate(src_dict, "accepted_sample_count", TypeError("expected an integer"))
            d["accepted_sample_count"] = accepted_sample_count
            accepted_sample_count = UNSET

        auto_annotation_sample_count = d.pop("auto_annotation_sample_count", UNSET)
        if isinstance(auto_annotation_sample_count, bool) or not isinstance(auto_annotation_sample_count, (int, Unset)):
            deviate(src_dict, "auto_annotation_sample_count", TypeError("expected an integer"))
            d["auto_annotation_sample_count"] = auto_annotation_sample_count
            auto_annotation_sample_count = UNSET

        deleted_sample_count = d.pop("deleted_sample_count", UNSET)
        if isinstance(deleted_sample_count, bool) or not isinstance(deleted_sample_count, (int, Unset)):
            deviate(src_dict, "deleted_sample_count", TypeError("expected an integer"))
            d["deleted_sample_count"] = deleted_sample_count
            deleted_sample_count = UNSET

        rejected_sample_count = d.pop("rejected_sample_count", UNSET)
        if isinstance(rejected_sample_count, bool) or not isinstance(rejected_sample_count, (int, Unset)):
            deviate(src_dict, "rejected_sample_count", TypeError("expected an integer"))
            d["rejected_sample_count"] = rejected_sample_count
            rejected_sample_count = UNSET

        sampled_sample_count = d.pop("sampled_sample_count", UNSET)
        if isinstance(sampled_sample_count, bool) or not isinstance(sampled_sample_count, (int, Unset)):
            deviate(src_dict, "sampled_sample_count", TypeError("expected an integer"))
            d["sampled_sample_count"] = sampled_sample_count
            sampled_sample_count = UNSET

        total_sample_count = d.pop("total_sample_count", UNSET)
        if isinstance(total_sample_count, bool) or not isinstance(total_sample_count, (int, Unset)):
            deviate(src_dict, "total_sample_count", TypeError("expected an integer"))
            d["total_sample_count"] = total_sample_count
            total_sample_count = UNSET

        unannotated_sample_count = d.pop("unannotated_sample_count", UNSET)
        if isinstance(unannotated_sample_count, bool) or not isinstance(unannotated_sample_count, (int, Unset)):
            deviate(src_dict, "unannotated_sample_count", TypeError("expected an integer"))
            d["unannotated_sample_count"] = unannotated_sample_count
            unannotated_sample_count = UNSET

        uncheck_sample_count = d.pop("uncheck_sample_count", UNSET)
        if isinstance(uncheck_sample_count, bool) or not isinstance(uncheck_sample_count, (int, Unset)):
            deviate(src_dict, "uncheck_sample_count", TypeError("expected an integer"))
            d["uncheck_sample_count"] = uncheck_sample_count
            uncheck_sample_count = UNSET

        unreviewed_sample_count = d.pop("unreviewed_sample_count", UNSET)
        if isinstance(unreviewed_sample_count, bool) or not isinstance(unreviewed_sample_count, (int, Unset)):
            deviate(src_dict, "unreviewed_sample_count", TypeError("expected an integer"))
            d["unreviewed_sample_count"] = unreviewed_sample_count
            unreviewed_sample_count = UNSET

        sample_stats = cls(
            accepted_sample_count=accepted_sample_count,
            auto_annotation_sample_count=auto_annotation_sample_count,
            deleted_sample_count=deleted_sample_count,
            rejected_sample_count=rejected_sample_count,
            sampled_sample_count=sampled_sample_count,
            total_sample_count=total_sample_count,
            unannotated_sample_count=unannotated_sample_count,
            uncheck_sample_count=uncheck_sample_count,
            unreviewed_sample_count=unreviewed_sample_count,
        )

        sample_stats.additional_properties = d
        return sample_stats

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
