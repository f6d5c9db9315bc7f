from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskOutputObs")


@_attrs_define
class TaskOutputObs:
    """
    Attributes:
        bucket (str): OBS bucket name. This parameter is mandatory when the **obs** type is used.
        path (str): OBS path. This parameter is mandatory when the **obs** type is used.
        data_category (list[str] | Unset): List of task output types. This parameter is optional and is required only
            for some services. The output contains data in the **dataCategory** list.
    """

    bucket: str
    path: str
    data_category: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_category: list[str] | Unset = UNSET
        if not isinstance(self.data_category, Unset):
            data_category = self.data_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.bucket is not UNREAD:
            bucket = self.bucket
            field_dict["bucket"] = bucket
        if self.path is not UNREAD:
            path = self.path
            field_dict["path"] = path
        if data_category is not UNSET:
            field_dict["data_category"] = data_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        bucket = d.pop("bucket", UNSET)
        if not isinstance(bucket, (str)):
            deviate(src_dict, "bucket", TypeError("expected a string"))
            if not isinstance(bucket, Unset):
                d["bucket"] = bucket
            bucket = UNREAD

        path = d.pop("path", UNSET)
        if not isinstance(path, (str)):
            deviate(src_dict, "path", TypeError("expected a string"))
            if not isinstance(path, Unset):
                d["path"] = path
            path = UNREAD

        data_category = d.pop("data_category", UNSET)
        if data_category is not UNSET and (_misfit := list_misfit(data_category, (str), False, "a string")):
            deviate(src_dict, "data_category", _misfit)
            d["data_category"] = data_category
            data_category = UNSET

        task_output_obs = cls(
            bucket=bucket,
            path=path,
            data_category=data_category,
        )

        task_output_obs.additional_properties = d
        return task_output_obs

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
