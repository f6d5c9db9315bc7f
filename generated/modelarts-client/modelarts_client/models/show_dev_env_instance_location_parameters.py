from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowDevEnvInstanceLocationParameters")


@_attrs_define
class ShowDevEnvInstanceLocationParameters:
    """
    Attributes:
        path (str | Unset): Storage path - If **type** is set to **obs**, this parameter is mandatory. The value must be
            a valid OBS bucket path and end with a slash (/). The value must be a specific directory in an OBS bucket rather
            than the root directory of an OBS bucket.
        volume_size (int | Unset): If **type** is set to **obs**, this parameter does not need to be set.
    """

    path: str | Unset = UNSET
    volume_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        volume_size = self.volume_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if path is not UNSET:
            field_dict["path"] = path
        if volume_size is not UNSET:
            field_dict["volume_size"] = volume_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        path = d.pop("path", UNSET)
        if not isinstance(path, (str, Unset)):
            deviate(src_dict, "path", TypeError("expected a string"))
            d["path"] = path
            path = UNSET

        volume_size = d.pop("volume_size", UNSET)
        if isinstance(volume_size, bool) or not isinstance(volume_size, (int, Unset)):
            deviate(src_dict, "volume_size", TypeError("expected an integer"))
            d["volume_size"] = volume_size
            volume_size = UNSET

        show_dev_env_instance_location_parameters = cls(
            path=path,
            volume_size=volume_size,
        )

        show_dev_env_instance_location_parameters.additional_properties = d
        return show_dev_env_instance_location_parameters

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
