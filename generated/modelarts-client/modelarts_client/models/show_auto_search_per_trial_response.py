from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_auto_search_per_trial_response_data_item_item_type_1 import (
        ShowAutoSearchPerTrialResponseDataItemItemType1,
    )


T = TypeVar("T", bound="ShowAutoSearchPerTrialResponse")


@_attrs_define
class ShowAutoSearchPerTrialResponse:
    """
    Attributes:
        header (list[str] | Unset): Field of a trial searched using hyperparameters.
        data (list[list[ShowAutoSearchPerTrialResponseDataItemItemType1 | str]] | Unset): Each data list of a trial
            searched using hyperparameters.
    """

    header: list[str] | Unset = UNSET
    data: list[list[ShowAutoSearchPerTrialResponseDataItemItemType1 | str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header: list[str] | Unset = UNSET
        if not isinstance(self.header, Unset):
            header = self.header

        data: list[list[dict[str, Any] | str]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = []
                for data_item_item_data in data_item_data:
                    data_item_item: dict[str, Any] | str
                    if isinstance(data_item_item_data, ShowAutoSearchPerTrialResponseDataItemItemType1):
                        data_item_item = data_item_item_data.to_dict()
                    else:
                        data_item_item = data_item_item_data
                    data_item.append(data_item_item)

                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if header is not UNSET:
            field_dict["header"] = header
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        header = d.pop("header", UNSET)
        if header is not UNSET and (_misfit := list_misfit(header, (str), False, "a string")):
            deviate(src_dict, "header", _misfit)
            d["header"] = header
            header = UNSET

        _raw_data = d.pop("data", UNSET)
        try:
            _data = _raw_data
            data: list[list[ShowAutoSearchPerTrialResponseDataItemItemType1 | str]] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = []
                    _data_item = data_item_data
                    for data_item_item_data in _data_item:

                        def _parse_data_item_item(
                            data: object,
                        ) -> ShowAutoSearchPerTrialResponseDataItemItemType1 | str:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                data_item_item_type_1 = ShowAutoSearchPerTrialResponseDataItemItemType1.from_dict(data)

                                return data_item_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(ShowAutoSearchPerTrialResponseDataItemItemType1 | str, data)

                        data_item_item = _parse_data_item_item(data_item_item_data)

                        data_item.append(data_item_item)

                    data.append(data_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data", exc)
            d["data"] = _raw_data
            data = UNSET

        show_auto_search_per_trial_response = cls(
            header=header,
            data=data,
        )

        show_auto_search_per_trial_response.additional_properties = d
        return show_auto_search_per_trial_response

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


from ..models.show_auto_search_per_trial_response_data_item_item_type_1 import (
    ShowAutoSearchPerTrialResponseDataItemItemType1,  # noqa: E402
)
