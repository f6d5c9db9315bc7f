from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workforce import Workforce


T = TypeVar("T", bound="ListWorkforcesResponse")


@_attrs_define
class ListWorkforcesResponse:
    """
    Attributes:
        total_number (int | Unset): Total number of labeling teams.
        workforces (list[Workforce] | Unset): Labeling team list queried by page.
    """

    total_number: int | Unset = UNSET
    workforces: list[Workforce] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_number = self.total_number

        workforces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workforces, Unset):
            workforces = []
            for workforces_item_data in self.workforces:
                workforces_item = workforces_item_data.to_dict()
                workforces.append(workforces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_number is not UNSET:
            field_dict["total_number"] = total_number
        if workforces is not UNSET:
            field_dict["workforces"] = workforces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        total_number = d.pop("total_number", UNSET)
        if isinstance(total_number, bool) or not isinstance(total_number, (int, Unset)):
            deviate(src_dict, "total_number", TypeError("expected an integer"))
            d["total_number"] = total_number
            total_number = UNSET

        _raw_workforces = d.pop("workforces", UNSET)
        try:
            _workforces = _raw_workforces
            workforces: list[Workforce] | Unset = UNSET
            if _workforces is not UNSET:
                workforces = []
                for workforces_item_data in _workforces:
                    workforces_item = Workforce.from_dict(workforces_item_data)

                    workforces.append(workforces_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "workforces", exc)
            d["workforces"] = _raw_workforces
            workforces = UNSET

        list_workforces_response = cls(
            total_number=total_number,
            workforces=workforces,
        )

        list_workforces_response.additional_properties = d
        return list_workforces_response

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


from ..models.workforce import Workforce  # noqa: E402
