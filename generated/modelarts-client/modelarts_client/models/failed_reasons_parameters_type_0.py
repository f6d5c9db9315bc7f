from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_reasons_detail import FailedReasonsDetail


T = TypeVar("T", bound="FailedReasonsParametersType0")


@_attrs_define
class FailedReasonsParametersType0:
    """
    Attributes:
        code (str | Unset): Error code.
        message (str | Unset): Error message
        detail (FailedReasonsDetail | Unset): Error details, by name. A component of its own: openapi-python-client
            0.29.1 names an inline map inside a nullable object twice and drops the object.
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    detail: FailedReasonsDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        code = d.pop("code", UNSET)
        if not isinstance(code, (str, Unset)):
            deviate(src_dict, "code", TypeError("expected a string"))
            d["code"] = code
            code = UNSET

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            deviate(src_dict, "message", TypeError("expected a string"))
            d["message"] = message
            message = UNSET

        _raw_detail = d.pop("detail", UNSET)
        try:
            _detail = _raw_detail
            detail: FailedReasonsDetail | Unset
            if isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = FailedReasonsDetail.from_dict(_detail)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "detail", exc)
            d["detail"] = _raw_detail
            detail = UNSET

        failed_reasons_parameters_type_0 = cls(
            code=code,
            message=message,
            detail=detail,
        )

        failed_reasons_parameters_type_0.additional_properties = d
        return failed_reasons_parameters_type_0

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


from ..models.failed_reasons_detail import FailedReasonsDetail  # noqa: E402
