from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkMetadataLabels")


@_attrs_define
class NetworkMetadataLabels:
    """
    Attributes:
        os_modelartsname (str): Specified network name.
        os_modelartsworkspace_id (str | Unset): Workspace ID. The default value is **0**. Default: '0'.
    """

    os_modelartsname: str
    os_modelartsworkspace_id: str | Unset = "0"
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_modelartsworkspace_id = self.os_modelartsworkspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.os_modelartsname is not UNREAD:
            os_modelartsname = self.os_modelartsname
            field_dict["os.modelarts/name"] = os_modelartsname
        if os_modelartsworkspace_id is not UNSET:
            field_dict["os.modelarts/workspace.id"] = os_modelartsworkspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _kept: dict[str, Any] = {}
        os_modelartsname = d.pop("os.modelarts/name", UNSET)
        if not isinstance(os_modelartsname, (str)):
            deviate(src_dict, "os.modelarts/name", TypeError("expected a string"))
            if not isinstance(os_modelartsname, Unset):
                _kept["os.modelarts/name"] = os_modelartsname
            os_modelartsname = UNREAD

        os_modelartsworkspace_id = d.pop("os.modelarts/workspace.id", UNSET)
        if not isinstance(os_modelartsworkspace_id, (str, Unset)):
            deviate(src_dict, "os.modelarts/workspace.id", TypeError("expected a string"))
            _kept["os.modelarts/workspace.id"] = os_modelartsworkspace_id
            os_modelartsworkspace_id = UNSET

        network_metadata_labels = cls(
            os_modelartsname=os_modelartsname,
            os_modelartsworkspace_id=os_modelartsworkspace_id,
        )

        for _name, _value in d.items():
            if not isinstance(_value, (str)):
                deviate(src_dict, _name, TypeError("expected a string"))
        network_metadata_labels.additional_properties = d
        network_metadata_labels.additional_properties.update(_kept)
        return network_metadata_labels

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
