from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolOsInfo")


@_attrs_define
class PoolOsInfo:
    """Operating system of a flavor's nodes (not in the manual; read by real clients).

    Attributes:
        name (str | Unset): OS name.
        image_id (str | Unset): Image id.
        image_type (str | Unset): Image type.
    """

    name: str | Unset = UNSET
    image_id: str | Unset = UNSET
    image_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        image_id = self.image_id

        image_type = self.image_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if image_id is not UNSET:
            field_dict["imageId"] = image_id
        if image_type is not UNSET:
            field_dict["imageType"] = image_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        image_id = d.pop("imageId", UNSET)
        if not isinstance(image_id, (str, Unset)):
            deviate(src_dict, "imageId", TypeError("expected a string"))
            d["imageId"] = image_id
            image_id = UNSET

        image_type = d.pop("imageType", UNSET)
        if not isinstance(image_type, (str, Unset)):
            deviate(src_dict, "imageType", TypeError("expected a string"))
            d["imageType"] = image_type
            image_type = UNSET

        pool_os_info = cls(
            name=name,
            image_id=image_id,
            image_type=image_type,
        )

        pool_os_info.additional_properties = d
        return pool_os_info

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
