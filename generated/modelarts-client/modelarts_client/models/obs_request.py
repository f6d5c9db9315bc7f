from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObsRequest")


@_attrs_define
class ObsRequest:
    """
    Attributes:
        obs_path (str | Unset): OBS path to be attached, for example, **/test-bucket/path**
        local_path (str | Unset): Path for attaching volumes to the training container, for example, **/example/path**
    """

    obs_path: str | Unset = UNSET
    local_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obs_path = self.obs_path

        local_path = self.local_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if obs_path is not UNSET:
            field_dict["obs_path"] = obs_path
        if local_path is not UNSET:
            field_dict["local_path"] = local_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        obs_path = d.pop("obs_path", UNSET)
        if not isinstance(obs_path, (str, Unset)):
            deviate(src_dict, "obs_path", TypeError("expected a string"))
            d["obs_path"] = obs_path
            obs_path = UNSET

        local_path = d.pop("local_path", UNSET)
        if not isinstance(local_path, (str, Unset)):
            deviate(src_dict, "local_path", TypeError("expected a string"))
            d["local_path"] = local_path
            local_path = UNSET

        obs_request = cls(
            obs_path=obs_path,
            local_path=local_path,
        )

        obs_request.additional_properties = d
        return obs_request

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
