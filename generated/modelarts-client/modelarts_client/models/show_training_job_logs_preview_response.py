from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowTrainingJobLogsPreviewResponse")


@_attrs_define
class ShowTrainingJobLogsPreviewResponse:
    """
    Attributes:
        content (str | Unset): Log content. If the size of a log file does not exceed the upper limit (n MB), all the
            log files are returned. Otherwise, the latest log file (n MB) is returned. After 2022/03/01 00:00:00
            (GMT+08:00), the parameter name is changed from context to content.
        current_size (int | Unset): Size of the returned log content, in bytes. The maximum size is 5 MB.
        full_size (int | Unset): Size of complete log content, in bytes
    """

    content: str | Unset = UNSET
    current_size: int | Unset = UNSET
    full_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        current_size = self.current_size

        full_size = self.full_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if content is not UNSET:
            field_dict["content"] = content
        if current_size is not UNSET:
            field_dict["current_size"] = current_size
        if full_size is not UNSET:
            field_dict["full_size"] = full_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        content = d.pop("content", UNSET)
        if not isinstance(content, (str, Unset)):
            deviate(src_dict, "content", TypeError("expected a string"))
            d["content"] = content
            content = UNSET

        current_size = d.pop("current_size", UNSET)
        if isinstance(current_size, bool) or not isinstance(current_size, (int, Unset)):
            deviate(src_dict, "current_size", TypeError("expected an integer"))
            d["current_size"] = current_size
            current_size = UNSET

        full_size = d.pop("full_size", UNSET)
        if isinstance(full_size, bool) or not isinstance(full_size, (int, Unset)):
            deviate(src_dict, "full_size", TypeError("expected an integer"))
            d["full_size"] = full_size
            full_size = UNSET

        show_training_job_logs_preview_response = cls(
            content=content,
            current_size=current_size,
            full_size=full_size,
        )

        show_training_job_logs_preview_response.additional_properties = d
        return show_training_job_logs_preview_response

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
