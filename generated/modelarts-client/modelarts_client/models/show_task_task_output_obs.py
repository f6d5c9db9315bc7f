from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowTaskTaskOutputObs")


@_attrs_define
class ShowTaskTaskOutputObs:
    """
    Attributes:
        bucket (str | Unset): OBS bucket name. This parameter is mandatory when the **obs** type is used.
        path (str | Unset): OBS path. This parameter is mandatory when the **obs** type is used.
        data_category (list[str] | Unset): List of task output types. This parameter is optional and is required only
            for some services. The output contains data in the **dataCategory** list.
    """

    bucket: str | Unset = UNSET
    path: str | Unset = UNSET
    data_category: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        path = self.path

        data_category: list[str] | Unset = UNSET
        if not isinstance(self.data_category, Unset):
            data_category = self.data_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if path is not UNSET:
            field_dict["path"] = path
        if data_category is not UNSET:
            field_dict["data_category"] = data_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        bucket = d.pop("bucket", UNSET)
        if not isinstance(bucket, (str, Unset)):
            deviate(src_dict, "bucket", TypeError("expected a string"))
            d["bucket"] = bucket
            bucket = UNSET

        path = d.pop("path", UNSET)
        if not isinstance(path, (str, Unset)):
            deviate(src_dict, "path", TypeError("expected a string"))
            d["path"] = path
            path = UNSET

        data_category = d.pop("data_category", UNSET)
        if data_category is not UNSET and (_misfit := list_misfit(data_category, (str), False, "a string")):
            deviate(src_dict, "data_category", _misfit)
            d["data_category"] = data_category
            data_category = UNSET

        show_task_task_output_obs = cls(
            bucket=bucket,
            path=path,
            data_category=data_category,
        )

        show_task_task_output_obs.additional_properties = d
        return show_task_task_output_obs

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
