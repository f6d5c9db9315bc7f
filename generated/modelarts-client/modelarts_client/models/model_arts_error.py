from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelArtsError")


@_attrs_define
class ModelArtsError:
    """Error body returned by every ModelArts endpoint.

    Attributes:
        error_code (str): ModelArts error code, `ModelArts.` followed by digits (gateway errors use `APIGW.`).
        error_msg (str): Human-readable error message.
        error_solution (str | Unset): Suggested fix; sent by some ModelArts APIs only.
    """

    error_code: str
    error_msg: str
    error_solution: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_solution = self.error_solution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.error_code is not UNREAD:
            error_code = self.error_code
            field_dict["error_code"] = error_code
        if self.error_msg is not UNREAD:
            error_msg = self.error_msg
            field_dict["error_msg"] = error_msg
        if error_solution is not UNSET:
            field_dict["error_solution"] = error_solution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            if not isinstance(error_code, Unset):
                d["error_code"] = error_code
            error_code = UNREAD

        error_msg = d.pop("error_msg", UNSET)
        if not isinstance(error_msg, (str)):
            deviate(src_dict, "error_msg", TypeError("expected a string"))
            if not isinstance(error_msg, Unset):
                d["error_msg"] = error_msg
            error_msg = UNREAD

        error_solution = d.pop("error_solution", UNSET)
        if not isinstance(error_solution, (str, Unset)):
            deviate(src_dict, "error_solution", TypeError("expected a string"))
            d["error_solution"] = error_solution
            error_solution = UNSET

        model_arts_error = cls(
            error_code=error_code,
            error_msg=error_msg,
            error_solution=error_solution,
        )

        model_arts_error.additional_properties = d
        return model_arts_error

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
