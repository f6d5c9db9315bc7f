from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flavor_response import FlavorResponse


T = TypeVar("T", bound="ShowTrainingJobFlavorsResponse")


@_attrs_define
class ShowTrainingJobFlavorsResponse:
    """
    Attributes:
        total_count (int | Unset): Total number of resource flavors of a training job.
        flavors (list[FlavorResponse] | Unset): List of resource flavors of a training job.
    """

    total_count: int | Unset = UNSET
    flavors: list[FlavorResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        flavors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flavors, Unset):
            flavors = []
            for flavors_item_data in self.flavors:
                flavors_item = flavors_item_data.to_dict()
                flavors.append(flavors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if flavors is not UNSET:
            field_dict["flavors"] = flavors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        total_count = d.pop("total_count", UNSET)
        if isinstance(total_count, bool) or not isinstance(total_count, (int, Unset)):
            deviate(src_dict, "total_count", TypeError("expected an integer"))
            d["total_count"] = total_count
            total_count = UNSET

        _raw_flavors = d.pop("flavors", UNSET)
        try:
            _flavors = _raw_flavors
            flavors: list[FlavorResponse] | Unset = UNSET
            if _flavors is not UNSET:
                flavors = []
                for flavors_item_data in _flavors:
                    flavors_item = FlavorResponse.from_dict(flavors_item_data)

                    flavors.append(flavors_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "flavors", exc)
            d["flavors"] = _raw_flavors
            flavors = UNSET

        show_training_job_flavors_response = cls(
            total_count=total_count,
            flavors=flavors,
        )

        show_training_job_flavors_response.additional_properties = d
        return show_training_job_flavors_response

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


from ..models.flavor_response import FlavorResponse  # noqa: E402
