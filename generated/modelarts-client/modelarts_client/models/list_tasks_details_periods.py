from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTasksDetailsPeriods")


@_attrs_define
class ListTasksDetailsPeriods:
    """
    Attributes:
        begin_at (str | Unset): Start time of a period. This parameter is mandatory. If a scheduled task is of the
            **once** type, the value of the parameter is in the format of yyyy-MM-ddThh:mm:ss. For other scheduled task
            types, the value of the parameter is in the format of hh:mm:ss.
        end_at (str | Unset): End time of a period. This parameter is mandatory. If a scheduled task is of the **once**
            type, the value of the parameter is in the format of yyyy-MM-ddThh:mm:ss. For other scheduled task types, the
            value of the parameter is in the format of hh:mm:ss.
    """

    begin_at: str | Unset = UNSET
    end_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin_at = self.begin_at

        end_at = self.end_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if begin_at is not UNSET:
            field_dict["begin_at"] = begin_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        begin_at = d.pop("begin_at", UNSET)
        if not isinstance(begin_at, (str, Unset)):
            deviate(src_dict, "begin_at", TypeError("expected a string"))
            d["begin_at"] = begin_at
            begin_at = UNSET

        end_at = d.pop("end_at", UNSET)
        if not isinstance(end_at, (str, Unset)):
            deviate(src_dict, "end_at", TypeError("expected a string"))
            d["end_at"] = end_at
            end_at = UNSET

        list_tasks_details_periods = cls(
            begin_at=begin_at,
            end_at=end_at,
        )

        list_tasks_details_periods.additional_properties = d
        return list_tasks_details_periods

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
