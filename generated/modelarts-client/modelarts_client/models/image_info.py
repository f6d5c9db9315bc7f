from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageInfo")


@_attrs_define
class ImageInfo:
    """
    Attributes:
        cpu_image_url (str | Unset): Image with the matched CPU specifications.
        gpu_image_url (str | Unset): Image with the matched GPU flavors
        image_version (str | Unset): Image version.
    """

    cpu_image_url: str | Unset = UNSET
    gpu_image_url: str | Unset = UNSET
    image_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_image_url = self.cpu_image_url

        gpu_image_url = self.gpu_image_url

        image_version = self.image_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cpu_image_url is not UNSET:
            field_dict["cpu_image_url"] = cpu_image_url
        if gpu_image_url is not UNSET:
            field_dict["gpu_image_url"] = gpu_image_url
        if image_version is not UNSET:
            field_dict["image_version"] = image_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        cpu_image_url = d.pop("cpu_image_url", UNSET)
        if not isinstance(cpu_image_url, (str, Unset)):
            deviate(src_dict, "cpu_image_url", TypeError("expected a string"))
            d["cpu_image_url"] = cpu_image_url
            cpu_image_url = UNSET

        gpu_image_url = d.pop("gpu_image_url", UNSET)
        if not isinstance(gpu_image_url, (str, Unset)):
            deviate(src_dict, "gpu_image_url", TypeError("expected a string"))
            d["gpu_image_url"] = gpu_image_url
            gpu_image_url = UNSET

        image_version = d.pop("image_version", UNSET)
        if not isinstance(image_version, (str, Unset)):
            deviate(src_dict, "image_version", TypeError("expected a string"))
            d["image_version"] = image_version
            image_version = UNSET

        image_info = cls(
            cpu_image_url=cpu_image_url,
            gpu_image_url=gpu_image_url,
            image_version=image_version,
        )

        image_info.additional_properties = d
        return image_info

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
