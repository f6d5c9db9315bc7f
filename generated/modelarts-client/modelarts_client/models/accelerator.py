from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.accelerator_type import AcceleratorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Accelerator")


@_attrs_define
class Accelerator:
    """
    Attributes:
        type_ (AcceleratorType | Unset): Accelerator card type. The options are as follows: - **npu** - **gpu** -
            **none**
        name (str | Unset): Accelerator card name, for example, **SNT9B**.
        cuda_version (str | Unset): CUDA driver version.
        driver_version_section (str | Unset): Driver version set.
    """

    type_: AcceleratorType | Unset = UNSET
    name: str | Unset = UNSET
    cuda_version: str | Unset = UNSET
    driver_version_section: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        cuda_version = self.cuda_version

        driver_version_section = self.driver_version_section

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if cuda_version is not UNSET:
            field_dict["cuda_version"] = cuda_version
        if driver_version_section is not UNSET:
            field_dict["driver_version_section"] = driver_version_section

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: AcceleratorType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(AcceleratorType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        cuda_version = d.pop("cuda_version", UNSET)
        if not isinstance(cuda_version, (str, Unset)):
            deviate(src_dict, "cuda_version", TypeError("expected a string"))
            d["cuda_version"] = cuda_version
            cuda_version = UNSET

        driver_version_section = d.pop("driver_version_section", UNSET)
        if not isinstance(driver_version_section, (str, Unset)):
            deviate(src_dict, "driver_version_section", TypeError("expected a string"))
            d["driver_version_section"] = driver_version_section
            driver_version_section = UNSET

        accelerator = cls(
            type_=type_,
            name=name,
            cuda_version=cuda_version,
            driver_version_section=driver_version_section,
        )

        accelerator.additional_properties = d
        return accelerator

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
