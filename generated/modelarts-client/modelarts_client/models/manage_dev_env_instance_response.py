from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManageDevEnvInstanceResponse")


@_attrs_define
class ManageDevEnvInstanceResponse:
    """
    Attributes:
        current_status (str | Unset): Current status of an instance
        previous_state (str | Unset): Previous status of an instance
    """

    current_status: str | Unset = UNSET
    previous_state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_status = self.current_status

        previous_state = self.previous_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if current_status is not UNSET:
            field_dict["current_status"] = current_status
        if previous_state is not UNSET:
            field_dict["previous_state"] = previous_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        current_status = d.pop("current_status", UNSET)
        if not isinstance(current_status, (str, Unset)):
            deviate(src_dict, "current_status", TypeError("expected a string"))
            d["current_status"] = current_status
            current_status = UNSET

        previous_state = d.pop("previous_state", UNSET)
        if not isinstance(previous_state, (str, Unset)):
            deviate(src_dict, "previous_state", TypeError("expected a string"))
            d["previous_state"] = previous_state
            previous_state = UNSET

        manage_dev_env_instance_response = cls(
            current_status=current_status,
            previous_state=previous_state,
        )

        manage_dev_env_instance_response.additional_properties = d
        return manage_dev_env_instance_response

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
