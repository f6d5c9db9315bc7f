from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTrainingJobLogFileNamesV1Response")


@_attrs_define
class ListTrainingJobLogFileNamesV1Response:
    """
    Attributes:
        is_success (bool | Unset): Whether the request is successful
        error_message (str | Unset): Error message of a failed API call. This parameter is not included when the API
            call succeeds.
        error_code (str | Unset): Error code of a failed API call. For details, see Error Codes. This parameter is not
            included when the API call succeeds.
        log_file_list (list[str] | str | Unset): Log file name of a training job. A single-node job has only one log
            file, and a distributed job has multiple log files.
    """

    is_success: bool | Unset = UNSET
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    log_file_list: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        log_file_list: list[str] | str | Unset
        if isinstance(self.log_file_list, Unset):
            log_file_list = UNSET
        elif isinstance(self.log_file_list, list):
            log_file_list = self.log_file_list

        else:
            log_file_list = self.log_file_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if log_file_list is not UNSET:
            field_dict["log_file_list"] = log_file_list

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

        _raw_log_file_list = d.pop("log_file_list", UNSET)
        try:

            def _parse_log_file_list(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    log_file_list_type_1 = cast(list[str], data)

                    return log_file_list_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str | Unset, data)

            log_file_list = _parse_log_file_list(_raw_log_file_list)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "log_file_list", exc)
            d["log_file_list"] = _raw_log_file_list
            log_file_list = UNSET

        list_training_job_log_file_names_v1_response = cls(
            is_success=is_success,
            error_message=error_message,
            error_code=error_code,
            log_file_list=log_file_list,
        )

        list_training_job_log_file_names_v1_response.additional_properties = d
        return list_training_job_log_file_names_v1_response

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
