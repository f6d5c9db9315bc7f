from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceQuota")


@_attrs_define
class ResourceQuota:
    """Quota of one resource type.

    Attributes:
        type_ (str): Resource type, e.g. `pool` or `network` (as in the manual's example).
        quota (float | str | Unset): Quota limit for this resource type.
        used (float | str | Unset): Amount of the quota already used.
    """

    type_: str
    quota: float | str | Unset = UNSET
    used: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quota: float | str | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        used: float | str | Unset
        if isinstance(self.used, Unset):
            used = UNSET
        else:
            used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not UNREAD:
            type_ = self.type_
            field_dict["type"] = type_
        if quota is not UNSET:
            field_dict["quota"] = quota
        if used is not UNSET:
            field_dict["used"] = used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str)):
            deviate(src_dict, "type", TypeError("expected a string"))
            if not isinstance(type_, Unset):
                d["type"] = type_
            type_ = UNREAD

        quota = d.pop("quota", UNSET)
        if isinstance(quota, bool) or not isinstance(quota, (int, float, str, Unset)):
            deviate(src_dict, "quota", TypeError("expected a number or a string"))
            d["quota"] = quota
            quota = UNSET

        used = d.pop("used", UNSET)
        if isinstance(used, bool) or not isinstance(used, (int, float, str, Unset)):
            deviate(src_dict, "used", TypeError("expected a number or a string"))
            d["used"] = used
            used = UNSET

        resource_quota = cls(
            type_=type_,
            quota=quota,
            used=used,
        )

        resource_quota.additional_properties = d
        return resource_quota

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
