from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_flavor_status_phase import ResourceFlavorStatusPhase


T = TypeVar("T", bound="ResourceFlavorStatus")


@_attrs_define
class ResourceFlavorStatus:
    """
    Attributes:
        phase (ResourceFlavorStatusPhase | Unset): Sales status of a resource specification in each AZ. The value is
            (AZ, Status). Options for **Status**: - **normal**: The specification is on-sales. - **soldout**: The
            specification is sold out.
    """

    phase: ResourceFlavorStatusPhase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_phase = d.pop("phase", UNSET)
        try:
            _phase = _raw_phase
            phase: ResourceFlavorStatusPhase | Unset
            if isinstance(_phase, Unset):
                phase = UNSET
            else:
                phase = ResourceFlavorStatusPhase.from_dict(_phase)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "phase", exc)
            d["phase"] = _raw_phase
            phase = UNSET

        resource_flavor_status = cls(
            phase=phase,
        )

        resource_flavor_status.additional_properties = d
        return resource_flavor_status

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


from ..models.resource_flavor_status_phase import ResourceFlavorStatusPhase  # noqa: E402
