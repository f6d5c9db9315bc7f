from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceFlavorLabel")


@_attrs_define
class ResourceFlavorLabel:
    """
    Attributes:
        os_modelartsscope (str | Unset): Job types supported by a resource specification
        os_modelarts_flavorbaremetal (str | Unset): BMS flavor label. **true** indicates that the flavor is a BMS
            flavor.
        os_modelarts_flavorlocaldisk (str | Unset): Whether a local disk is contained. **true** indicates that the
            flavor contains local disks.
    """

    os_modelartsscope: str | Unset = UNSET
    os_modelarts_flavorbaremetal: str | Unset = UNSET
    os_modelarts_flavorlocaldisk: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_modelartsscope = self.os_modelartsscope

        os_modelarts_flavorbaremetal = self.os_modelarts_flavorbaremetal

        os_modelarts_flavorlocaldisk = self.os_modelarts_flavorlocaldisk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if os_modelartsscope is not UNSET:
            field_dict["os.modelarts/scope"] = os_modelartsscope
        if os_modelarts_flavorbaremetal is not UNSET:
            field_dict["os.modelarts.flavor/baremetal"] = os_modelarts_flavorbaremetal
        if os_modelarts_flavorlocaldisk is not UNSET:
            field_dict["os.modelarts.flavor/localdisk"] = os_modelarts_flavorlocaldisk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        os_modelartsscope = d.pop("os.modelarts/scope", UNSET)
        if not isinstance(os_modelartsscope, (str, Unset)):
            deviate(src_dict, "os.modelarts/scope", TypeError("expected a string"))
            d["os.modelarts/scope"] = os_modelartsscope
            os_modelartsscope = UNSET

        os_modelarts_flavorbaremetal = d.pop("os.modelarts.flavor/baremetal", UNSET)
        if not isinstance(os_modelarts_flavorbaremetal, (str, Unset)):
            deviate(src_dict, "os.modelarts.flavor/baremetal", TypeError("expected a string"))
            d["os.modelarts.flavor/baremetal"] = os_modelarts_flavorbaremetal
            os_modelarts_flavorbaremetal = UNSET

        os_modelarts_flavorlocaldisk = d.pop("os.modelarts.flavor/localdisk", UNSET)
        if not isinstance(os_modelarts_flavorlocaldisk, (str, Unset)):
            deviate(src_dict, "os.modelarts.flavor/localdisk", TypeError("expected a string"))
            d["os.modelarts.flavor/localdisk"] = os_modelarts_flavorlocaldisk
            os_modelarts_flavorlocaldisk = UNSET

        resource_flavor_label = cls(
            os_modelartsscope=os_modelartsscope,
            os_modelarts_flavorbaremetal=os_modelarts_flavorbaremetal,
            os_modelarts_flavorlocaldisk=os_modelarts_flavorlocaldisk,
        )

        resource_flavor_label.additional_properties = d
        return resource_flavor_label

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
