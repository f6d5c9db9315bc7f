from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="SSHReq")


@_attrs_define
class SSHReq:
    """
    Attributes:
        key_pair_names (list[str] | Unset): Specifies the SSH key pair name, which can be created and viewed on the Key
            Pair page of the ECS console.
    """

    key_pair_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_pair_names: list[str] | Unset = UNSET
        if not isinstance(self.key_pair_names, Unset):
            key_pair_names = self.key_pair_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key_pair_names is not UNSET:
            field_dict["key_pair_names"] = key_pair_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        key_pair_names = d.pop("key_pair_names", UNSET)
        if key_pair_names is not UNSET and (_misfit := list_misfit(key_pair_names, (str), False, "a string")):
            deviate(src_dict, "key_pair_names", _misfit)
            d["key_pair_names"] = key_pair_names
            key_pair_names = UNSET

        ssh_req = cls(
            key_pair_names=key_pair_names,
        )

        ssh_req.additional_properties = d
        return ssh_req

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
