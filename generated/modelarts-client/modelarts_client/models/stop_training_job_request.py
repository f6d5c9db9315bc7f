from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="StopTrainingJobRequest")


@_attrs_define
class StopTrainingJobRequest:
    """
    Attributes:
        action_type (str): Operation request for a training job. If this parameter is set to terminate, the training job
            is terminated.
    """

    action_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.action_type is not UNREAD:
            action_type = self.action_type
            field_dict["action_type"] = action_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        action_type = d.pop("action_type", UNSET)
        if not isinstance(action_type, (str)):
            deviate(src_dict, "action_type", TypeError("expected a string"))
            if not isinstance(action_type, Unset):
                d["action_type"] = action_type
            action_type = UNREAD

        stop_training_job_request = cls(
            action_type=action_type,
        )

        stop_training_job_request.additional_properties = d
        return stop_training_job_request

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
