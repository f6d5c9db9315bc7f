from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_workforce_task_metrics_response_sample_stats import GetWorkforceTaskMetricsResponseSampleStats


T = TypeVar("T", bound="GetWorkforceTaskMetricsResponse")


@_attrs_define
class GetWorkforceTaskMetricsResponse:
    """
    Attributes:
        sample_stats (GetWorkforceTaskMetricsResponseSampleStats | Unset): Statistics on team labeling task members.
    """

    sample_stats: GetWorkforceTaskMetricsResponseSampleStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sample_stats, Unset):
            sample_stats = self.sample_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sample_stats is not UNSET:
            field_dict["sample_stats"] = sample_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_sample_stats = d.pop("sample_stats", UNSET)
        try:
            _sample_stats = _raw_sample_stats
            sample_stats: GetWorkforceTaskMetricsResponseSampleStats | Unset
            if isinstance(_sample_stats, Unset):
                sample_stats = UNSET
            else:
                sample_stats = GetWorkforceTaskMetricsResponseSampleStats.from_dict(_sample_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sample_stats", exc)
            d["sample_stats"] = _raw_sample_stats
            sample_stats = UNSET

        get_workforce_task_metrics_response = cls(
            sample_stats=sample_stats,
        )

        get_workforce_task_metrics_response.additional_properties = d
        return get_workforce_task_metrics_response

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


from ..models.get_workforce_task_metrics_response_sample_stats import GetWorkforceTaskMetricsResponseSampleStats  # noqa: E402
