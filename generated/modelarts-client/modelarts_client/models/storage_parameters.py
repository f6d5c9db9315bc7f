from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_parameters import LocationParameters


T = TypeVar("T", bound="StorageParameters")


@_attrs_define
class StorageParameters:
    """
    Attributes:
        type_ (str): Storage type. Only **obs** is supported.
        location (LocationParameters | Unset):
    """

    type_: str
    location: LocationParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not UNREAD:
            type_ = self.type_
            field_dict["type"] = type_
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str)):
            deviate(src_dict, "type", TypeError("expected a string"))
            if not isinstance(type_, Unset):
                d["type"] = type_
            type_ = UNREAD

        _raw_location = d.pop("location", UNSET)
        try:
            _location = _raw_location
            location: LocationParameters | Unset
            if isinstance(_location, Unset):
                location = UNSET
            else:
                location = LocationParameters.from_dict(_location)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "location", exc)
            d["location"] = _raw_location
            location = UNSET

        storage_parameters = cls(
            type_=type_,
            location=location,
        )

        storage_parameters.additional_properties = d
        return storage_parameters

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


from ..models.location_parameters import LocationParameters  # noqa: E402
