from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteDevEnvInstanceResponse")


@_attrs_define
class DeleteDevEnvInstanceResponse:
    """
    Attributes:
        instance_id (str | Unset): Instance ID
    """

    instance_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        instance_id = d.pop("instance_id", UNSET)
        if not isinstance(instance_id, (str, Unset)):
            deviate(src_dict, "instance_id", TypeError("expected a string"))
            d["instance_id"] = instance_id
            instance_id = UNSET

        delete_dev_env_instance_response = cls(
            instance_id=instance_id,
        )

        delete_dev_env_instance_response.additional_properties = d
        return delete_dev_env_instance_response

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
