from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

T = TypeVar("T", bound="JobAlgorithmEnvironments")


@_attrs_define
class JobAlgorithmEnvironments:
    """Environment variables of a training job. Format: "key":"value". The key can contain a maximum of 8,192 characters,
    and the value can contain a maximum of 4,096 characters. A maximum of 100 key-value pairs are allowed. The variable
    name can contain only letters, digits, and underscores (*), and must start with a letter or underscore (*). Note:
    Variables cannot contain $.

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        job_algorithm_environments = cls()

        for _name, _value in d.items():
            if not isinstance(_value, (str)):
                deviate(src_dict, _name, TypeError("expected a string"))
        job_algorithm_environments.additional_properties = d
        return job_algorithm_environments

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
