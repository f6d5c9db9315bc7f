from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckTaskStats")


@_attrs_define
class CheckTaskStats:
    """
    Attributes:
        accepted_sample_count (int | Unset): Accepted samples.
        checked_sample_count (int | Unset): Checked samples.
        pass_rate (float | Unset): Pass rate of samples.
        rejected_sample_count (int | Unset): Rejected samples.
        sampled_sample_count (int | Unset): Number of sampled samples.
        sampling_num (int | Unset): Samples of an acceptance task.
        sampling_rate (float | Unset): Sampling rate of an acceptance task.
        score (str | Unset): Acceptance score.
        task_id (str | Unset): ID of an acceptance task.
        total_sample_count (int | Unset): Total samples.
        total_score (int | Unset): Total acceptance score.
        unchecked_sample_count (int | Unset): Unchecked samples.
    """

    accepted_sample_count: int | Unset = UNSET
    checked_sample_count: int | Unset = UNSET
    pass_rate: float | Unset = UNSET
    rejected_sample_count: int | Unset = UNSET
    sampled_sample_count: int | Unset = UNSET
    sampling_num: int | Unset = UNSET
    sampling_rate: float | Unset = UNSET
    score: str | Unset = UNSET
    task_id: str | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    total_score: int | Unset = UNSET
    unchecked_sample_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted_sample_count = self.accepted_sample_count

        checked_sample_count = self.checked_sample_count

        pass_rate = self.pass_rate

        rejected_sample_count = self.rejected_sample_count

        sampled_sample_count = self.sampled_sample_count

        sampling_num = self.sampling_num

        sampling_rate = self.sampling_rate

        score = self.score

        task_id = self.task_id

        total_sample_count = self.total_sample_count

        total_score = self.total_score

        unchecked_sample_count = self.unchecked_sample_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if accepted_sample_count is not UNSET:
            field_dict["accepted_sample_count"] = accepted_sample_count
        if checked_sample_count is not UNSET:
            field_dict["checked_sample_count"] = checked_sample_count
        if pass_rate is not UNSET:
            field_dict["pass_rate"] = pass_rate
        if rejected_sample_count is not UNSET:
            field_dict["rejected_sample_count"] = rejected_sample_count
        if sampled_sample_count is not UNSET:
            field_dict["sampled_sample_count"] = sampled_sample_count
        if sampling_num is not UNSET:
            field_dict["sampling_num"] = sampling_num
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate
        if score is not UNSET:
            field_dict["score"] = score
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if total_score is not UNSET:
            field_dict["total_score"] = total_score
        if unchecked_sample_count is not UNSET:
            field_dict["unchecked_sample_count"] = unchecked_sample_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        accepted_sample_count = d.pop("accepted_sample_count", UNSET)
        if isinstance(accepted_sample_count, bool) or not isinstance(accepted_sample_count, (int, Unset)):
            deviate(src_dict, "accepted_sample_count", TypeError("expected an integer"))
            d["accepted_sample_count"] = accepted_sample_count
            accepted_sample_count = UNSET

        checked_sample_count = d.pop("checked_sample_count", UNSET)
        if isinstance(checked_sample_count, bool) or not isinstance(checked_sample_count, (int, Unset)):
            deviate(src_dict, "checked_sample_count", TypeError("expected an integer"))
            d["checked_sample_count"] = checked_sample_count
            checked_sample_count = UNSET

        pass_rate = d.pop("pass_rate", UNSET)
        if isinstance(pass_rate, bool) or not isinstance(pass_rate, (int, float, Unset)):
            deviate(src_dict, "pass_rate", TypeError("expected a number"))
            d["pass_rate"] = pass_rate
            pass_rate = UNSET

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

        sampling_num = d.pop("sampling_num", UNSET)
        if isinstance(sampling_num, bool) or not isinstance(sampling_num, (int, Unset)):
            deviate(src_dict, "sampling_num", TypeError("expected an integer"))
            d["sampling_num"] = sampling_num
            sampling_num = UNSET

        sampling_rate = d.pop("sampling_rate", UNSET)
        if isinstance(sampling_rate, bool) or not isinstance(sampling_rate, (int, float, Unset)):
            deviate(src_dict, "sampling_rate", TypeError("expected a number"))
            d["sampling_rate"] = sampling_rate
            sampling_rate = UNSET

        score = d.pop("score", UNSET)
        if not isinstance(score, (str, Unset)):
            deviate(src_dict, "score", TypeError("expected a string"))
            d["score"] = score
            score = UNSET

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

        total_sample_count = d.pop("total_sample_count", UNSET)
        if isinstance(total_sample_count, bool) or not isinstance(total_sample_count, (int, Unset)):
            deviate(src_dict, "total_sample_count", TypeError("expected an integer"))
            d["total_sample_count"] = total_sample_count
            total_sample_count = UNSET

        total_score = d.pop("total_score", UNSET)
        if isinstance(total_score, bool) or not isinstance(total_score, (int, Unset)):
            deviate(src_dict, "total_score", TypeError("expected an integer"))
            d["total_score"] = total_score
            total_score = UNSET

        unchecked_sample_count = d.pop("unchecked_sample_count", UNSET)
        if isinstance(unchecked_sample_count, bool) or not isinstance(unchecked_sample_count, (int, Unset)):
            deviate(src_dict, "unchecked_sample_count", TypeError("expected an integer"))
            d["unchecked_sample_count"] = unchecked_sample_count
            unchecked_sample_count = UNSET

        check_task_stats = cls(
            accepted_sample_count=accepted_sample_count,
            checked_sample_count=checked_sample_count,
            pass_rate=pass_rate,
            rejected_sample_count=rejected_sample_count,
            sampled_sample_count=sampled_sample_count,
            sampling_num=sampling_num,
            sampling_rate=sampling_rate,
            score=score,
            task_id=task_id,
            total_sample_count=total_sample_count,
            total_score=total_score,
            unchecked_sample_count=unchecked_sample_count,
        )

        check_task_stats.additional_properties = d
        return check_task_stats

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
