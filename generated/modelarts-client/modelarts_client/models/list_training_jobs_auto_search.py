from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algo_configs import AlgoConfigs
    from ..models.reward_attrs import RewardAttrs
    from ..models.search_params import SearchParams


T = TypeVar("T", bound="ListTrainingJobsAutoSearch")


@_attrs_define
class ListTrainingJobsAutoSearch:
    """
    Attributes:
        skip_search_params (str | Unset): Hyperparameter parameters that need to be skipped.
        reward_attrs (list[RewardAttrs] | Unset): List of search metrics.
        search_params (list[SearchParams] | Unset): Search parameters.
        algo_configs (list[AlgoConfigs] | Unset): Search algorithm configurations.
    """

    skip_search_params: str | Unset = UNSET
    reward_attrs: list[RewardAttrs] | Unset = UNSET
    search_params: list[SearchParams] | Unset = UNSET
    algo_configs: list[AlgoConfigs] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skip_search_params = self.skip_search_params

        reward_attrs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reward_attrs, Unset):
            reward_attrs = []
            for reward_attrs_item_data in self.reward_attrs:
                reward_attrs_item = reward_attrs_item_data.to_dict()
                reward_attrs.append(reward_attrs_item)

        search_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.search_params, Unset):
            search_params = []
            for search_params_item_data in self.search_params:
                search_params_item = search_params_item_data.to_dict()
                search_params.append(search_params_item)

        algo_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.algo_configs, Unset):
            algo_configs = []
            for algo_configs_item_data in self.algo_configs:
                algo_configs_item = algo_configs_item_data.to_dict()
                algo_configs.append(algo_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if skip_search_params is not UNSET:
            field_dict["skip_search_params"] = skip_search_params
        if reward_attrs is not UNSET:
            field_dict["reward_attrs"] = reward_attrs
        if search_params is not UNSET:
            field_dict["search_params"] = search_params
        if algo_configs is not UNSET:
            field_dict["algo_configs"] = algo_configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        skip_search_params = d.pop("skip_search_params", UNSET)
        if not isinstance(skip_search_params, (str, Unset)):
            deviate(src_dict, "skip_search_params", TypeError("expected a string"))
            d["skip_search_params"] = skip_search_params
            skip_search_params = UNSET

        _raw_reward_attrs = d.pop("reward_attrs", UNSET)
        try:
            _reward_attrs = _raw_reward_attrs
            reward_attrs: list[RewardAttrs] | Unset = UNSET
            if _reward_attrs is not UNSET:
                reward_attrs = []
                for reward_attrs_item_data in _reward_attrs:
                    reward_attrs_item = RewardAttrs.from_dict(reward_attrs_item_data)

                    reward_attrs.append(reward_attrs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "reward_attrs", exc)
            d["reward_attrs"] = _raw_reward_attrs
            reward_attrs = UNSET

        _raw_search_params = d.pop("search_params", UNSET)
        try:
            _search_params = _raw_search_params
            search_params: list[SearchParams] | Unset = UNSET
            if _search_params is not UNSET:
                search_params = []
                for search_params_item_data in _search_params:
                    search_params_item = SearchParams.from_dict(search_params_item_data)

                    search_params.append(search_params_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "search_params", exc)
            d["search_params"] = _raw_search_params
            search_params = UNSET

        _raw_algo_configs = d.pop("algo_configs", UNSET)
        try:
            _algo_configs = _raw_algo_configs
            algo_configs: list[AlgoConfigs] | Unset = UNSET
            if _algo_configs is not UNSET:
                algo_configs = []
                for algo_configs_item_data in _algo_configs:
                    algo_configs_item = AlgoConfigs.from_dict(algo_configs_item_data)

                    algo_configs.append(algo_configs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "algo_configs", exc)
            d["algo_configs"] = _raw_algo_configs
            algo_configs = UNSET

        list_training_jobs_auto_search = cls(
            skip_search_params=skip_search_params,
            reward_attrs=reward_attrs,
            search_params=search_params,
            algo_configs=algo_configs,
        )

        list_training_jobs_auto_search.additional_properties = d
        return list_training_jobs_auto_search

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


from ..models.algo_configs import AlgoConfigs  # noqa: E402
from ..models.reward_attrs import RewardAttrs  # noqa: E402
from ..models.search_params import SearchParams  # noqa: E402
