from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_model_response_failed_list import DeleteModelResponseFailedList


T = TypeVar("T", bound="DeleteModelResponse")


@_attrs_define
class DeleteModelResponse:
    """
    Attributes:
        delete_success_list (list[str] | Unset): ID list of models successfully deleted
        delete_failed_list (list[DeleteModelResponseFailedList] | Unset): ID of the model that fails to be deleted and
            the failure cause list
    """

    delete_success_list: list[str] | Unset = UNSET
    delete_failed_list: list[DeleteModelResponseFailedList] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_success_list: list[str] | Unset = UNSET
        if not isinstance(self.delete_success_list, Unset):
            delete_success_list = self.delete_success_list

        delete_failed_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delete_failed_list, Unset):
            delete_failed_list = []
            for delete_failed_list_item_data in self.delete_failed_list:
                delete_failed_list_item = delete_failed_list_item_data.to_dict()
                delete_failed_list.append(delete_failed_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if delete_success_list is not UNSET:
            field_dict["delete_success_list"] = delete_success_list
        if delete_failed_list is not UNSET:
            field_dict["delete_failed_list"] = delete_failed_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        delete_success_list = d.pop("delete_success_list", UNSET)
        if delete_success_list is not UNSET and (_misfit := list_misfit(delete_success_list, (str), False, "a string")):
            deviate(src_dict, "delete_success_list", _misfit)
            d["delete_success_list"] = delete_success_list
            delete_success_list = UNSET

        _raw_delete_failed_list = d.pop("delete_failed_list", UNSET)
        try:
            _delete_failed_list = _raw_delete_failed_list
            delete_failed_list: list[DeleteModelResponseFailedList] | Unset = UNSET
            if _delete_failed_list is not UNSET:
                delete_failed_list = []
                for delete_failed_list_item_data in _delete_failed_list:
                    delete_failed_list_item = DeleteModelResponseFailedList.from_dict(delete_failed_list_item_data)

                    delete_failed_list.append(delete_failed_list_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "delete_failed_list", exc)
            d["delete_failed_list"] = _raw_delete_failed_list
            delete_failed_list = UNSET

        delete_model_response = cls(
            delete_success_list=delete_success_list,
            delete_failed_list=delete_failed_list,
        )

        delete_model_response.additional_properties = d
        return delete_model_response

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


from ..models.delete_model_response_failed_list import DeleteModelResponseFailedList  # noqa: E402
