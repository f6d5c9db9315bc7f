from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartWorkforceSamplingTaskRequest")


@_attrs_define
class StartWorkforceSamplingTaskRequest:
    """
    Attributes:
        sampling_num (int | Unset): Number of samples for the acceptance task. Either this parameter or the sampling
            ratio is delivered.
        sampling_rate (float | Unset): Sampling ratio of the acceptance task. The value range is (0,1]. Either this
            parameter or the number of samples is delivered.
    """

    sampling_num: int | Unset = UNSET
    sampling_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sampling_num = self.sampling_num

        sampling_rate = self.sampling_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sampling_num is not UNSET:
            field_dict["sampling_num"] = sampling_num
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        sampling_num = d.pop("sampling_num", UNSET)
        if isinstance(sampling_num, bool) or not isinstance(sampling_num, (int, Unset)):
            deviate(src_dict, "sampling_num", TypeError("expected an integer"))
            d["sampling_num"] = sampling_num
            sampling_num = UNSET

        sampling_rate = d.pop("sampling_rate", UNSET)
        if isinstance(sampling_rate, bool) or not isinstance(sampling_rate, (int, float, Unset)):
            deviate(src_dict, "sampling_rate", TypeError("expected a number"))
            d["sampling_rate"] = sampling_rate
            sampling_rate = UNSET

        start_workforce_sampling_task_request = cls(
            sampling_num=sampling_num,
            sampling_rate=sampling_rate,
        )

        start_workforce_sampling_task_request.additional_properties = d
        return start_workforce_sampling_task_request

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
