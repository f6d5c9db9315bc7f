from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hard_detail import HardDetail


T = TypeVar("T", bound="PairOfintAndHardDetail")


@_attrs_define
class PairOfintAndHardDetail:
    """
    Attributes:
        key (int | Unset): Number of times that a hard example reason occurs
        value (HardDetail | Unset):
    """

    key: int | Unset = UNSET
    value: HardDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        key = d.pop("key", UNSET)
        if isinstance(key, bool) or not isinstance(key, (int, Unset)):
            deviate(src_dict, "key", TypeError("expected an integer"))
            d["key"] = key
            key = UNSET

        _raw_value = d.pop("value", UNSET)
        try:
            _value = _raw_value
            value: HardDetail | Unset
            if isinstance(_value, Unset):
                value = UNSET
            else:
                value = HardDetail.from_dict(_value)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "value", exc)
            d["value"] = _raw_value
            value = UNSET

        pair_ofint_and_hard_detail = cls(
            key=key,
            value=value,
        )

        pair_ofint_and_hard_detail.additional_properties = d
        return pair_ofint_and_hard_detail

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


from ..models.hard_detail import HardDetail  # noqa: E402
