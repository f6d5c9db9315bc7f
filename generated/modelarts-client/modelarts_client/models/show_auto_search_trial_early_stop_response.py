from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowAutoSearchTrialEarlyStopResponse")


@_attrs_define
class ShowAutoSearchTrialEarlyStopResponse:
    """
    Attributes:
        earlystop_trial (str | Unset): **trial_id** of the trial that is early stopped.
    """

    earlystop_trial: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earlystop_trial = self.earlystop_trial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if earlystop_trial is not UNSET:
            field_dict["earlystop_trial"] = earlystop_trial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        earlystop_trial = d.pop("earlystop_trial", UNSET)
        if not isinstance(earlystop_trial, (str, Unset)):
            deviate(src_dict, "earlystop_trial", TypeError("expected a string"))
            d["earlystop_trial"] = earlystop_trial
            earlystop_trial = UNSET

        show_auto_search_trial_early_stop_response = cls(
            earlystop_trial=earlystop_trial,
        )

        show_auto_search_trial_early_stop_response.additional_properties = d
        return show_auto_search_trial_early_stop_response

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
