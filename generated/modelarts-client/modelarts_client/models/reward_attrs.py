from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="RewardAttrs")


@_attrs_define
class RewardAttrs:
    """
    Attributes:
        name (str | Unset): Metric name.
        mode (str | Unset): Search mode. - If **max** is specified, the larger the metric value, the better. - If
            **min** is specified, the smaller the metric value, the better.
        regex (str | Unset): Regular expression of a metric.
    """

    name: str | Unset = UNSET
    mode: str | Unset = UNSET
    regex: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mode = self.mode

        regex = self.regex

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if regex is not UNSET:
            field_dict["regex"] = regex

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        mode = d.pop("mode", UNSET)
        if not isinstance(mode, (str, Unset)):
            deviate(src_dict, "mode", TypeError("expected a string"))
            d["mode"] = mode
            mode = UNSET

        regex = d.pop("regex", UNSET)
        if not isinstance(regex, (str, Unset)):
            deviate(src_dict, "regex", TypeError("expected a string"))
            d["regex"] = regex
            regex = UNSET

        reward_attrs = cls(
            name=name,
            mode=mode,
            regex=regex,
        )

        reward_attrs.additional_properties = d
        return reward_attrs

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
