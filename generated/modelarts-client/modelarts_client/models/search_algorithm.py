from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.reading import deviate  # removed by ruff where unused
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_algorithm_param import SearchAlgorithmParam


T = TypeVar("T", bound="SearchAlgorithm")


@_attrs_define
class SearchAlgorithm:
    """One hyperparameter search algorithm.

    Attributes:
        name (str): Algorithm name, e.g. `bayes_opt_search`, `tpe_search`, `anneal_search`.
        params (list[SearchAlgorithmParam]): The algorithm's parameters with their default values.
        description (str | Unset): Algorithm description.
    """

    name: str
    params: list[SearchAlgorithmParam]
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        params = []
        for params_item_data in self.params:
            params_item = params_item_data.to_dict()
            params.append(params_item)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "params": params,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, (str)):
            deviate(src_dict, "name", TypeError("expected a string"))

        params = []
        _params = d.pop("params")
        for params_item_data in _params:
            params_item = SearchAlgorithmParam.from_dict(params_item_data)

            params.append(params_item)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        search_algorithm = cls(
            name=name,
            params=params,
            description=description,
        )

        search_algorithm.additional_properties = d
        return search_algorithm

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


from ..models.search_algorithm_param import SearchAlgorithmParam  # noqa: E402
