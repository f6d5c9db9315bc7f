from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_parameters import JobsParameters


T = TypeVar("T", bound="ListTrainingJobsV1Response")


@_attrs_define
class ListTrainingJobsV1Response:
    """
    Attributes:
        is_success (bool | Unset): Whether the request is successful
        error_message (str | Unset): Error message of a failed API call. This parameter is not included when the API
            call succeeds.
        error_code (str | Unset): Error code of a failed API call. For details, see Error Codes. This parameter is not
            included when the API call succeeds.
        job_total_count (int | Unset): Total number of created jobs
        job_count_limit (int | Unset): Number of training jobs that can be created
        jobs (list[JobsParameters] | Unset): Attributes of a training job. For details, see Table 4.
        quotas (int | Unset): Maximum number of training jobs
    """

    is_success: bool | Unset = UNSET
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    job_total_count: int | Unset = UNSET
    job_count_limit: int | Unset = UNSET
    jobs: list[JobsParameters] | Unset = UNSET
    quotas: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        job_total_count = self.job_total_count

        job_count_limit = self.job_count_limit

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        quotas = self.quotas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if job_total_count is not UNSET:
            field_dict["job_total_count"] = job_total_count
        if job_count_limit is not UNSET:
            field_dict["job_count_limit"] = job_count_limit
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if quotas is not UNSET:
            field_dict["quotas"] = quotas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        is_success = d.pop("is_success", UNSET)
        if not isinstance(is_success, (bool, Unset)):
            deviate(src_dict, "is_success", TypeError("expected a boolean"))
            d["is_success"] = is_success
            is_success = UNSET

        error_message = d.pop("error_message", UNSET)
        if not isinstance(error_message, (str, Unset)):
            deviate(src_dict, "error_message", TypeError("expected a string"))
            d["error_message"] = error_message
            error_message = UNSET

        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        job_total_count = d.pop("job_total_count", UNSET)
        if isinstance(job_total_count, bool) or not isinstance(job_total_count, (int, Unset)):
            deviate(src_dict, "job_total_count", TypeError("expected an integer"))
            d["job_total_count"] = job_total_count
            job_total_count = UNSET

        job_count_limit = d.pop("job_count_limit", UNSET)
        if isinstance(job_count_limit, bool) or not isinstance(job_count_limit, (int, Unset)):
            deviate(src_dict, "job_count_limit", TypeError("expected an integer"))
            d["job_count_limit"] = job_count_limit
            job_count_limit = UNSET

        _raw_jobs = d.pop("jobs", UNSET)
        try:
            _jobs = _raw_jobs
            jobs: list[JobsParameters] | Unset = UNSET
            if _jobs is not UNSET:
                jobs = []
                for jobs_item_data in _jobs:
                    jobs_item = JobsParameters.from_dict(jobs_item_data)

                    jobs.append(jobs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "jobs", exc)
            d["jobs"] = _raw_jobs
            jobs = UNSET

        quotas = d.pop("quotas", UNSET)
        if isinstance(quotas, bool) or not isinstance(quotas, (int, Unset)):
            deviate(src_dict, "quotas", TypeError("expected an integer"))
            d["quotas"] = quotas
            quotas = UNSET

        list_training_jobs_v1_response = cls(
            is_success=is_success,
            error_message=error_message,
            error_code=error_code,
            job_total_count=job_total_count,
            job_count_limit=job_count_limit,
            jobs=jobs,
            quotas=quotas,
        )

        list_training_jobs_v1_response.additional_properties = d
        return list_training_jobs_v1_response

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


from ..models.jobs_parameters import JobsParameters  # noqa: E402
