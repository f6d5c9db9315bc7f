from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

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
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if self.params is not UNREAD:
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

            field_dict["params"] = params
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str)):
            deviate(src_dict, "name", TypeError("expected a string"))
            if not isinstance(name, Unset):
                d["name"] = name
            name = UNREAD

        _raw_params = d.pop("params", UNSET)
        try:
            if isinstance(_raw_params, Unset):
                raise KeyError("params")
            params = []
            _params = _raw_params
            for params_item_data in _params:
                params_item = SearchAlgorithmParam.from_dict(params_item_data)

                params.append(params_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "params", exc)
            if not isinstance(_raw_params, Unset):
                d["params"] = _raw_params
            params = UNREAD

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
