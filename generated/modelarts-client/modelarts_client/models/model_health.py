from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelHealth")


@_attrs_define
class ModelHealth:
    """
    Attributes:
        protocol (str | Unset): Request protocol of the health check API. Only HTTP is supported.
        initial_delay_seconds (str | Unset): After an instance is started, a health check starts after the time
            configured in **initial_delay_seconds** expires.
        timeout_seconds (str | Unset): Health check timeout.
        url (str | Unset): URL of a health check API.
        period_seconds (str | Unset): Health check period.
        failure_threshold (str | Unset): Maximum number of health check failures.
        check_method (str | Unset): Health check method, which can be **HTTP** or **EXEC** (commands).
        command (str | Unset): Commands, which are strings separated by spaces.
    """

    protocol: str | Unset = UNSET
    initial_delay_seconds: str | Unset = UNSET
    timeout_seconds: str | Unset = UNSET
    url: str | Unset = UNSET
    period_seconds: str | Unset = UNSET
    failure_threshold: str | Unset = UNSET
    check_method: str | Unset = UNSET
    command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol

        initial_delay_seconds = self.initial_delay_seconds

        timeout_seconds = self.timeout_seconds

        url = self.url

        period_seconds = self.period_seconds

        failure_threshold = self.failure_threshold

        check_method = self.check_method

        command = self.command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if initial_delay_seconds is not UNSET:
            field_dict["initial_delay_seconds"] = initial_delay_seconds
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if url is not UNSET:
            field_dict["url"] = url
        if period_seconds is not UNSET:
            field_dict["period_seconds"] = period_seconds
        if failure_threshold is not UNSET:
            field_dict["failure_threshold"] = failure_threshold
        if check_method is not UNSET:
            field_dict["check_method"] = check_method
        if command is not UNSET:
            field_dict["command"] = command

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        protocol = d.pop("protocol", UNSET)
        if not isinstance(protocol, (str, Unset)):
            deviate(src_dict, "protocol", TypeError("expected a string"))
            d["protocol"] = protocol
            protocol = UNSET

        initial_delay_seconds = d.pop("initial_delay_seconds", UNSET)
        if not isinstance(initial_delay_seconds, (str, Unset)):
            deviate(src_dict, "initial_delay_seconds", TypeError("expected a string"))
            d["initial_delay_seconds"] = initial_delay_seconds
            initial_delay_seconds = UNSET

        timeout_seconds = d.pop("timeout_seconds", UNSET)
        if not isinstance(timeout_seconds, (str, Unset)):
            deviate(src_dict, "timeout_seconds", TypeError("expected a string"))
            d["timeout_seconds"] = timeout_seconds
            timeout_seconds = UNSET

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            deviate(src_dict, "url", TypeError("expected a string"))
            d["url"] = url
            url = UNSET

        period_seconds = d.pop("period_seconds", UNSET)
        if not isinstance(period_seconds, (str, Unset)):
            deviate(src_dict, "period_seconds", TypeError("expected a string"))
            d["period_seconds"] = period_seconds
            period_seconds = UNSET

        failure_threshold = d.pop("failure_threshold", UNSET)
        if not isinstance(failure_threshold, (str, Unset)):
            deviate(src_dict, "failure_threshold", TypeError("expected a string"))
            d["failure_threshold"] = failure_threshold
            failure_threshold = UNSET

        check_method = d.pop("check_method", UNSET)
        if not isinstance(check_method, (str, Unset)):
            deviate(src_dict, "check_method", TypeError("expected a string"))
            d["check_method"] = check_method
            check_method = UNSET

        command = d.pop("command", UNSET)
        if not isinstance(command, (str, Unset)):
            deviate(src_dict, "command", TypeError("expected a string"))
            d["command"] = command
            command = UNSET

        model_health = cls(
            protocol=protocol,
            initial_delay_seconds=initial_delay_seconds,
            timeout_seconds=timeout_seconds,
            url=url,
            period_seconds=period_seconds,
            failure_threshold=failure_threshold,
            check_method=check_method,
            command=command,
        )

        model_health.additional_properties = d
        return model_health

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
