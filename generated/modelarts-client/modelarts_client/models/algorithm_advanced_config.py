from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_search_type_0 import AutoSearchType0


T = TypeVar("T", bound="AlgorithmAdvancedConfig")


@_attrs_define
class AlgorithmAdvancedConfig:
    """
    Attributes:
        auto_search (AutoSearchType0 | None | Unset):
    """

    auto_search: AutoSearchType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_search: dict[str, Any] | None | Unset
        if isinstance(self.auto_search, Unset):
            auto_search = UNSET
        elif isinstance(self.auto_search, AutoSearchType0):
            auto_search = self.auto_search.to_dict()
        else:
            auto_search = self.auto_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auto_search is not UNSET:
            field_dict["auto_search"] = auto_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_auto_search = d.pop("auto_search", UNSET)
        try:

            def _parse_auto_search(data: object) -> AutoSearchType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_auto_search_type_0 = AutoSearchType0.from_dict(data)

                    return componentsschemas_auto_search_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AutoSearchType0 | None | Unset, data)

            auto_search = _parse_auto_search(_raw_auto_search)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "auto_search", exc)
            d["auto_search"] = _raw_auto_search
            auto_search = UNSET

        algorithm_advanced_config = cls(
            auto_search=auto_search,
        )

        algorithm_advanced_config.additional_properties = d
        return algorithm_advanced_config

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


from ..models.auto_search_type_0 import AutoSearchType0  # noqa: E402
