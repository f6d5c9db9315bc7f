from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.create_authorization_request_type import CreateAuthorizationRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAuthorizationRequest")


@_attrs_define
class CreateAuthorizationRequest:
    """
    Attributes:
        content (str): Authorization content. - If **Authorization Type** is set to **Agency**, this field indicates the
            agency name. - If **Authorization Type** is set to **AK/SK**, this field indicates the access key ID (AK).
        user_id (str | Unset): User ID. For details, see Obtaining a Username and ID. If **user_id** is set to **all**,
            all IAM users are authorized. If some IAM users have been authorized, the authorization setting will be updated.
            This parameter is mandatory only if the authorization method is set to **Agency**.
        type_ (CreateAuthorizationRequestType | Unset): Authorization type. **Agency** is recommended. Options: -
            **agency**: authorization through an agency - **credential**: authorization through an access Key (AK/SK)
        secret_key (str | Unset): Secret Access Key (SK). This field is required only when **Authorization Method** is
            set to **AK/SK**.
        user_name (str | Unset): Username. If **user_id** is set to **all-users**, all users will be displayed.
    """

    content: str
    user_id: str | Unset = UNSET
    type_: CreateAuthorizationRequestType | Unset = UNSET
    secret_key: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        secret_key = self.secret_key

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.content is not UNREAD:
            content = self.content
            field_dict["content"] = content
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        content = d.pop("content", UNSET)
        if not isinstance(content, (str)):
            deviate(src_dict, "content", TypeError("expected a string"))
            if not isinstance(content, Unset):
                d["content"] = content
            content = UNREAD

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (str, Unset)):
            deviate(src_dict, "user_id", TypeError("expected a string"))
            d["user_id"] = user_id
            user_id = UNSET

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: CreateAuthorizationRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(CreateAuthorizationRequestType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        secret_key = d.pop("secret_key", UNSET)
        if not isinstance(secret_key, (str, Unset)):
            deviate(src_dict, "secret_key", TypeError("expected a string"))
            d["secret_key"] = secret_key
            secret_key = UNSET

        user_name = d.pop("user_name", UNSET)
        if not isinstance(user_name, (str, Unset)):
            deviate(src_dict, "user_name", TypeError("expected a string"))
            d["user_name"] = user_name
            user_name = UNSET

        create_authorization_request = cls(
            content=content,
            user_id=user_id,
            type_=type_,
            secret_key=secret_key,
            user_name=user_name,
        )

        create_authorization_request.additional_properties = d
        return create_authorization_request

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
