from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_workforce_sampling_task_describe_sample_resp import (
        UpdateWorkforceSamplingTaskDescribeSampleResp,
    )


T = TypeVar("T", bound="UpdateWorkforceSamplingTaskResponse")


@_attrs_define
class UpdateWorkforceSamplingTaskResponse:
    """
    Attributes:
        sample_count (int | Unset): Total number of accepted samples
        samples (list[UpdateWorkforceSamplingTaskDescribeSampleResp] | Unset): List of accepted samples
    """

    sample_count: int | Unset = UNSET
    samples: list[UpdateWorkforceSamplingTaskDescribeSampleResp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_count = self.sample_count

        samples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = []
            for samples_item_data in self.samples:
                samples_item = samples_item_data.to_dict()
                samples.append(samples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sample_count is not UNSET:
            field_dict["sample_count"] = sample_count
        if samples is not UNSET:
            field_dict["samples"] = samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        sample_count = d.pop("sample_count", UNSET)
        if isinstance(sample_count, bool) or not isinstance(sample_count, (int, Unset)):
            deviate(src_dict, "sample_count", TypeError("expected an integer"))
            d["sample_count"] = sample_count
            sample_count = UNSET

        _raw_samples = d.pop("samples", UNSET)
        try:
            _samples = _raw_samples
            samples: list[UpdateWorkforceSamplingTaskDescribeSampleResp] | Unset = UNSET
            if _samples is not UNSET:
                samples = []
                for samples_item_data in _samples:
                    samples_item = UpdateWorkforceSamplingTaskDescribeSampleResp.from_dict(samples_item_data)

                    samples.append(samples_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "samples", exc)
            d["samples"] = _raw_samples
            samples = UNSET

        update_workforce_sampling_task_response = cls(
            sample_count=sample_count,
            samples=samples,
        )

        update_workforce_sampling_task_response.additional_properties = d
        return update_workforce_sampling_task_response

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


from ..models.update_workforce_sampling_task_describe_sample_resp import UpdateWorkforceSamplingTaskDescribeSampleResp  # noqa: E402
