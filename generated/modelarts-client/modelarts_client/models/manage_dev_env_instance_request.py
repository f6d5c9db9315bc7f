from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.manage_dev_env_instance_request_action import ManageDevEnvInstanceRequestAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManageDevEnvInstanceRequest")


@_attrs_define
class ManageDevEnvInstanceRequest:
    """
    Attributes:
        action (ManageDevEnvInstanceRequestAction): Operation on a development environment instance. The options are as
            follows: - **start** - **stop**
    """

    action: ManageDevEnvInstanceRequestAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.action is not UNREAD:
            action = self.action.value
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_action = d.pop("action", UNSET)
        try:
            if isinstance(_raw_action, Unset):
                raise KeyError("action")
            action = member_of(ManageDevEnvInstanceRequestAction, _raw_action)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "action", exc)
            if not isinstance(_raw_action, Unset):
                d["action"] = _raw_action
            action = UNREAD

        manage_dev_env_instance_request = cls(
            action=action,
        )

        manage_dev_env_instance_request.additional_properties = d
        return manage_dev_env_instance_request

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
