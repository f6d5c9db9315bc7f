from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.required_affinity_affinity_type import RequiredAffinityAffinityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequiredAffinity")


@_attrs_define
class RequiredAffinity:
    """
    Attributes:
        affinity_type (RequiredAffinityAffinityType | Unset): Affinity scheduling policy. Possible values are as
            follows: - **cabinet**: strong cabinet scheduling - **hyperinstance**: supernode affinity scheduling
        affinity_group_size (int | Unset): Affinity group size. This parameter is mandatory when **affinity_type** is
            set to **hyperinstance**. In this case, the system schedules tasks specified by **affinity_group_size** to a
            supernode to form an affinity group. When a user delivers a training job to the supernode resource pool, if the
            affinity group size is not set, the system sets the value to **1** by default.
    """

    affinity_type: RequiredAffinityAffinityType | Unset = UNSET
    affinity_group_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affinity_type: str | Unset = UNSET
        if not isinstance(self.affinity_type, Unset):
            affinity_type = self.affinity_type.value

        affinity_group_size = self.affinity_group_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if affinity_type is not UNSET:
            field_dict["affinity_type"] = affinity_type
        if affinity_group_size is not UNSET:
            field_dict["affinity_group_size"] = affinity_group_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_affinity_type = d.pop("affinity_type", UNSET)
        try:
            _affinity_type = _raw_affinity_type
            affinity_type: RequiredAffinityAffinityType | Unset
            if isinstance(_affinity_type, Unset):
                affinity_type = UNSET
            else:
                affinity_type = member_of(RequiredAffinityAffinityType, _affinity_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "affinity_type", exc)
            d["affinity_type"] = _raw_affinity_type
            affinity_type = UNSET

        affinity_group_size = d.pop("affinity_group_size", UNSET)
        if isinstance(affinity_group_size, bool) or not isinstance(affinity_group_size, (int, Unset)):
            deviate(src_dict, "affinity_group_size", TypeError("expected an integer"))
            d["affinity_group_size"] = affinity_group_size
            affinity_group_size = UNSET

        required_affinity = cls(
            affinity_type=affinity_type,
            affinity_group_size=affinity_group_size,
        )

        required_affinity.additional_properties = d
        return required_affinity

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
