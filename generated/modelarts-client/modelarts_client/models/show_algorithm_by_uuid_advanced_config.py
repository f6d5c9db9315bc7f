from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_algorithm_by_uuid_auto_search import ShowAlgorithmByUuidAutoSearch


T = TypeVar("T", bound="ShowAlgorithmByUuidAdvancedConfig")


@_attrs_define
class ShowAlgorithmByUuidAdvancedConfig:
    """
    Attributes:
        auto_search (ShowAlgorithmByUuidAutoSearch | Unset):
    """

    auto_search: ShowAlgorithmByUuidAutoSearch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_search, Unset):
            auto_search = self.auto_search.to_dict()

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
            _auto_search = _raw_auto_search
            auto_search: ShowAlgorithmByUuidAutoSearch | Unset
            if isinstance(_auto_search, Unset):
                auto_search = UNSET
            else:
                auto_search = ShowAlgorithmByUuidAutoSearch.from_dict(_auto_search)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "auto_search", exc)
            d["auto_search"] = _raw_auto_search
            auto_search = UNSET

        show_algorithm_by_uuid_advanced_config = cls(
            auto_search=auto_search,
        )

        show_algorithm_by_uuid_advanced_config.additional_properties = d
        return show_algorithm_by_uuid_advanced_config

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


from ..models.show_algorithm_by_uuid_auto_search import ShowAlgorithmByUuidAutoSearch  # noqa: E402
