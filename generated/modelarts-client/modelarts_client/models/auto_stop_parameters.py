from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoStopParameters")


@_attrs_define
class AutoStopParameters:
    """
    Attributes:
        enable (bool | Unset): Whether to enable the auto stop function. The value **true** indicates that the function
            is enabled and the instance will automatically stop when the running duration is reached. The value **false**
            indicates that the function is disabled. The default value is **false**. Default: False.
        duration (int | Unset): Running duration, in seconds. The value ranges from 3,600 to 86,400. After this
            parameter is set, it is valid for each startup. This parameter is mandatory when **enable** is set to **true**.
        prompt (bool | Unset): Whether to display a prompt again. This parameter is provided for the console to
            determine whether to display a prompt again. The default value is **true**. Default: True.
    """

    enable: bool | Unset = False
    duration: int | Unset = UNSET
    prompt: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        duration = self.duration

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enable is not UNSET:
            field_dict["enable"] = enable
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        enable = d.pop("enable", UNSET)
        if not isinstance(enable, (bool, Unset)):
            deviate(src_dict, "enable", TypeError("expected a boolean"))
            d["enable"] = enable
            enable = UNSET

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int, Unset)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            d["duration"] = duration
            duration = UNSET

        prompt = d.pop("prompt", UNSET)
        if not isinstance(prompt, (bool, Unset)):
            deviate(src_dict, "prompt", TypeError("expected a boolean"))
            d["prompt"] = prompt
            prompt = UNSET

        auto_stop_parameters = cls(
            enable=enable,
            duration=duration,
            prompt=prompt,
        )

        auto_stop_parameters.additional_properties = d
        return auto_stop_parameters

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
