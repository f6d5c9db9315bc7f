from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVisualizationJobsJobsParameters")


@_attrs_define
class ListVisualizationJobsJobsParameters:
    """
    Attributes:
        job_name (str | Unset): Name of a visualization job
        status (int | Unset): Status of a visualization job. For details about the job statuses, see Job Statuses.
        create_time (int | Unset): Time when a visualization job is created
        duration (int | Unset): Visualization job running duration, in milliseconds
        job_desc (str | Unset): Description of a visualization job
        service_url (str | Unset): Endpoint of a visualization job
        train_url (str | Unset): Path for storing visualization job logs
        job_id (int | Unset): ID of a visualization job
        resource_id (str | Unset): Charged resource ID of a visualization job
    """

    job_name: str | Unset = UNSET
    status: int | Unset = UNSET
    create_time: int | Unset = UNSET
    duration: int | Unset = UNSET
    job_desc: str | Unset = UNSET
    service_url: str | Unset = UNSET
    train_url: str | Unset = UNSET
    job_id: int | Unset = UNSET
    resource_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_name = self.job_name

        status = self.status

        create_time = self.create_time

        duration = self.duration

        job_desc = self.job_desc

        service_url = self.service_url

        train_url = self.train_url

        job_id = self.job_id

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if service_url is not UNSET:
            field_dict["service_url"] = service_url
        if train_url is not UNSET:
            field_dict["train_url"] = train_url
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        job_name = d.pop("job_name", UNSET)
        if not isinstance(job_name, (str, Unset)):
            deviate(src_dict, "job_name", TypeError("expected a string"))
            d["job_name"] = job_name
            job_name = UNSET

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

        service_url = d.pop("service_url", UNSET)
        if not isinstance(service_url, (str, Unset)):
            deviate(src_dict, "service_url", TypeError("expected a string"))
            d["service_url"] = service_url
            service_url = UNSET

        train_url = d.pop("train_url", UNSET)
        if not isinstance(train_url, (str, Unset)):
            deviate(src_dict, "train_url", TypeError("expected a string"))
            d["train_url"] = train_url
            train_url = UNSET

        job_id = d.pop("job_id", UNSET)
        if isinstance(job_id, bool) or not isinstance(job_id, (int, Unset)):
            deviate(src_dict, "job_id", TypeError("expected an integer"))
            d["job_id"] = job_id
            job_id = UNSET

        resource_id = d.pop("resource_id", UNSET)
        if not isinstance(resource_id, (str, Unset)):
            deviate(src_dict, "resource_id", TypeError("expected a string"))
            d["resource_id"] = resource_id
            resource_id = UNSET

        list_visualization_jobs_jobs_parameters = cls(
            job_name=job_name,
            status=status,
            create_time=create_time,
            duration=duration,
            job_desc=job_desc,
            service_url=service_url,
            train_url=train_url,
            job_id=job_id,
            resource_id=resource_id,
        )

        list_visualization_jobs_jobs_parameters.additional_properties = d
        return list_visualization_jobs_jobs_parameters

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
