from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.resource_requirements_key import ResourceRequirementsKey
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceRequirements")


@_attrs_define
class ResourceRequirements:
    """
    Attributes:
        key (ResourceRequirementsKey | Unset): Resource constraint. The options are as follows: - **flavor_type**:
            flavor type, which can be **CPU** or **GPU**. - **device_distributed_mode**: whether to support multi-card
            training. The value can be **multiple** (supported) or **singular** (not supported). -
            **host_distributed_mode**: whether to support distributed training. The value can be **multiple** (supported) or
            **singular** (not supported).
        value (list[str] | Unset): Value of the resource constraint key.
        operator (str | Unset): Relationship between keys and values. Currently, only **in** is supported. For example,
            **flavor_type in [CPU,GPU]**.
    """

    key: ResourceRequirementsKey | Unset = UNSET
    value: list[str] | Unset = UNSET
    operator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: str | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.value

        value: list[str] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        operator = self.operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_key = d.pop("key", UNSET)
        try:
            _key = _raw_key
            key: ResourceRequirementsKey | Unset
            if isinstance(_key, Unset):
                key = UNSET
            else:
                key = member_of(ResourceRequirementsKey, _key)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "key", exc)
            d["key"] = _raw_key
            key = UNSET

        value = d.pop("value", UNSET)
        if value is not UNSET and (_misfit := list_misfit(value, (str), False, "a string")):
            deviate(src_dict, "value", _misfit)
            d["value"] = value
            value = UNSET

        operator = d.pop("operator", UNSET)
        if not isinstance(operator, (str, Unset)):
            deviate(src_dict, "operator", TypeError("expected a string"))
            d["operator"] = operator
            operator = UNSET

        resource_requirements = cls(
            key=key,
            value=value,
            operator=operator,
        )

        resource_requirements.additional_properties = d
        return resource_requirements

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
