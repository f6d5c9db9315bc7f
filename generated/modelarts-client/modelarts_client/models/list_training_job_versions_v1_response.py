from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.versions_parameters import VersionsParameters


T = TypeVar("T", bound="ListTrainingJobVersionsV1Response")


@_attrs_define
class ListTrainingJobVersionsV1Response:
    """
    Attributes:
        is_success (bool | Unset): Whether the request is successful
        error_message (str | Unset): Error message of a failed API call. This parameter is not included when the API
            call succeeds.
        error_code (str | Unset): Error code of a failed API call. For details, see Error Codes. This parameter is not
            included when the API call succeeds.
        job_id (int | Unset): ID of a training job
        job_name (str | Unset): Name of a training job
        job_desc (str | Unset): Description of a training job
        version_count (int | Unset): Number of versions of a training job
        versions (list[VersionsParameters] | Unset): Version parameters of a training job. For details, see the sample
            response. For details about the attributes, see Table 4.
    """

    is_success: bool | Unset = UNSET
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    job_id: int | Unset = UNSET
    job_name: str | Unset = UNSET
    job_desc: str | Unset = UNSET
    version_count: int | Unset = UNSET
    versions: list[VersionsParameters] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        job_id = self.job_id

        job_name = self.job_name

        job_desc = self.job_desc

        version_count = self.version_count

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

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
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if version_count is not UNSET:
            field_dict["version_count"] = version_count
        if versions is not UNSET:
            field_dict["versions"] = versions

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

        _raw_versions = d.pop("versions", UNSET)
        try:
            _versions = _raw_versions
            versions: list[VersionsParameters] | Unset = UNSET
            if _versions is not UNSET:
                versions = []
                for versions_item_data in _versions:
                    versions_item = VersionsParameters.from_dict(versions_item_data)

                    versions.append(versions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "versions", exc)
            d["versions"] = _raw_versions
            versions = UNSET

        list_training_job_versions_v1_response = cls(
            is_success=is_success,
            error_message=error_message,
            error_code=error_code,
            job_id=job_id,
            job_name=job_name,
            job_desc=job_desc,
            version_count=version_count,
            versions=versions,
        )

        list_training_job_versions_v1_response.additional_properties = d
        return list_training_job_versions_v1_response

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


from ..models.versions_parameters import VersionsParameters  # noqa: E402
