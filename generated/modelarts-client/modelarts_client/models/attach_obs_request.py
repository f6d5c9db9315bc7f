from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachObsRequest")


@_attrs_define
class AttachObsRequest:
    """
    Attributes:
        category (str | Unset): Storage type The value can be OBS.
        mount_path (str | Unset): Path mounted to the notebook instance. The path must be in the /data/ subdirectory of
            the notebook instance.
        uri (str | Unset): OBS object path, for example, **obs://modelarts/notebook/**.
    """

    category: str | Unset = UNSET
    mount_path: str | Unset = UNSET
    uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        mount_path = self.mount_path

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if category is not UNSET:
            field_dict["category"] = category
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        category = d.pop("category", UNSET)
        if not isinstance(category, (str, Unset)):
            deviate(src_dict, "category", TypeError("expected a string"))
            d["category"] = category
            category = UNSET

        mount_path = d.pop("mount_path", UNSET)
        if not isinstance(mount_path, (str, Unset)):
            deviate(src_dict, "mount_path", TypeError("expected a string"))
            d["mount_path"] = mount_path
            mount_path = UNSET

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, (str, Unset)):
            deviate(src_dict, "uri", TypeError("expected a string"))
            d["uri"] = uri
            uri = UNSET

        attach_obs_request = cls(
            category=category,
            mount_path=mount_path,
            uri=uri,
        )

        attach_obs_request.additional_properties = d
        return attach_obs_request

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
