from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.workload_statistics_type import WorkloadStatisticsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workload_status_statistics import WorkloadStatusStatistics


T = TypeVar("T", bound="WorkloadStatistics")


@_attrs_define
class WorkloadStatistics:
    """
    Attributes:
        type_ (WorkloadStatisticsType | Unset): Job type. Options: - **train**: training job - **infer**: inference job
            - **notebook**: notebook jobs
        total (int | Unset): Number of jobs
        status (WorkloadStatusStatistics | Unset):
    """

    type_: WorkloadStatisticsType | Unset = UNSET
    total: int | Unset = UNSET
    status: WorkloadStatusStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        total = self.total

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if total is not UNSET:
            field_dict["total"] = total
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: WorkloadStatisticsType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(WorkloadStatisticsType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        total = d.pop("total", UNSET)
        if isinstance(total, bool) or not isinstance(total, (int, Unset)):
            deviate(src_dict, "total", TypeError("expected an integer"))
            d["total"] = total
            total = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: WorkloadStatusStatistics | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = WorkloadStatusStatistics.from_dict(_status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        workload_statistics = cls(
            type_=type_,
            total=total,
            status=status,
        )

        workload_statistics.additional_properties = d
        return workload_statistics

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


from ..models.workload_status_statistics import WorkloadStatusStatistics  # noqa: E402
