from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolUserLogin")


@_attrs_define
class PoolUserLogin:
    """How users log in to the pool's nodes (not in the manual; read by real clients).

    Attributes:
        key_pair_name (str | Unset): Name of the key pair installed on the nodes.
    """

    key_pair_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_pair_name = self.key_pair_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key_pair_name is not UNSET:
            field_dict["keyPairName"] = key_pair_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        key_pair_name = d.pop("keyPairName", UNSET)
        if not isinstance(key_pair_name, (str, Unset)):
            deviate(src_dict, "keyPairName", TypeError("expected a string"))
            d["keyPairName"] = key_pair_name
            key_pair_name = UNSET

        pool_user_login = cls(
            key_pair_name=key_pair_name,
        )

        pool_user_login.additional_properties = d
        return pool_user_login

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
