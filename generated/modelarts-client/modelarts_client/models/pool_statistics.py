from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_statistics_summary import PoolStatisticsSummary


T = TypeVar("T", bound="PoolStatistics")


@_attrs_define
class PoolStatistics:
    """Counts of the project's resource pools.

    Attributes:
        statistics (PoolStatisticsSummary): Pool statistics.
        operation_time (str | Unset): Time the statistics were computed, in Go's default time format, e.g. `2022-12-05
            11:15:59.329633162 +0000 UTC` (not RFC 3339).
    """

    statistics: PoolStatisticsSummary
    operation_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_time = self.operation_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.statistics is not UNREAD:
            statistics = self.statistics.to_dict()
            field_dict["statistics"] = statistics
        if operation_time is not UNSET:
            field_dict["operationTime"] = operation_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_statistics = d.pop("statistics", UNSET)
        try:
            if isinstance(_raw_statistics, Unset):
                raise KeyError("statistics")
            statistics = PoolStatisticsSummary.from_dict(_raw_statistics)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "statistics", exc)
            if not isinstance(_raw_statistics, Unset):
                d["statistics"] = _raw_statistics
            statistics = UNREAD

        operation_time = d.pop("operationTime", UNSET)
        if not isinstance(operation_time, (str, Unset)):
            deviate(src_dict, "operationTime", TypeError("expected a string"))
            d["operationTime"] = operation_time
            operation_time = UNSET

        pool_statistics = cls(
            statistics=statistics,
            operation_time=operation_time,
        )

        pool_statistics.additional_properties = d
        return pool_statistics

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


from ..models.pool_statistics_summary import PoolStatisticsSummary  # noqa: E402
