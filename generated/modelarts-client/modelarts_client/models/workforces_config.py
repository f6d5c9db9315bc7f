from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workforce_config import WorkforceConfig


T = TypeVar("T", bound="WorkforcesConfig")


@_attrs_define
class WorkforcesConfig:
    """
    Attributes:
        agency (str | Unset): Administrator
        workforces (list[WorkforceConfig] | Unset): List of teams that execute labeling tasks.
    """

    agency: str | Unset = UNSET
    workforces: list[WorkforceConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agency = self.agency

        workforces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workforces, Unset):
            workforces = []
            for workforces_item_data in self.workforces:
                workforces_item = workforces_item_data.to_dict()
                workforces.append(workforces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agency is not UNSET:
            field_dict["agency"] = agency
        if workforces is not UNSET:
            field_dict["workforces"] = workforces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        agency = d.pop("agency", UNSET)
        if not isinstance(agency, (str, Unset)):
            deviate(src_dict, "agency", TypeError("expected a string"))
            d["agency"] = agency
            agency = UNSET

        _raw_workforces = d.pop("workforces", UNSET)
        try:
            _workforces = _raw_workforces
            workforces: list[WorkforceConfig] | Unset = UNSET
            if _workforces is not UNSET:
                workforces = []
                for workforces_item_data in _workforces:
                    workforces_item = WorkforceConfig.from_dict(workforces_item_data)

                    workforces.append(workforces_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "workforces", exc)
            d["workforces"] = _raw_workforces
            workforces = UNSET

        workforces_config = cls(
            agency=agency,
            workforces=workforces,
        )

        workforces_config.additional_properties = d
        return workforces_config

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


from ..models.workforce_config import WorkforceConfig  # noqa: E402
