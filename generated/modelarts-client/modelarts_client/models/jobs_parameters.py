from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsParameters")


@_attrs_define
class JobsParameters:
    """
    Attributes:
        job_id (int | Unset): ID of a training job
        job_name (str | Unset): Name of a training job
        version_id (int | Unset): Version ID of a training job
        status (int | Unset): Status of a training job. For details about the job statuses, see Job Statuses.
        create_time (int | Unset): Timestamp when a training job is created
        duration (int | Unset): Training job running duration, in milliseconds
        job_desc (str | Unset): Description of a training job
        version_count (int | Unset): Number of versions of a training job
    """

    job_id: int | Unset = UNSET
    job_name: str | Unset = UNSET
    version_id: int | Unset = UNSET
    status: int | Unset = UNSET
    create_time: int | Unset = UNSET
    duration: int | Unset = UNSET
    job_desc: str | Unset = UNSET
    version_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        job_name = self.job_name

        version_id = self.version_id

        status = self.status

        create_time = self.create_time

        duration = self.duration

        job_desc = self.job_desc

        version_count = self.version_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if version_count is not UNSET:
            field_dict["version_count"] = version_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        job_id = d.pop("job_id", UNSET)
        if isinstance(job_id, bool) or not isinstance(job_id, (int, Unset)):
            deviate(src_dict, "job_id", TypeError("expected an integer"))
            d["job_id"] = job_id
            job_id = UNSET

        job_name = d.pop("job_name", UNSET)
        if not isinstance(job_name, (str, Unset)):
            deviate(src_dict, "job_name", TypeError("expected a string"))
            d["job_name"] = job_name
            job_name = UNSET

        version_id = d.pop("version_id", UNSET)
        if isinstance(version_id, bool) or not isinstance(version_id, (int, Unset)):
            deviate(src_dict, "version_id", TypeError("expected an integer"))
            d["version_id"] = version_id
            version_id = UNSET

        status = d.pop("status", UNSET)
        if isinstance(status, bool) or not isinstance(status, (int, Unset)):
            deviate(src_dict, "status", TypeError("expected an integer"))
            d["status"] = status
            status = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int, Unset)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            d["duration"] = duration
            duration = UNSET

        job_desc = d.pop("job_desc", UNSET)
        if not isinstance(job_desc, (str, Unset)):
            deviate(src_dict, "job_desc", TypeError("expected a string"))
            d["job_desc"] = job_desc
            job_desc = UNSET

        version_count = d.pop("version_count", UNSET)
        if isinstance(version_count, bool) or not isinstance(version_count, (int, Unset)):
            deviate(src_dict, "version_count", TypeError("expected an integer"))
            d["version_count"] = version_count
            version_count = UNSET

        jobs_parameters = cls(
            job_id=job_id,
            job_name=job_name,
            version_id=version_id,
            status=status,
            create_time=create_time,
            duration=duration,
            job_desc=job_desc,
            version_count=version_count,
        )

        jobs_parameters.additional_properties = d
        return jobs_parameters

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
