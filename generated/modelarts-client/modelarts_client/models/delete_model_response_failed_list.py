from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteModelResponseFailedList")


@_attrs_define
class DeleteModelResponseFailedList:
    """
    Attributes:
        error_msg (str | Unset): Error message of the model deletion failure
        error_code (str | Unset): Error code of the model deletion failure
        model_id (str | Unset): ID of a model that fails to be deleted
    """

    error_msg: str | Unset = UNSET
    error_code: str | Unset = UNSET
    model_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_msg = self.error_msg

        error_code = self.error_code

        model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if model_id is not UNSET:
            field_dict["model_id"] = model_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        error_msg = d.pop("error_msg", UNSET)
        if not isinstance(error_msg, (str, Unset)):
            deviate(src_dict, "error_msg", TypeError("expected a string"))
            d["error_msg"] = error_msg
            error_msg = UNSET

        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        model_id = d.pop("model_id", UNSET)
        if not isinstance(model_id, (str, Unset)):
            deviate(src_dict, "model_id", TypeError("expected a string"))
            d["model_id"] = model_id
            model_id = UNSET

        delete_model_response_failed_list = cls(
            error_msg=error_msg,
            error_code=error_code,
            model_id=model_id,
        )

        delete_model_response_failed_list.additional_properties = d
        return delete_model_response_failed_list

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
