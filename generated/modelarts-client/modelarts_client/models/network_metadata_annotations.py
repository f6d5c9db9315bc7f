from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkMetadataAnnotations")


@_attrs_define
class NetworkMetadataAnnotations:
    """
    Attributes:
        os_modelartsdescription (str | Unset): Network resource description, which is used to describe a scenario. The
            following special characters are not allowed: !<>=&"'
    """

    os_modelartsdescription: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_modelartsdescription = self.os_modelartsdescription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if os_modelartsdescription is not UNSET:
            field_dict["os.modelarts/description"] = os_modelartsdescription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _kept: dict[str, Any] = {}
        os_modelartsdescription = d.pop("os.modelarts/description", UNSET)
        if not isinstance(os_modelartsdescription, (str, Unset)):
            deviate(src_dict, "os.modelarts/description", TypeError("expected a string"))
            _kept["os.modelarts/description"] = os_modelartsdescription
            os_modelartsdescription = UNSET

        network_metadata_annotations = cls(
            os_modelartsdescription=os_modelartsdescription,
        )

        for _name, _value in d.items():
            if not isinstance(_value, (str)):
                deviate(src_dict, _name, TypeError("expected a string"))
        network_metadata_annotations.additional_properties = d
        network_metadata_annotations.additional_properties.update(_kept)
        return network_metadata_annotations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
