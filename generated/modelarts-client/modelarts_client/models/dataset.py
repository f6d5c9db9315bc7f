from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """
    Attributes:
        id (str): Dataset ID of a training job.
        version_id (str): Dataset version ID of a training job.
    """

    id: str
    version_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNREAD:
            id = self.id
            field_dict["id"] = id
        if self.version_id is not UNREAD:
            version_id = self.version_id
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        id = d.pop("id", UNSET)
        if not isinstance(id, (str)):
            deviate(src_dict, "id", TypeError("expected a string"))
            if not isinstance(id, Unset):
                d["id"] = id
            id = UNREAD

        version_id = d.pop("version_id", UNSET)
        if not isinstance(version_id, (str)):
            deviate(src_dict, "version_id", TypeError("expected a string"))
            if not isinstance(version_id, Unset):
                d["version_id"] = version_id
            version_id = UNREAD

        dataset = cls(
            id=id,
            version_id=version_id,
        )

        dataset.additional_properties = d
        return dataset

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
