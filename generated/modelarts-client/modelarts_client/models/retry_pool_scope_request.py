from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetryPoolScopeRequest")


@_attrs_define
class RetryPoolScopeRequest:
    """
    Attributes:
        scope (str): Job type to be retried.
    """

    scope: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.scope is not UNREAD:
            scope = self.scope
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        scope = d.pop("scope", UNSET)
        if not isinstance(scope, (str)):
            deviate(src_dict, "scope", TypeError("expected a string"))
            if not isinstance(scope, Unset):
                d["scope"] = scope
            scope = UNREAD

        retry_pool_scope_request = cls(
            scope=scope,
        )

        retry_pool_scope_request.additional_properties = d
        return retry_pool_scope_request

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
