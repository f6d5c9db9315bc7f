from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.service_additional_properties import ServiceAdditionalProperties


T = TypeVar("T", bound="CreateServiceRequestAdditionalProperties")


@_attrs_define
class CreateServiceRequestAdditionalProperties:
    """Additional service attribute, which facilitates service management"""

    additional_properties: dict[str, ServiceAdditionalProperties] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        create_service_request_additional_properties = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ServiceAdditionalProperties.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        create_service_request_additional_properties.additional_properties = additional_properties
        return create_service_request_additional_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ServiceAdditionalProperties:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ServiceAdditionalProperties) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.service_additional_properties import ServiceAdditionalProperties  # noqa: E402
