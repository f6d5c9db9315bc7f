from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.search_algorithm_param_type import SearchAlgorithmParamType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchAlgorithmParam")


@_attrs_define
class SearchAlgorithmParam:
    """One parameter of a search algorithm.

    Attributes:
        key (str): Parameter name.
        value (str | Unset): Parameter value, always sent as a string even when `type` is Integer or Float (e.g. "2.5",
            "20"). Clients must not coerce it; interpret it using `type`.
        type_ (SearchAlgorithmParamType | Unset): Parameter type, telling how to read `value`: Integer, Float, String or
            List.
    """

    key: str
    value: str | Unset = UNSET
    type_: SearchAlgorithmParamType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.key is not UNREAD:
            key = self.key
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        key = d.pop("key", UNSET)
        if not isinstance(key, (str)):
            deviate(src_dict, "key", TypeError("expected a string"))
            if not isinstance(key, Unset):
                d["key"] = key
            key = UNREAD

        value = d.pop("value", UNSET)
        if not isinstance(value, (str, Unset)):
            deviate(src_dict, "value", TypeError("expected a string"))
            d["value"] = value
            value = UNSET

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: SearchAlgorithmParamType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(SearchAlgorithmParamType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        search_algorithm_param = cls(
            key=key,
            value=value,
            type_=type_,
        )

        search_algorithm_param.additional_properties = d
        return search_algorithm_param

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
