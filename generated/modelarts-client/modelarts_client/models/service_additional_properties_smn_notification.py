from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.smn_notification import SmnNotification


T = TypeVar("T", bound="ServiceAdditionalPropertiesSmnNotification")


@_attrs_define
class ServiceAdditionalPropertiesSmnNotification:
    """SMN message notification structure, which is used to notify the user of the service status change"""

    additional_properties: dict[str, SmnNotification] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        service_additional_properties_smn_notification = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SmnNotification.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        service_additional_properties_smn_notification.additional_properties = additional_properties
        return service_additional_properties_smn_notification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SmnNotification:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SmnNotification) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.smn_notification import SmnNotification  # noqa: E402
