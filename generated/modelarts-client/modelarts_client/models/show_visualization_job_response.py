from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowVisualizationJobResponse")


@_attrs_define
class ShowVisualizationJobResponse:
    """
    Attributes:
        error_message (str | Unset): Error message of a failed API call. This parameter is not included when the API
            call succeeds.
        error_code (str | Unset): Error code of a failed API call. For details, see Error Codes. This parameter is not
            included when the API call succeeds.
        job_name (str | Unset): Name of a visualization job
        service_url (str | Unset): Endpoint of a visualization job
        resource_id (str | Unset): Charged resource ID of a visualization job
        job_id (int | Unset): ID of a visualization job
        job_desc (str | Unset): Description of a visualization job
        duration (int | Unset): Visualization job running duration, in milliseconds
        create_time (int | Unset): Time when a visualization job is created, in timestamp format
        train_url (str | Unset): OBS path of the visualization job output file
        status (int | Unset): Status of a visualization job. For details about the job statuses, see Job Statuses.
    """

    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    job_name: str | Unset = UNSET
    service_url: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    job_id: int | Unset = UNSET
    job_desc: str | Unset = UNSET
    duration: int | Unset = UNSET
    create_time: int | Unset = UNSET
    train_url: str | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message = self.error_message

        error_code = self.error_code

        job_name = self.job_name

        service_url = self.service_url

        resource_id = self.resource_id

        job_id = self.job_id

        job_desc = self.job_desc

        duration = self.duration

        create_time = self.create_time

        train_url = self.train_url

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if service_url is not UNSET:
            field_dict["service_url"] = service_url
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if duration is not UNSET:
            field_dict["duration"] = duration
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if train_url is not UNSET:
            field_dict["train_url"] = train_url
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
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

        job_name = d.pop("job_name", UNSET)
        if not isinstance(job_name, (str, Unset)):
            deviate(src_dict, "job_name", TypeError("expected a string"))
            d["job_name"] = job_name
            job_name = UNSET

        service_url = d.pop("service_url", UNSET)
        if not isinstance(service_url, (str, Unset)):
            deviate(src_dict, "service_url", TypeError("expected a string"))
            d["service_url"] = service_url
            service_url = UNSET

        resource_id = d.pop("resource_id", UNSET)
        if not isinstance(resource_id, (str, Unset)):
            deviate(src_dict, "resource_id", TypeError("expected a string"))
            d["resource_id"] = resource_id
            resource_id = UNSET

        job_id = d.pop("job_id", UNSET)
        if isinstance(job_id, bool) or not isinstance(job_id, (int, Unset)):
            deviate(src_dict, "job_id", TypeError("expected an integer"))
            d["job_id"] = job_id
            job_id = UNSET

        job_desc = d.pop("job_desc", UNSET)
        if not isinstance(job_desc, (str, Unset)):
            deviate(src_dict, "job_desc", TypeError("expected a string"))
            d["job_desc"] = job_desc
            job_desc = UNSET

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int, Unset)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            d["duration"] = duration
            duration = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        train_url = d.pop("train_url", UNSET)
        if not isinstance(train_url, (str, Unset)):
            deviate(src_dict, "train_url", TypeError("expected a string"))
            d["train_url"] = train_url
            train_url = UNSET

        status = d.pop("status", UNSET)
        if isinstance(status, bool) or not isinstance(status, (int, Unset)):
            deviate(src_dict, "status", TypeError("expected an integer"))
            d["status"] = status
            status = UNSET

        show_visualization_job_response = cls(
            error_message=error_message,
            error_code=error_code,
            job_name=job_name,
            service_url=service_url,
            resource_id=resource_id,
            job_id=job_id,
            job_desc=job_desc,
            duration=duration,
            create_time=create_time,
            train_url=train_url,
            status=status,
        )

        show_visualization_job_response.additional_properties = d
        return show_visualization_job_response

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
