from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.endpoints_res_dev_service import EndpointsResDevService
from ..models.endpoints_res_service import EndpointsResService
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointsRes")


@_attrs_define
class EndpointsRes:
    """
    Attributes:
        allowed_access_ips (list[str] | Unset): Whitelist of public IP addresses that are allowed to access the notebook
            instance through SSH. By default, all public IP addresses can access the notebook instance. If this parameter is
            specified, only the clients with the specified IP addresses can access the notebook instance.
        dev_service (EndpointsResDevService | Unset): Path for accessing the notebook instance. The enumerated values
            are as follows: - **NOTEBOOK**: You can access notebook instances using HTTPS. - **SSH**: You can remotely
            access the notebook instance through SSH.
        ssh_keys (list[str] | Unset): List of SSH key pairs. You can set multiple key pairs to access an SSH instance at
            the same time.
        service (EndpointsResService | Unset): Path for accessing the notebook instance. The enumerated values are as
            follows: - **NOTEBOOK**: You can access notebook instances using HTTPS. - **SSH**: You can remotely access the
            notebook instance through SSH.
        uri (str | Unset): Private IP address of the instance
    """

    allowed_access_ips: list[str] | Unset = UNSET
    dev_service: EndpointsResDevService | Unset = UNSET
    ssh_keys: list[str] | Unset = UNSET
    service: EndpointsResService | Unset = UNSET
    uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_access_ips: list[str] | Unset = UNSET
        if not isinstance(self.allowed_access_ips, Unset):
            allowed_access_ips = self.allowed_access_ips

        dev_service: str | Unset = UNSET
        if not isinstance(self.dev_service, Unset):
            dev_service = self.dev_service.value

        ssh_keys: list[str] | Unset = UNSET
        if not isinstance(self.ssh_keys, Unset):
            ssh_keys = self.ssh_keys

        service: str | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.value

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allowed_access_ips is not UNSET:
            field_dict["allowed_access_ips"] = allowed_access_ips
        if dev_service is not UNSET:
            field_dict["dev_service"] = dev_service
        if ssh_keys is not UNSET:
            field_dict["ssh_keys"] = ssh_keys
        if service is not UNSET:
            field_dict["service"] = service
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        allowed_access_ips = d.pop("allowed_access_ips", UNSET)
        if allowed_access_ips is not UNSET and (_misfit := list_misfit(allowed_access_ips, (str), False, "a string")):
            deviate(src_dict, "allowed_access_ips", _misfit)
            d["allowed_access_ips"] = allowed_access_ips
            allowed_access_ips = UNSET

        _raw_dev_service = d.pop("dev_service", UNSET)
        try:
            _dev_service = _raw_dev_service
            dev_service: EndpointsResDevService | Unset
            if isinstance(_dev_service, Unset):
                dev_service = UNSET
            else:
                dev_service = member_of(EndpointsResDevService, _dev_service)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dev_service", exc)
            d["dev_service"] = _raw_dev_service
            dev_service = UNSET

        ssh_keys = d.pop("ssh_keys", UNSET)
        if ssh_keys is not UNSET and (_misfit := list_misfit(ssh_keys, (str), False, "a string")):
            deviate(src_dict, "ssh_keys", _misfit)
            d["ssh_keys"] = ssh_keys
            ssh_keys = UNSET

        _raw_service = d.pop("service", UNSET)
        try:
            _service = _raw_service
            service: EndpointsResService | Unset
            if isinstance(_service, Unset):
                service = UNSET
            else:
                service = member_of(EndpointsResService, _service)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "service", exc)
            d["service"] = _raw_service
            service = UNSET

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, (str, Unset)):
            deviate(src_dict, "uri", TypeError("expected a string"))
            d["uri"] = uri
            uri = UNSET

        endpoints_res = cls(
            allowed_access_ips=allowed_access_ips,
            dev_service=dev_service,
            ssh_keys=ssh_keys,
            service=service,
            uri=uri,
        )

        endpoints_res.additional_properties = d
        return endpoints_res

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
