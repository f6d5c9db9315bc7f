from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.required_affinity import RequiredAffinity


T = TypeVar("T", bound="SchedulePolicy")


@_attrs_define
class SchedulePolicy:
    """
    Attributes:
        required_affinity (RequiredAffinity | Unset):
        priority (int | Unset): Priority of the training job.
        preemptible (bool | Unset): Whether preemption is allowed
    """

    required_affinity: RequiredAffinity | Unset = UNSET
    priority: int | Unset = UNSET
    preemptible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_affinity, Unset):
            required_affinity = self.required_affinity.to_dict()

        priority = self.priority

        preemptible = self.preemptible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if required_affinity is not UNSET:
            field_dict["required_affinity"] = required_affinity
        if priority is not UNSET:
            field_dict["priority"] = priority
        if preemptible is not UNSET:
            field_dict["preemptible"] = preemptible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_required_affinity = d.pop("required_affinity", UNSET)
        try:
            _required_affinity = _raw_required_affinity
            required_affinity: RequiredAffinity | Unset
            if isinstance(_required_affinity, Unset):
                required_affinity = UNSET
            else:
                required_affinity = RequiredAffinity.from_dict(_required_affinity)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "required_affinity", exc)
            d["required_affinity"] = _raw_required_affinity
            required_affinity = UNSET

        priority = d.pop("priority", UNSET)
        if isinstance(priority, bool) or not isinstance(priority, (int, Unset)):
            deviate(src_dict, "priority", TypeError("expected an integer"))
            d["priority"] = priority
            priority = UNSET

        preemptible = d.pop("preemptible", UNSET)
        if not isinstance(preemptible, (bool, Unset)):
            deviate(src_dict, "preemptible", TypeError("expected a boolean"))
            d["preemptible"] = preemptible
            preemptible = UNSET

        schedule_policy = cls(
            required_affinity=required_affinity,
            priority=priority,
            preemptible=preemptible,
        )

        schedule_policy.additional_properties = d
        return schedule_policy

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


from ..models.required_affinity import RequiredAffinity  # noqa: E402
