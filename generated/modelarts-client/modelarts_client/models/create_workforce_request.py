from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorkforceRequest")


@_attrs_define
class CreateWorkforceRequest:
    """
    Attributes:
        workforce_name (str): Labeling team name. The value contains 1 to 64 characters, including only letters, digits,
            underscores (_), and hyphens (-).
        description (str | Unset): Labeling team description. The value contains 0 to 256 characters and does not
            support the following special characters: ``^!<>=&"'``
    """

    workforce_name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.workforce_name is not UNREAD:
            workforce_name = self.workforce_name
            field_dict["workforce_name"] = workforce_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        workforce_name = d.pop("workforce_name", UNSET)
        if not isinstance(workforce_name, (str)):
            deviate(src_dict, "workforce_name", TypeError("expected a string"))
            if not isinstance(workforce_name, Unset):
                d["workforce_name"] = workforce_name
            workforce_name = UNREAD

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        create_workforce_request = cls(
            workforce_name=workforce_name,
            description=description,
        )

        create_workforce_request.additional_properties = d
        return create_workforce_request

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
