from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.value import Value


T = TypeVar("T", bound="Allocated")


@_attrs_define
class Allocated:
    """Resources allocated to workloads.

    Attributes:
        value (Value | Unset): Resource quantities by resource name, as Kubernetes quantities (`15548Mi`, `64Gi`,
            `1073m`) or plain numbers. `maxValue` of Capacity is the maximum elastic amount. `allValue` and `allMaxValue`
            come from the official SDK, not the manual's table. Keys other than cpu, memory and tnt004 appear for other
            accelerator flavors.
        timestamp (str | Unset): Sample time in UTC, `yyyy-MM-dd'T'HH:mm:ss'Z'`.
        window (str | Unset): Sampling window, e.g. `1s`, `1m`, `1h`.
    """

    value: Value | Unset = UNSET
    timestamp: str | Unset = UNSET
    window: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        timestamp = self.timestamp

        window = self.window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if value is not UNSET:
            field_dict["value"] = value
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if window is not UNSET:
            field_dict["window"] = window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_value = d.pop("value", UNSET)
        try:
            _value = _raw_value
            value: Value | Unset
            if isinstance(_value, Unset):
                value = UNSET
            else:
                value = Value.from_dict(_value)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "value", exc)
            d["value"] = _raw_value
            value = UNSET

        timestamp = d.pop("timestamp", UNSET)
        if not isinstance(timestamp, (str, Unset)):
            deviate(src_dict, "timestamp", TypeError("expected a string"))
            d["timestamp"] = timestamp
            timestamp = UNSET

        window = d.pop("window", UNSET)
        if not isinstance(window, (str, Unset)):
            deviate(src_dict, "window", TypeError("expected a string"))
            d["window"] = window
            window = UNSET

        allocated = cls(
            value=value,
            timestamp=timestamp,
            window=window,
        )

        allocated.additional_properties = d
        return allocated

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


from ..models.value import Value  # noqa: E402
