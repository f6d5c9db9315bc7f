from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="OsVersion")


@_attrs_define
class OsVersion:
    """A node image version (not in the manual's excerpt; from the English edition).

    Attributes:
        name (str | Unset): Image name.
        end_of_service (str | Unset): End of service of the image.
    """

    name: str | Unset = UNSET
    end_of_service: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        end_of_service = self.end_of_service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if end_of_service is not UNSET:
            field_dict["endOfService"] = end_of_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        end_of_service = d.pop("endOfService", UNSET)
        if not isinstance(end_of_service, (str, Unset)):
            deviate(src_dict, "endOfService", TypeError("expected a string"))
            d["endOfService"] = end_of_service
            end_of_service = UNSET

        os_version = cls(
            name=name,
            end_of_service=end_of_service,
        )

        os_version.additional_properties = d
        return os_version

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
