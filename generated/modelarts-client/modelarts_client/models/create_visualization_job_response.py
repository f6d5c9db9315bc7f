from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVisualizationJobResponse")


@_attrs_define
class CreateVisualizationJobResponse:
    """
    Attributes:
        is_success (bool | Unset): Whether the request is successful
        error_message (str | Unset): Error message of a failed API call. This parameter is not included when the API
            call succeeds.
        error_code (str | Unset): Error code of a failed API call. For details, see Error Codes. This parameter is not
            included when the API call succeeds.
        job_id (int | str | Unset): ID of a visualization job
        job_name (str | Unset): Name of a visualization job
        status (int | str | Unset): Status of a visualization job. For details about the job statuses, see Job Statuses.
        create_time (int | str | Unset): Time when a visualization job is created, in timestamp format
        service_url (str | Unset): Endpoint of a visualization job
    """

    is_success: bool | Unset = UNSET
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    job_id: int | str | Unset = UNSET
    job_name: str | Unset = UNSET
    status: int | str | Unset = UNSET
    create_time: int | str | Unset = UNSET
    service_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        job_id: int | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_name = self.job_name

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        create_time: int | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        service_url = self.service_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if service_url is not UNSET:
            field_dict["service_url"] = service_url

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

        job_id = d.pop("job_id", UNSET)
        if isinstance(job_id, bool) or not isinstance(job_id, (int, str, Unset)):
            deviate(src_dict, "job_id", TypeError("expected an integer or a string"))
            d["job_id"] = job_id
            job_id = UNSET

        job_name = d.pop("job_name", UNSET)
        if not isinstance(job_name, (str, Unset)):
            deviate(src_dict, "job_name", TypeError("expected a string"))
            d["job_name"] = job_name
            job_name = UNSET

        status = d.pop("status", UNSET)
        if isinstance(status, bool) or not isinstance(status, (int, str, Unset)):
            deviate(src_dict, "status", TypeError("expected an integer or a string"))
            d["status"] = status
            status = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, str, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer or a string"))
            d["create_time"] = create_time
            create_time = UNSET

        service_url = d.pop("service_url", UNSET)
        if not isinstance(service_url, (str, Unset)):
            deviate(src_dict, "service_url", TypeError("expected a string"))
            d["service_url"] = service_url
            service_url = UNSET

        create_visualization_job_response = cls(
            is_success=is_success,
            error_message=error_message,
            error_code=error_code,
            job_id=job_id,
            job_name=job_name,
            status=status,
            create_time=create_time,
            service_url=service_url,
        )

        create_visualization_job_response.additional_properties = d
        return create_visualization_job_response

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
