from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileCopyProgress")


@_attrs_define
class FileCopyProgress:
    """
    Attributes:
        file_num_finished (int | Unset): Number of files that have been transferred.
        file_num_total (int | Unset): Total number of files.
        file_size_finished (int | Unset): Size of the file that has been transferred, in bytes.
        file_size_total (int | Unset): Total file size, in bytes.
    """

    file_num_finished: int | Unset = UNSET
    file_num_total: int | Unset = UNSET
    file_size_finished: int | Unset = UNSET
    file_size_total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_num_finished = self.file_num_finished

        file_num_total = self.file_num_total

        file_size_finished = self.file_size_finished

        file_size_total = self.file_size_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_num_finished is not UNSET:
            field_dict["file_num_finished"] = file_num_finished
        if file_num_total is not UNSET:
            field_dict["file_num_total"] = file_num_total
        if file_size_finished is not UNSET:
            field_dict["file_size_finished"] = file_size_finished
        if file_size_total is not UNSET:
            field_dict["file_size_total"] = file_size_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        file_num_finished = d.pop("file_num_finished", UNSET)
        if isinstance(file_num_finished, bool) or not isinstance(file_num_finished, (int, Unset)):
            deviate(src_dict, "file_num_finished", TypeError("expected an integer"))
            d["file_num_finished"] = file_num_finished
            file_num_finished = UNSET

        file_num_total = d.pop("file_num_total", UNSET)
        if isinstance(file_num_total, bool) or not isinstance(file_num_total, (int, Unset)):
            deviate(src_dict, "file_num_total", TypeError("expected an integer"))
            d["file_num_total"] = file_num_total
            file_num_total = UNSET

        file_size_finished = d.pop("file_size_finished", UNSET)
        if isinstance(file_size_finished, bool) or not isinstance(file_size_finished, (int, Unset)):
            deviate(src_dict, "file_size_finished", TypeError("expected an integer"))
            d["file_size_finished"] = file_size_finished
            file_size_finished = UNSET

        file_size_total = d.pop("file_size_total", UNSET)
        if isinstance(file_size_total, bool) or not isinstance(file_size_total, (int, Unset)):
            deviate(src_dict, "file_size_total", TypeError("expected an integer"))
            d["file_size_total"] = file_size_total
            file_size_total = UNSET

        file_copy_progress = cls(
            file_num_finished=file_num_finished,
            file_num_total=file_num_total,
            file_size_finished=file_size_finished,
            file_size_total=file_size_total,
        )

        file_copy_progress.additional_properties = d
        return file_copy_progress

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
