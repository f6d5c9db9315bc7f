from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolContainerNetwork")


@_attrs_define
class PoolContainerNetwork:
    """Kubernetes container network of the pool (not in the manual's excerpt; from the English edition).

    Attributes:
        mode (str | Unset): Container network model, e.g. `overlay_l2`, `vpc-router`.
        cidr (str | Unset): Container network segment (with `overlay_l2` or `vpc-router`).
    """

    mode: str | Unset = UNSET
    cidr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        cidr = self.cidr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mode is not UNSET:
            field_dict["mode"] = mode
        if cidr is not UNSET:
            field_dict["cidr"] = cidr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        mode = d.pop("mode", UNSET)
        if not isinstance(mode, (str, Unset)):
            deviate(src_dict, "mode", TypeError("expected a string"))
            d["mode"] = mode
            mode = UNSET

        cidr = d.pop("cidr", UNSET)
        if not isinstance(cidr, (str, Unset)):
            deviate(src_dict, "cidr", TypeError("expected a string"))
            d["cidr"] = cidr
            cidr = UNSET

        pool_container_network = cls(
            mode=mode,
            cidr=cidr,
        )

        pool_container_network.additional_properties = d
        return pool_container_network

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
