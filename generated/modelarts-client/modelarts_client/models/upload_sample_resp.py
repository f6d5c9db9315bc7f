from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadSampleResp")


@_attrs_define
class UploadSampleResp:
    """
    Attributes:
        error_code (str | Unset): Error code.
        error_msg (str | Unset): Error message.
        info (str | Unset): Description.
        name (str | Unset): Name of a sample file.
        success (bool | Unset): Whether the operation is successful. Options: - **true**: successful - **false**: failed
    """

    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    info: str | Unset = UNSET
    name: str | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_msg = self.error_msg

        info = self.info

        name = self.name

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if info is not UNSET:
            field_dict["info"] = info
        if name is not UNSET:
            field_dict["name"] = name
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        error_msg = d.pop("error_msg", UNSET)
        if not isinstance(error_msg, (str, Unset)):
            deviate(src_dict, "error_msg", TypeError("expected a string"))
            d["error_msg"] = error_msg
            error_msg = UNSET

        info = d.pop("info", UNSET)
        if not isinstance(info, (str, Unset)):
            deviate(src_dict, "info", TypeError("expected a string"))
            d["info"] = info
            info = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        success = d.pop("success", UNSET)
        if not isinstance(success, (bool, Unset)):
            deviate(src_dict, "success", TypeError("expected a boolean"))
            d["success"] = success
            success = UNSET

        upload_sample_resp = cls(
            error_code=error_code,
            error_msg=error_msg,
            info=info,
            name=name,
            success=success,
        )

        upload_sample_resp.additional_properties = d
        return upload_sample_resp

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
