from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.taint_effect import TaintEffect
from ..types import UNSET, Unset

T = TypeVar("T", bound="Taint")


@_attrs_define
class Taint:
    """
    Attributes:
        key (str | Unset): Taint key to be applied to the node.
        value (str | Unset): Taint value associated with the taint key.
        effect (TaintEffect | Unset): Impact of a taint on containers that do not tolerate it. Options: -
            **NoSchedule**: New pods cannot be scheduled to the node with this taint, but pods that have been running on the
            node can continue to run. - **PreferNoSchedule**: Do not schedule new pods to nodes with this taint. This is not
            completely forbidden. - **NoExecute**: Pods running on the node with this taint will be evicted if they cannot
            tolerate it.
        time_added (str | Unset): Time when a taint is added.
    """

    key: str | Unset = UNSET
    value: str | Unset = UNSET
    effect: TaintEffect | Unset = UNSET
    time_added: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = self.effect.value

        time_added = self.time_added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if effect is not UNSET:
            field_dict["effect"] = effect
        if time_added is not UNSET:
            field_dict["timeAdded"] = time_added

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        key = d.pop("key", UNSET)
        if not isinstance(key, (str, Unset)):
            deviate(src_dict, "key", TypeError("expected a string"))
            d["key"] = key
            key = UNSET

        value = d.pop("value", UNSET)
        if not isinstance(value, (str, Unset)):
            deviate(src_dict, "value", TypeError("expected a string"))
            d["value"] = value
            value = UNSET

        _raw_effect = d.pop("effect", UNSET)
        try:
            _effect = _raw_effect
            effect: TaintEffect | Unset
            if isinstance(_effect, Unset):
                effect = UNSET
            else:
                effect = member_of(TaintEffect, _effect)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "effect", exc)
            d["effect"] = _raw_effect
            effect = UNSET

        time_added = d.pop("timeAdded", UNSET)
        if not isinstance(time_added, (str, Unset)):
            deviate(src_dict, "timeAdded", TypeError("expected a string"))
            d["timeAdded"] = time_added
            time_added = UNSET

        taint = cls(
            key=key,
            value=value,
            effect=effect,
            time_added=time_added,
        )

        taint.additional_properties = d
        return taint

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
