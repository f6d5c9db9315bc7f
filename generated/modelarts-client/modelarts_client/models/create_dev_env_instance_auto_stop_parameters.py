from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDevEnvInstanceAutoStopParameters")


@_attrs_define
class CreateDevEnvInstanceAutoStopParameters:
    """
    Attributes:
        enable (bool | Unset): Whether to enable the auto stop function
        duration (int | Unset): Running duration, in seconds
        prompt (bool | Unset): Whether to display a prompt again. This parameter is provided for the console to use.
        stop_timestamp (int | Unset): Time when the instance stops. The value is a 13-digit timestamp.
        remain_time (int | Unset): Remaining time before actual stop, in seconds
    """

    enable: bool | Unset = UNSET
    duration: int | Unset = UNSET
    prompt: bool | Unset = UNSET
    stop_timestamp: int | Unset = UNSET
    remain_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        duration = self.duration

        prompt = self.prompt

        stop_timestamp = self.stop_timestamp

        remain_time = self.remain_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enable is not UNSET:
            field_dict["enable"] = enable
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if stop_timestamp is not UNSET:
            field_dict["stop_timestamp"] = stop_timestamp
        if remain_time is not UNSET:
            field_dict["remain_time"] = remain_time

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

        stop_timestamp = d.pop("stop_timestamp", UNSET)
        if isinstance(stop_timestamp, bool) or not isinstance(stop_timestamp, (int, Unset)):
            deviate(src_dict, "stop_timestamp", TypeError("expected an integer"))
            d["stop_timestamp"] = stop_timestamp
            stop_timestamp = UNSET

        remain_time = d.pop("remain_time", UNSET)
        if isinstance(remain_time, bool) or not isinstance(remain_time, (int, Unset)):
            deviate(src_dict, "remain_time", TypeError("expected an integer"))
            d["remain_time"] = remain_time
            remain_time = UNSET

        create_dev_env_instance_auto_stop_parameters = cls(
            enable=enable,
            duration=duration,
            prompt=prompt,
            stop_timestamp=stop_timestamp,
            remain_time=remain_time,
        )

        create_dev_env_instance_auto_stop_parameters.additional_properties = d
        return create_dev_env_instance_auto_stop_parameters

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
