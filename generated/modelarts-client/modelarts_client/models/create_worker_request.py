from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.create_worker_request_role_type_0 import CreateWorkerRequestRoleType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorkerRequest")


@_attrs_define
class CreateWorkerRequest:
    """
    Attributes:
        emails (str): Email address of a labeling team member.
        role (CreateWorkerRequestRoleType0 | str): Member role. Options: - **0**: labeling personnel - **1**: reviewer -
            **2**: team administrator
        description (str | Unset): Member description. The description contains 0 to 256 characters and does not support
            the following special characters: ``^!<>=&"'``
    """

    emails: str
    role: CreateWorkerRequestRoleType0 | str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.emails is not UNREAD:
            emails = self.emails
            field_dict["emails"] = emails
        if self.role is not UNREAD:
            role: int | str
            if isinstance(self.role, CreateWorkerRequestRoleType0):
                role = self.role.value
            else:
                role = self.role
            field_dict["role"] = role
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        emails = d.pop("emails", UNSET)
        if not isinstance(emails, (str)):
            deviate(src_dict, "emails", TypeError("expected a string"))
            if not isinstance(emails, Unset):
                d["emails"] = emails
            emails = UNREAD

        _raw_role = d.pop("role", UNSET)
        try:
            if isinstance(_raw_role, Unset):
                raise KeyError("role")

            def _parse_role(data: object) -> CreateWorkerRequestRoleType0 | str:
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    role_type_0 = member_of(CreateWorkerRequestRoleType0, data)

                    return role_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateWorkerRequestRoleType0 | str, data)

            role = _parse_role(_raw_role)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "role", exc)
            if not isinstance(_raw_role, Unset):
                d["role"] = _raw_role
            role = UNREAD

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        create_worker_request = cls(
            emails=emails,
            role=role,
            description=description,
        )

        create_worker_request.additional_properties = d
        return create_worker_request

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
