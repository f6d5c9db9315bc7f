from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="YamlTemplate")


@_attrs_define
class YamlTemplate:
    """
    Attributes:
        algorithm_type_en (str | Unset): AutoSearch algorithm type, which is described in English.
        algorithm_type_zh (str | Unset): AutoSearch algorithm type
        algorithm_names (list[str] | Unset): Names of all algorithms of this type.
    """

    algorithm_type_en: str | Unset = UNSET
    algorithm_type_zh: str | Unset = UNSET
    algorithm_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm_type_en = self.algorithm_type_en

        algorithm_type_zh = self.algorithm_type_zh

        algorithm_names: list[str] | Unset = UNSET
        if not isinstance(self.algorithm_names, Unset):
            algorithm_names = self.algorithm_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if algorithm_type_en is not UNSET:
            field_dict["algorithm_type_en"] = algorithm_type_en
        if algorithm_type_zh is not UNSET:
            field_dict["algorithm_type_zh"] = algorithm_type_zh
        if algorithm_names is not UNSET:
            field_dict["algorithm_names"] = algorithm_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        algorithm_type_en = d.pop("algorithm_type_en", UNSET)
        if not isinstance(algorithm_type_en, (str, Unset)):
            deviate(src_dict, "algorithm_type_en", TypeError("expected a string"))
            d["algorithm_type_en"] = algorithm_type_en
            algorithm_type_en = UNSET

        algorithm_type_zh = d.pop("algorithm_type_zh", UNSET)
        if not isinstance(algorithm_type_zh, (str, Unset)):
            deviate(src_dict, "algorithm_type_zh", TypeError("expected a string"))
            d["algorithm_type_zh"] = algorithm_type_zh
            algorithm_type_zh = UNSET

        algorithm_names = d.pop("algorithm_names", UNSET)
        if algorithm_names is not UNSET and (_misfit := list_misfit(algorithm_names, (str), False, "a string")):
            deviate(src_dict, "algorithm_names", _misfit)
            d["algorithm_names"] = algorithm_names
            algorithm_names = UNSET

        yaml_template = cls(
            algorithm_type_en=algorithm_type_en,
            algorithm_type_zh=algorithm_type_zh,
            algorithm_names=algorithm_names,
        )

        yaml_template.additional_properties = d
        return yaml_template

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
