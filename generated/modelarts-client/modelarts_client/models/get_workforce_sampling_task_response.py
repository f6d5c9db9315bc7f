from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.check_task_stats import CheckTaskStats


T = TypeVar("T", bound="GetWorkforceSamplingTaskResponse")


@_attrs_define
class GetWorkforceSamplingTaskResponse:
    """
    Attributes:
        checking_stats (CheckTaskStats | Unset):
        total_stats (CheckTaskStats | Unset):
    """

    checking_stats: CheckTaskStats | Unset = UNSET
    total_stats: CheckTaskStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checking_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checking_stats, Unset):
            checking_stats = self.checking_stats.to_dict()

        total_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_stats, Unset):
            total_stats = self.total_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if checking_stats is not UNSET:
            field_dict["checking_stats"] = checking_stats
        if total_stats is not UNSET:
            field_dict["total_stats"] = total_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_checking_stats = d.pop("checking_stats", UNSET)
        try:
            _checking_stats = _raw_checking_stats
            checking_stats: CheckTaskStats | Unset
            if isinstance(_checking_stats, Unset):
                checking_stats = UNSET
            else:
                checking_stats = CheckTaskStats.from_dict(_checking_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "checking_stats", exc)
            d["checking_stats"] = _raw_checking_stats
            checking_stats = UNSET

        _raw_total_stats = d.pop("total_stats", UNSET)
        try:
            _total_stats = _raw_total_stats
            total_stats: CheckTaskStats | Unset
            if isinstance(_total_stats, Unset):
                total_stats = UNSET
            else:
                total_stats = CheckTaskStats.from_dict(_total_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "total_stats", exc)
            d["total_stats"] = _raw_total_stats
            total_stats = UNSET

        get_workforce_sampling_task_response = cls(
            checking_stats=checking_stats,
            total_stats=total_stats,
        )

        get_workforce_sampling_task_response.additional_properties = d
        return get_workforce_sampling_task_response

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


from ..models.check_task_stats import CheckTaskStats  # noqa: E402
