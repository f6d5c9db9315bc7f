from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGroup")


@_attrs_define
class ImageGroup:
    """
    Attributes:
        name (str | Unset): The image name.
        create_at (int | Unset): Specifies the time (UTC ms) when the image is created.
        namespace (str | Unset): Mirror the SWR organization described.
        update_at (int | Unset): Specifies the time (UTC ms) when the image was last updated.
        version_count (int | Unset): Specifies the number of image versions.
    """

    name: str | Unset = UNSET
    create_at: int | Unset = UNSET
    namespace: str | Unset = UNSET
    update_at: int | Unset = UNSET
    version_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        create_at = self.create_at

        namespace = self.namespace

        update_at = self.update_at

        version_count = self.version_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if update_at is not UNSET:
            field_dict["update_at"] = update_at
        if version_count is not UNSET:
            field_dict["version_count"] = version_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        create_at = d.pop("create_at", UNSET)
        if isinstance(create_at, bool) or not isinstance(create_at, (int, Unset)):
            deviate(src_dict, "create_at", TypeError("expected an integer"))
            d["create_at"] = create_at
            create_at = UNSET

        namespace = d.pop("namespace", UNSET)
        if not isinstance(namespace, (str, Unset)):
            deviate(src_dict, "namespace", TypeError("expected a string"))
            d["namespace"] = namespace
            namespace = UNSET

        update_at = d.pop("update_at", UNSET)
        if isinstance(update_at, bool) or not isinstance(update_at, (int, Unset)):
            deviate(src_dict, "update_at", TypeError("expected an integer"))
            d["update_at"] = update_at
            update_at = UNSET

        version_count = d.pop("version_count", UNSET)
        if isinstance(version_count, bool) or not isinstance(version_count, (int, Unset)):
            deviate(src_dict, "version_count", TypeError("expected an integer"))
            d["version_count"] = version_count
            version_count = UNSET

        image_group = cls(
            name=name,
            create_at=create_at,
            namespace=namespace,
            update_at=update_at,
            version_count=version_count,
        )

        image_group.additional_properties = d
        return image_group

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
