from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowTrainingJobLogsV1Response")


@_attrs_define
class ShowTrainingJobLogsV1Response:
    """
    Attributes:
        error_message (str | Unset): Error message of a failed API call. This parameter is not included when the API
            call succeeds.
        error_code (str | Unset): Error code of a failed API call. For details, see Error Codes. This parameter is not
            included when the API call succeeds.
        content (str | Unset): Content of the requested log
        lines (int | str | Unset): Lines of the obtained logs
        start_line (int | str | Unset): Start position of the obtained log
        end_line (str | Unset): End position of the obtained log
        is_success (bool | Unset): Whether the request is successful
    """

    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    content: str | Unset = UNSET
    lines: int | str | Unset = UNSET
    start_line: int | str | Unset = UNSET
    end_line: str | Unset = UNSET
    is_success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message = self.error_message

        error_code = self.error_code

        content = self.content

        lines: int | str | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        else:
            lines = self.lines

        start_line: int | str | Unset
        if isinstance(self.start_line, Unset):
            start_line = UNSET
        else:
            start_line = self.start_line

        end_line = self.end_line

        is_success = self.is_success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if content is not UNSET:
            field_dict["content"] = content
        if lines is not UNSET:
            field_dict["lines"] = lines
        if start_line is not UNSET:
            field_dict["start_line"] = start_line
        if end_line is not UNSET:
            field_dict["end_line"] = end_line
        if is_success is not UNSET:
            field_dict["is_success"] = is_success

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

        content = d.pop("content", UNSET)
        if not isinstance(content, (str, Unset)):
            deviate(src_dict, "content", TypeError("expected a string"))
            d["content"] = content
            content = UNSET

        lines = d.pop("lines", UNSET)
        if isinstance(lines, bool) or not isinstance(lines, (int, str, Unset)):
            deviate(src_dict, "lines", TypeError("expected an integer or a string"))
            d["lines"] = lines
            lines = UNSET

        start_line = d.pop("start_line", UNSET)
        if isinstance(start_line, bool) or not isinstance(start_line, (int, str, Unset)):
            deviate(src_dict, "start_line", TypeError("expected an integer or a string"))
            d["start_line"] = start_line
            start_line = UNSET

        end_line = d.pop("end_line", UNSET)
        if not isinstance(end_line, (str, Unset)):
            deviate(src_dict, "end_line", TypeError("expected a string"))
            d["end_line"] = end_line
            end_line = UNSET

        is_success = d.pop("is_success", UNSET)
        if not isinstance(is_success, (bool, Unset)):
            deviate(src_dict, "is_success", TypeError("expected a boolean"))
            d["is_success"] = is_success
            is_success = UNSET

        show_training_job_logs_v1_response = cls(
            error_message=error_message,
            error_code=error_code,
            content=content,
            lines=lines,
            start_line=start_line,
            end_line=end_line,
            is_success=is_success,
        )

        show_training_job_logs_v1_response.additional_properties = d
        return show_training_job_logs_v1_response

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
