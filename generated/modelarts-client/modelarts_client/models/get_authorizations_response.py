from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authorization_response import AuthorizationResponse


T = TypeVar("T", bound="GetAuthorizationsResponse")


@_attrs_define
class GetAuthorizationsResponse:
    """
    Attributes:
        total_count (int | Unset): Total number of authorizations.
        auth (list[AuthorizationResponse] | Unset): Authorization information list.
    """

    total_count: int | Unset = UNSET
    auth: list[AuthorizationResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        auth: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = []
            for auth_item_data in self.auth:
                auth_item = auth_item_data.to_dict()
                auth.append(auth_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        total_count = d.pop("total_count", UNSET)
        if isinstance(total_count, bool) or not isinstance(total_count, (int, Unset)):
            deviate(src_dict, "total_count", TypeError("expected an integer"))
            d["total_count"] = total_count
            total_count = UNSET

        _raw_auth = d.pop("auth", UNSET)
        try:
            _auth = _raw_auth
            auth: list[AuthorizationResponse] | Unset = UNSET
            if _auth is not UNSET:
                auth = []
                for auth_item_data in _auth:
                    auth_item = AuthorizationResponse.from_dict(auth_item_data)

                    auth.append(auth_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "auth", exc)
            d["auth"] = _raw_auth
            auth = UNSET

        get_authorizations_response = cls(
            total_count=total_count,
            auth=auth,
        )

        get_authorizations_response.additional_properties = d
        return get_authorizations_response

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


from ..models.authorization_response import AuthorizationResponse  # noqa: E402
