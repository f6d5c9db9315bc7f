from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.endpoints_req_service import EndpointsReqService
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointsReq")


@_attrs_define
class EndpointsReq:
    """
    Attributes:
        allowed_access_ips (list[str] | Unset): Public IP addresses that can remotely access the notebook instance. A
            maximum of five public IP addresses are supported.
        service (EndpointsReqService | Unset): Supported service. Possible values are as follows: - **NOTEBOOK**: You
            can access notebook instances using HTTPS. - **SSH**: You can remotely access notebook instances through SSH.
        key_pair_names (list[str] | Unset): Name of the SSH key pair, which can be created and viewed on the **Key
            Pair** page of the Elastic Cloud Server (ECS) console.
    """

    allowed_access_ips: list[str] | Unset = UNSET
    service: EndpointsReqService | Unset = UNSET
    key_pair_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_access_ips: list[str] | Unset = UNSET
        if not isinstance(self.allowed_access_ips, Unset):
            allowed_access_ips = self.allowed_access_ips

        service: str | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.value

        key_pair_names: list[str] | Unset = UNSET
        if not isinstance(self.key_pair_names, Unset):
            key_pair_names = self.key_pair_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allowed_access_ips is not UNSET:
            field_dict["allowed_access_ips"] = allowed_access_ips
        if service is not UNSET:
            field_dict["service"] = service
        if key_pair_names is not UNSET:
            field_dict["key_pair_names"] = key_pair_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        allowed_access_ips = d.pop("allowed_access_ips", UNSET)
        if allowed_access_ips is not UNSET and (_misfit := list_misfit(allowed_access_ips, (str), False, "a string")):
            deviate(src_dict, "allowed_access_ips", _misfit)
            d["allowed_access_ips"] = allowed_access_ips
            allowed_access_ips = UNSET

        _raw_service = d.pop("service", UNSET)
        try:
            _service = _raw_service
            service: EndpointsReqService | Unset
            if isinstance(_service, Unset):
                service = UNSET
            else:
                service = member_of(EndpointsReqService, _service)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "service", exc)
            d["service"] = _raw_service
            service = UNSET

        key_pair_names = d.pop("key_pair_names", UNSET)
        if key_pair_names is not UNSET and (_misfit := list_misfit(key_pair_names, (str), False, "a string")):
            deviate(src_dict, "key_pair_names", _misfit)
            d["key_pair_names"] = key_pair_names
            key_pair_names = UNSET

        endpoints_req = cls(
            allowed_access_ips=allowed_access_ips,
            service=service,
            key_pair_names=key_pair_names,
        )

        endpoints_req.additional_properties = d
        return endpoints_req

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
