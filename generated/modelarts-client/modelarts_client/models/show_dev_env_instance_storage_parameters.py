from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_dev_env_instance_location_parameters import ShowDevEnvInstanceLocationParameters


T = TypeVar("T", bound="ShowDevEnvInstanceStorageParameters")


@_attrs_define
class ShowDevEnvInstanceStorageParameters:
    """
    Attributes:
        type_ (str | Unset): Storage type Only **obs** is supported.
        location (ShowDevEnvInstanceLocationParameters | Unset):
    """

    type_: str | Unset = UNSET
    location: ShowDevEnvInstanceLocationParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        _raw_location = d.pop("location", UNSET)
        try:
            _location = _raw_location
            location: ShowDevEnvInstanceLocationParameters | Unset
            if isinstance(_location, Unset):
                location = UNSET
            else:
                location = ShowDevEnvInstanceLocationParameters.from_dict(_location)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "location", exc)
            d["location"] = _raw_location
            location = UNSET

        show_dev_env_instance_storage_parameters = cls(
            type_=type_,
            location=location,
        )

        show_dev_env_instance_storage_parameters.additional_properties = d
        return show_dev_env_instance_storage_parameters

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


from ..models.show_dev_env_instance_location_parameters import ShowDevEnvInstanceLocationParameters  # noqa: E402
