from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailsRequest")


@_attrs_define
class SendEmailsRequest:
    """
    Attributes:
        emails (list[str]): Email list of a labeling team member.
    """

    emails: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.emails is not UNREAD:
            emails = self.emails

            field_dict["emails"] = emails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        emails = d.pop("emails", UNSET)
        if _misfit := list_misfit(emails, (str), False, "a string"):
            deviate(src_dict, "emails", _misfit)
            if not isinstance(emails, Unset):
                d["emails"] = emails
            emails = UNREAD

        send_emails_request = cls(
            emails=emails,
        )

        send_emails_request.additional_properties = d
        return send_emails_request

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
