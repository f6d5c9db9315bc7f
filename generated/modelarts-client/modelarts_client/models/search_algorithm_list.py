from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_algorithm import SearchAlgorithm


T = TypeVar("T", bound="SearchAlgorithmList")


@_attrs_define
class SearchAlgorithmList:
    """The hyperparameter search algorithms available to training jobs.

    Attributes:
        search_algo_list (list[SearchAlgorithm]): All search algorithms.
        search_algo_count (int | Unset): Number of search algorithms.
    """

    search_algo_list: list[SearchAlgorithm]
    search_algo_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_algo_count = self.search_algo_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.search_algo_list is not UNREAD:
            search_algo_list = []
            for search_algo_list_item_data in self.search_algo_list:
                search_algo_list_item = search_algo_list_item_data.to_dict()
                search_algo_list.append(search_algo_list_item)

            field_dict["search_algo_list"] = search_algo_list
        if search_algo_count is not UNSET:
            field_dict["search_algo_count"] = search_algo_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_search_algo_list = d.pop("search_algo_list", UNSET)
        try:
            if isinstance(_raw_search_algo_list, Unset):
                raise KeyError("search_algo_list")
            search_algo_list = []
            _search_algo_list = _raw_search_algo_list
            for search_algo_list_item_data in _search_algo_list:
                search_algo_list_item = SearchAlgorithm.from_dict(search_algo_list_item_data)

                search_algo_list.append(search_algo_list_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "search_algo_list", exc)
            if not isinstance(_raw_search_algo_list, Unset):
                d["search_algo_list"] = _raw_search_algo_list
            search_algo_list = UNREAD

        search_algo_count = d.pop("search_algo_count", UNSET)
        if isinstance(search_algo_count, bool) or not isinstance(search_algo_count, (int, Unset)):
            deviate(src_dict, "search_algo_count", TypeError("expected an integer"))
            d["search_algo_count"] = search_algo_count
            search_algo_count = UNSET

        search_algorithm_list = cls(
            search_algo_list=search_algo_list,
            search_algo_count=search_algo_count,
        )

        search_algorithm_list.additional_properties = d
        return search_algorithm_list

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


from ..models.search_algorithm import SearchAlgorithm  # noqa: E402
