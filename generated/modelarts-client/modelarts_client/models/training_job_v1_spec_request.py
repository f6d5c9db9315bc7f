from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_stop_parameters import AutoStopParameters


T = TypeVar("T", bound="TrainingJobV1SpecRequest")


@_attrs_define
class TrainingJobV1SpecRequest:
    """
    Attributes:
        auto_stop (AutoStopParameters | Unset):
    """

    auto_stop: AutoStopParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_stop, Unset):
            auto_stop = self.auto_stop.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auto_stop is not UNSET:
            field_dict["auto_stop"] = auto_stop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_auto_stop = d.pop("auto_stop", UNSET)
        try:
            _auto_stop = _raw_auto_stop
            auto_stop: AutoStopParameters | Unset
            if isinstance(_auto_stop, Unset):
                auto_stop = UNSET
            else:
                auto_stop = AutoStopParameters.from_dict(_auto_stop)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "auto_stop", exc)
            d["auto_stop"] = _raw_auto_stop
            auto_stop = UNSET

        training_job_v1_spec_request = cls(
            auto_stop=auto_stop,
        )

        training_job_v1_spec_request.additional_properties = d
        return training_job_v1_spec_request

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


from ..models.auto_stop_parameters import AutoStopParameters  # noqa: E402
