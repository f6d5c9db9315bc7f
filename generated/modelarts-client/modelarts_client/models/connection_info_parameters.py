from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.connection_info_parameters_protocol import ConnectionInfoParametersProtocol
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential_parameters import CredentialParameters


T = TypeVar("T", bound="ConnectionInfoParameters")


@_attrs_define
class ConnectionInfoParameters:
    """
    Attributes:
        protocol (ConnectionInfoParametersProtocol | Unset): Repository link protocol. The options are **ssh** and
            **https**.
        url (str | Unset): Repository link address
        credential (CredentialParameters | Unset):
    """

    protocol: ConnectionInfoParametersProtocol | Unset = UNSET
    url: str | Unset = UNSET
    credential: CredentialParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol.value

        url = self.url

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if url is not UNSET:
            field_dict["url"] = url
        if credential is not UNSET:
            field_dict["credential"] = credential

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_protocol = d.pop("protocol", UNSET)
        try:
            _protocol = _raw_protocol
            protocol: ConnectionInfoParametersProtocol | Unset
            if isinstance(_protocol, Unset):
                protocol = UNSET
            else:
                protocol = member_of(ConnectionInfoParametersProtocol, _protocol)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "protocol", exc)
            d["protocol"] = _raw_protocol
            protocol = UNSET

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            deviate(src_dict, "url", TypeError("expected a string"))
            d["url"] = url
            url = UNSET

        _raw_credential = d.pop("credential", UNSET)
        try:
            _credential = _raw_credential
            credential: CredentialParameters | Unset
            if isinstance(_credential, Unset):
                credential = UNSET
            else:
                credential = CredentialParameters.from_dict(_credential)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "credential", exc)
            d["credential"] = _raw_credential
            credential = UNSET

        connection_info_parameters = cls(
            protocol=protocol,
            url=url,
            credential=credential,
        )

        connection_info_parameters.additional_properties = d
        return connection_info_parameters

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


from ..models.credential_parameters import CredentialParameters  # noqa: E402
