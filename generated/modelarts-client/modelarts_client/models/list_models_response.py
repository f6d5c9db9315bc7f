from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_list_item import ModelListItem


T = TypeVar("T", bound="ListModelsResponse")


@_attrs_define
class ListModelsResponse:
    """
    Attributes:
        models (list[ModelListItem] | Unset): Model metadata
        total_count (int | Unset): Total number of models that meet the search criteria when no paging is performed
        count (int | Unset): Total number of models that meet the search criteria
    """

    models: list[ModelListItem] | Unset = UNSET
    total_count: int | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        total_count = self.total_count

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if models is not UNSET:
            field_dict["models"] = models
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_models = d.pop("models", UNSET)
        try:
            _models = _raw_models
            models: list[ModelListItem] | Unset = UNSET
            if _models is not UNSET:
                models = []
                for models_item_data in _models:
                    models_item = ModelListItem.from_dict(models_item_data)

                    models.append(models_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "models", exc)
            d["models"] = _raw_models
            models = UNSET

        total_count = d.pop("total_count", UNSET)
        if isinstance(total_count, bool) or not isinstance(total_count, (int, Unset)):
            deviate(src_dict, "total_count", TypeError("expected an integer"))
            d["total_count"] = total_count
            total_count = UNSET

        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

        list_models_response = cls(
            models=models,
            total_count=total_count,
            count=count,
        )

        list_models_response.additional_properties = d
        return list_models_response

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


from ..models.model_list_item import ModelListItem  # noqa: E402
