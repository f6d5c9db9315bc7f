from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.update_workforce_sampling_task_request_action import UpdateWorkforceSamplingTaskRequestAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkforceSamplingTaskRequest")


@_attrs_define
class UpdateWorkforceSamplingTaskRequest:
    """
    Attributes:
        action (UpdateWorkforceSamplingTaskRequestAction): Acceptance action. Options: - **0**: All samples are passed.
            - **1**: All samples are rejected. - **2**: The acceptance is canceled. - **3**: The sample list of acceptance
            conflicts is obtained. - **4**: Only the single-accepted samples and unprocessed samples are passed. - **5**:
            Only the single-accepted samples are passed.
        overwrite_last_result (bool | Unset): Whether to overwrite labeled data. Options: - **true**: The labeled data
            is overwritten. - **false**: The labeled data is not overwritten. (default value)
    """

    action: UpdateWorkforceSamplingTaskRequestAction
    overwrite_last_result: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overwrite_last_result = self.overwrite_last_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.action is not UNREAD:
            action = self.action.value
            field_dict["action"] = action
        if overwrite_last_result is not UNSET:
            field_dict["overwrite_last_result"] = overwrite_last_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_action = d.pop("action", UNSET)
        try:
            if isinstance(_raw_action, Unset):
                raise KeyError("action")
            action = member_of(UpdateWorkforceSamplingTaskRequestAction, _raw_action)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "action", exc)
            if not isinstance(_raw_action, Unset):
                d["action"] = _raw_action
            action = UNREAD

        overwrite_last_result = d.pop("overwrite_last_result", UNSET)
        if not isinstance(overwrite_last_result, (bool, Unset)):
            deviate(src_dict, "overwrite_last_result", TypeError("expected a boolean"))
            d["overwrite_last_result"] = overwrite_last_result
            overwrite_last_result = UNSET

        update_workforce_sampling_task_request = cls(
            action=action,
            overwrite_last_result=overwrite_last_result,
        )

        update_workforce_sampling_task_request.additional_properties = d
        return update_workforce_sampling_task_request

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
