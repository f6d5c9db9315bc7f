from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceSecret")


@_attrs_define
class ServiceSecret:
    """
    Attributes:
        secret_id (str): Specifies the key ID.
        mouth_path (str): Mount Path
    """

    secret_id: str
    mouth_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.secret_id is not UNREAD:
            secret_id = self.secret_id
            field_dict["secretId"] = secret_id
        if self.mouth_path is not UNREAD:
            mouth_path = self.mouth_path
            field_dict["mouthPath"] = mouth_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        secret_id = d.pop("secretId", UNSET)
        if not isinstance(secret_id, (str)):
            deviate(src_dict, "secretId", TypeError("expected a string"))
            if not isinstance(secret_id, Unset):
                d["secretId"] = secret_id
            secret_id = UNREAD

        mouth_path = d.pop("mouthPath", UNSET)
        if not isinstance(mouth_path, (str)):
            deviate(src_dict, "mouthPath", TypeError("expected a string"))
            if not isinstance(mouth_path, Unset):
                d["mouthPath"] = mouth_path
            mouth_path = UNREAD

        service_secret = cls(
            secret_id=secret_id,
            mouth_path=mouth_path,
        )

        service_secret.additional_properties = d
        return service_secret

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
