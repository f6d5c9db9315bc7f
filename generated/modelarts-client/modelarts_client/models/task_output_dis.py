from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskOutputDis")


@_attrs_define
class TaskOutputDis:
    """
    Attributes:
        stream_name (str): DIS stream name. This parameter is mandatory when the **dis** type is used.
        data_category (list[str] | Unset): List of task output types. This parameter is optional and is required only
            for some services. The output contains data in the **dataCategory** list.
        stream_id (str | Unset): DIS stream ID. This parameter is applicable to ModelArts Edge.
    """

    stream_name: str
    data_category: list[str] | Unset = UNSET
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_category: list[str] | Unset = UNSET
        if not isinstance(self.data_category, Unset):
            data_category = self.data_category

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.stream_name is not UNREAD:
            stream_name = self.stream_name
            field_dict["stream_name"] = stream_name
        if data_category is not UNSET:
            field_dict["data_category"] = data_category
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        stream_name = d.pop("stream_name", UNSET)
        if not isinstance(stream_name, (str)):
            deviate(src_dict, "stream_name", TypeError("expected a string"))
            if not isinstance(stream_name, Unset):
                d["stream_name"] = stream_name
            stream_name = UNREAD

        data_category = d.pop("data_category", UNSET)
        if data_category is not UNSET and (_misfit := list_misfit(data_category, (str), False, "a string")):
            deviate(src_dict, "data_category", _misfit)
            d["data_category"] = data_category
            data_category = UNSET

        stream_id = d.pop("stream_id", UNSET)
        if not isinstance(stream_id, (str, Unset)):
            deviate(src_dict, "stream_id", TypeError("expected a string"))
            d["stream_id"] = stream_id
            stream_id = UNSET

        task_output_dis = cls(
            stream_name=stream_name,
            data_category=data_category,
            stream_id=stream_id,
        )

        task_output_dis.additional_properties = d
        return task_output_dis

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
