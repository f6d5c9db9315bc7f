from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDevEnvInstanceDescriptionOwnerParameters")


@_attrs_define
class UpdateDevEnvInstanceDescriptionOwnerParameters:
    """
    Attributes:
        project_id (str): Project ID
    """

    project_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.project_id is not UNREAD:
            project_id = self.project_id
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        project_id = d.pop("project_id", UNSET)
        if not isinstance(project_id, (str)):
            deviate(src_dict, "project_id", TypeError("expected a string"))
            if not isinstance(project_id, Unset):
                d["project_id"] = project_id
            project_id = UNREAD

        update_dev_env_instance_description_owner_parameters = cls(
            project_id=project_id,
        )

        update_dev_env_instance_description_owner_parameters.additional_properties = d
        return update_dev_env_instance_description_owner_parameters

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
