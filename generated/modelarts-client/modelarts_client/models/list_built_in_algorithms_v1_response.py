from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.models_structure_data import ModelsStructureData


T = TypeVar("T", bound="ListBuiltInAlgorithmsV1Response")


@_attrs_define
class ListBuiltInAlgorithmsV1Response:
    """
    Attributes:
        is_success (bool | Unset): Whether the request is successful
        error_message (str | Unset): Error message of a failed API call. This parameter is not included when the API
            call succeeds.
        error_code (str | Unset): Error code of a failed API call. For details, see Error Codes. This parameter is not
            included when the API call succeeds.
        model_total_count (int | Unset): Number of models
        models (list[ModelsStructureData] | Unset): Model parameter list. For details, see Table 4.
    """

    is_success: bool | Unset = UNSET
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    model_total_count: int | Unset = UNSET
    models: list[ModelsStructureData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        model_total_count = self.model_total_count

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if model_total_count is not UNSET:
            field_dict["model_total_count"] = model_total_count
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        is_success = d.pop("is_success", UNSET)
        if not isinstance(is_success, (bool, Unset)):
            deviate(src_dict, "is_success", TypeError("expected a boolean"))
            d["is_success"] = is_success
            is_success = UNSET

        error_message = d.pop("error_message", UNSET)
        if not isinstance(error_message, (str, Unset)):
            deviate(src_dict, "error_message", TypeError("expected a string"))
            d["error_message"] = error_message
            error_message = UNSET

        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        model_total_count = d.pop("model_total_count", UNSET)
        if isinstance(model_total_count, bool) or not isinstance(model_total_count, (int, Unset)):
            deviate(src_dict, "model_total_count", TypeError("expected an integer"))
            d["model_total_count"] = model_total_count
            model_total_count = UNSET

        _raw_models = d.pop("models", UNSET)
        try:
            _models = _raw_models
            models: list[ModelsStructureData] | Unset = UNSET
            if _models is not UNSET:
                models = []
                for models_item_data in _models:
                    models_item = ModelsStructureData.from_dict(models_item_data)

                    models.append(models_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "models", exc)
            d["models"] = _raw_models
            models = UNSET

        list_built_in_algorithms_v1_response = cls(
            is_success=is_success,
            error_message=error_message,
            error_code=error_code,
            model_total_count=model_total_count,
            models=models,
        )

        list_built_in_algorithms_v1_response.additional_properties = d
        return list_built_in_algorithms_v1_response

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


from ..models.models_structure_data import ModelsStructureData  # noqa: E402
