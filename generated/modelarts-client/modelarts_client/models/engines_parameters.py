from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnginesParameters")


@_attrs_define
class EnginesParameters:
    """
    Attributes:
        engine_type (int | Unset): Engine type of a training job
        engine_id (int | Unset): ID of the engine selected for a training job
        engine_name (str | Unset): Name of the engine selected for a training job
        engine_version (str | Unset): Version of the engine selected for a training job
    """

    engine_type: int | Unset = UNSET
    engine_id: int | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_type = self.engine_type

        engine_id = self.engine_id

        engine_name = self.engine_name

        engine_version = self.engine_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if engine_type is not UNSET:
            field_dict["engine_type"] = engine_type
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        engine_type = d.pop("engine_type", UNSET)
        if isinstance(engine_type, bool) or not isinstance(engine_type, (int, Unset)):
            deviate(src_dict, "engine_type", TypeError("expected an integer"))
            d["engine_type"] = engine_type
            engine_type = UNSET

        engine_id = d.pop("engine_id", UNSET)
        if isinstance(engine_id, bool) or not isinstance(engine_id, (int, Unset)):
            deviate(src_dict, "engine_id", TypeError("expected an integer"))
            d["engine_id"] = engine_id
            engine_id = UNSET

        engine_name = d.pop("engine_name", UNSET)
        if not isinstance(engine_name, (str, Unset)):
            deviate(src_dict, "engine_name", TypeError("expected a string"))
            d["engine_name"] = engine_name
            engine_name = UNSET

        engine_version = d.pop("engine_version", UNSET)
        if not isinstance(engine_version, (str, Unset)):
            deviate(src_dict, "engine_version", TypeError("expected a string"))
            d["engine_version"] = engine_version
            engine_version = UNSET

        engines_parameters = cls(
            engine_type=engine_type,
            engine_id=engine_id,
            engine_name=engine_name,
            engine_version=engine_version,
        )

        engines_parameters.additional_properties = d
        return engines_parameters

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
