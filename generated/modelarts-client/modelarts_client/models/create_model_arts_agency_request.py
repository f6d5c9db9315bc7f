from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModelArtsAgencyRequest")


@_attrs_define
class CreateModelArtsAgencyRequest:
    """
    Attributes:
        agency_name_suffix (str | Unset): Agency name suffix. The parameter contains a maximum of 50 characters. The
            agency name prefix is consistently to be **ma_agency**. For example, if the value of this parameter is **iam-
            user01**, the name of the created agency is **ma_agency_iam-user01**. The value of this parameter is left blank
            by default, indicating that an agency named **modelarts_agency** is created.
    """

    agency_name_suffix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agency_name_suffix = self.agency_name_suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agency_name_suffix is not UNSET:
            field_dict["agency_name_suffix"] = agency_name_suffix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        agency_name_suffix = d.pop("agency_name_suffix", UNSET)
        if not isinstance(agency_name_suffix, (str, Unset)):
            deviate(src_dict, "agency_name_suffix", TypeError("expected a string"))
            d["agency_name_suffix"] = agency_name_suffix
            agency_name_suffix = UNSET

        create_model_arts_agency_request = cls(
            agency_name_suffix=agency_name_suffix,
        )

        create_model_arts_agency_request.additional_properties = d
        return create_model_arts_agency_request

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
