from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTrainingJobVersionV1Response")


@_attrs_define
class CreateTrainingJobVersionV1Response:
    """
    Attributes:
        is_success (bool | Unset): Whether the request is successful
        error_message (str | Unset): Error message of a failed API call. This parameter is not included when the API
            call succeeds.
        error_code (str | Unset): Error code of a failed API call. For details, see Error Codes. This parameter is not
            included when the API call succeeds.
        job_id (int | Unset): ID of a training job
        job_name (str | Unset): Name of a training job
        status (int | Unset): Status of a training job. For details about the job statuses, see Job Statuses.
        create_time (int | Unset): Timestamp when a training job is created
        version_id (int | Unset): Version ID of a training job
        version_name (str | Unset): Version name of a training job
    """

    is_success: bool | Unset = UNSET
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    job_id: int | Unset = UNSET
    job_name: str | Unset = UNSET
    status: int | Unset = UNSET
    create_time: int | Unset = UNSET
    version_id: int | Unset = UNSET
    version_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        job_id = self.job_id

        job_name = self.job_name

        status = self.status

        create_time = self.create_time

        version_id = self.version_id

        version_name = self.version_name

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
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name

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
        if isinstance(job_id, bool) or not isinstance(job_id, (int, Unset)):
            deviate(src_dict, "job_id", TypeError("expected an integer"))
            d["job_id"] = job_id
            job_id = UNSET

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

        version_id = d.pop("version_id", UNSET)
        if isinstance(version_id, bool) or not isinstance(version_id, (int, Unset)):
            deviate(src_dict, "version_id", TypeError("expected an integer"))
            d["version_id"] = version_id
            version_id = UNSET

        version_name = d.pop("version_name", UNSET)
        if not isinstance(version_name, (str, Unset)):
            deviate(src_dict, "version_name", TypeError("expected a string"))
            d["version_name"] = version_name
            version_name = UNSET

        create_training_job_version_v1_response = cls(
            is_success=is_success,
            error_message=error_message,
            error_code=error_code,
            job_id=job_id,
            job_name=job_name,
            status=status,
            create_time=create_time,
            version_id=version_id,
            version_name=version_name,
        )

        create_training_job_version_v1_response.additional_properties = d
        return create_training_job_version_v1_response

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
