from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="Obs")


@_attrs_define
class Obs:
    """
    Attributes:
        obs_url (str): OBS URL of the dataset required by a training job. For example, **/usr/data/**.
    """

    obs_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.obs_url is not UNREAD:
            obs_url = self.obs_url
            field_dict["obs_url"] = obs_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        obs_url = d.pop("obs_url", UNSET)
        if not isinstance(obs_url, (str)):
            deviate(src_dict, "obs_url", TypeError("expected a string"))
            if not isinstance(obs_url, Unset):
                d["obs_url"] = obs_url
            obs_url = UNREAD

        obs = cls(
            obs_url=obs_url,
        )

        obs.additional_properties = d
        return obs

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
