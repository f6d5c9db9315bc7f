from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.display_info import DisplayInfo


T = TypeVar("T", bound="FlavorCreatingStepVO")


@_attrs_define
class FlavorCreatingStepVO:
    """
    Attributes:
        display_info (DisplayInfo | Unset):
        step (int | Unset): Step.
        type_ (str | Unset): Batch type.
    """

    display_info: DisplayInfo | Unset = UNSET
    step: int | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_info, Unset):
            display_info = self.display_info.to_dict()

        step = self.step

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if display_info is not UNSET:
            field_dict["displayInfo"] = display_info
        if step is not UNSET:
            field_dict["step"] = step
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_display_info = d.pop("displayInfo", UNSET)
        try:
            _display_info = _raw_display_info
            display_info: DisplayInfo | Unset
            if isinstance(_display_info, Unset):
                display_info = UNSET
            else:
                display_info = DisplayInfo.from_dict(_display_info)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "displayInfo", exc)
            d["displayInfo"] = _raw_display_info
            display_info = UNSET

        step = d.pop("step", UNSET)
        if isinstance(step, bool) or not isinstance(step, (int, Unset)):
            deviate(src_dict, "step", TypeError("expected an integer"))
            d["step"] = step
            step = UNSET

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        flavor_creating_step_vo = cls(
            display_info=display_info,
            step=step,
            type_=type_,
        )

        flavor_creating_step_vo.additional_properties = d
        return flavor_creating_step_vo

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


from ..models.display_info import DisplayInfo  # noqa: E402
