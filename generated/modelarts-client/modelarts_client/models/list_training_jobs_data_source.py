from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_training_jobs_job_summary import ListTrainingJobsJobSummary


T = TypeVar("T", bound="ListTrainingJobsDataSource")


@_attrs_define
class ListTrainingJobsDataSource:
    """
    Attributes:
        job (ListTrainingJobsJobSummary | Unset):
    """

    job: ListTrainingJobsJobSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_job = d.pop("job", UNSET)
        try:
            _job = _raw_job
            job: ListTrainingJobsJobSummary | Unset
            if isinstance(_job, Unset):
                job = UNSET
            else:
                job = ListTrainingJobsJobSummary.from_dict(_job)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "job", exc)
            d["job"] = _raw_job
            job = UNSET

        list_training_jobs_data_source = cls(
            job=job,
        )

        list_training_jobs_data_source.additional_properties = d
        return list_training_jobs_data_source

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


from ..models.list_training_jobs_job_summary import ListTrainingJobsJobSummary  # noqa: E402
