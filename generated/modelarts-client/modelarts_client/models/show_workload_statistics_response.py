from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workload_list_statistics import WorkloadListStatistics


T = TypeVar("T", bound="ShowWorkloadStatisticsResponse")


@_attrs_define
class ShowWorkloadStatisticsResponse:
    """
    Attributes:
        statics (WorkloadListStatistics | Unset):
        statistics (WorkloadListStatistics | Unset):
    """

    statics: WorkloadListStatistics | Unset = UNSET
    statistics: WorkloadListStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statics, Unset):
            statics = self.statics.to_dict()

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if statics is not UNSET:
            field_dict["statics"] = statics
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_statics = d.pop("statics", UNSET)
        try:
            _statics = _raw_statics
            statics: WorkloadListStatistics | Unset
            if isinstance(_statics, Unset):
                statics = UNSET
            else:
                statics = WorkloadListStatistics.from_dict(_statics)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "statics", exc)
            d["statics"] = _raw_statics
            statics = UNSET

        _raw_statistics = d.pop("statistics", UNSET)
        try:
            _statistics = _raw_statistics
            statistics: WorkloadListStatistics | Unset
            if isinstance(_statistics, Unset):
                statistics = UNSET
            else:
                statistics = WorkloadListStatistics.from_dict(_statistics)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "statistics", exc)
            d["statistics"] = _raw_statistics
            statistics = UNSET

        show_workload_statistics_response = cls(
            statics=statics,
            statistics=statistics,
        )

        show_workload_statistics_response.additional_properties = d
        return show_workload_statistics_response

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


from ..models.workload_list_statistics import WorkloadListStatistics  # noqa: E402
