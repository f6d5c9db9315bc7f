from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="Packages")


@_attrs_define
class Packages:
    """
    Attributes:
        package_version (str | Unset): Version of a dependency package. If this parameter is left blank, the latest
            version is installed by default.
        package_name (str | Unset): Name of a dependency package. Ensure that the package name is correct and available.
        restraint (str | Unset): Version restriction. This parameter is mandatory only when package_version exists. The
            options are as follows: - EXACT: The version is the same as the specified version. - ATLEAST: The version is not
            earlier than the specified version. - ATMOST: not later than the specified version.
    """

    package_version: str | Unset = UNSET
    package_name: str | Unset = UNSET
    restraint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_version = self.package_version

        package_name = self.package_name

        restraint = self.restraint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if package_version is not UNSET:
            field_dict["package_version"] = package_version
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if restraint is not UNSET:
            field_dict["restraint"] = restraint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        package_version = d.pop("package_version", UNSET)
        if not isinstance(package_version, (str, Unset)):
            deviate(src_dict, "package_version", TypeError("expected a string"))
            d["package_version"] = package_version
            package_version = UNSET

        package_name = d.pop("package_name", UNSET)
        if not isinstance(package_name, (str, Unset)):
            deviate(src_dict, "package_name", TypeError("expected a string"))
            d["package_name"] = package_name
            package_name = UNSET

        restraint = d.pop("restraint", UNSET)
        if not isinstance(restraint, (str, Unset)):
            deviate(src_dict, "restraint", TypeError("expected a string"))
            d["restraint"] = restraint
            restraint = UNSET

        packages = cls(
            package_version=package_version,
            package_name=package_name,
            restraint=restraint,
        )

        packages.additional_properties = d
        return packages

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
