from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_search_algo_config_parameter import AutoSearchAlgoConfigParameter


T = TypeVar("T", bound="AlgoConfigs")


@_attrs_define
class AlgoConfigs:
    """
    Attributes:
        name (str | Unset): Name of the search algorithm.
        params (list[AutoSearchAlgoConfigParameter] | Unset): Search algorithm parameters.
    """

    name: str | Unset = UNSET
    params: list[AutoSearchAlgoConfigParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_params = d.pop("params", UNSET)
        try:
            _params = _raw_params
            params: list[AutoSearchAlgoConfigParameter] | Unset = UNSET
            if _params is not UNSET:
                params = []
                for params_item_data in _params:
                    params_item = AutoSearchAlgoConfigParameter.from_dict(params_item_data)

                    params.append(params_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "params", exc)
            d["params"] = _raw_params
            params = UNSET

        algo_configs = cls(
            name=name,
            params=params,
        )

        algo_configs.additional_properties = d
        return algo_configs

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


from ..models.auto_search_algo_config_parameter import AutoSearchAlgoConfigParameter  # noqa: E402
