from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialParameters")


@_attrs_define
class CredentialParameters:
    """
    Attributes:
        ssh_private_key (str | Unset): SSH private certificate
        access_token (str | Unset): OAuth token of GitHub
    """

    ssh_private_key: str | Unset = UNSET
    access_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ssh_private_key = self.ssh_private_key

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ssh_private_key is not UNSET:
            field_dict["ssh_private_key"] = ssh_private_key
        if access_token is not UNSET:
            field_dict["access_token"] = access_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        ssh_private_key = d.pop("ssh_private_key", UNSET)
        if not isinstance(ssh_private_key, (str, Unset)):
            deviate(src_dict, "ssh_private_key", TypeError("expected a string"))
            d["ssh_private_key"] = ssh_private_key
            ssh_private_key = UNSET

        access_token = d.pop("access_token", UNSET)
        if not isinstance(access_token, (str, Unset)):
            deviate(src_dict, "access_token", TypeError("expected a string"))
            d["access_token"] = access_token
            access_token = UNSET

        credential_parameters = cls(
            ssh_private_key=ssh_private_key,
            access_token=access_token,
        )

        credential_parameters.additional_properties = d
        return credential_parameters

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
