from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.processor_data_source_source import ProcessorDataSourceSource
from ..models.processor_data_source_type import ProcessorDataSourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessorDataSource")


@_attrs_define
class ProcessorDataSource:
    """
    Attributes:
        name (str | Unset): Dataset name.
        source (ProcessorDataSourceSource | Unset): Data source path. Options: - If **type** is set to **OBS**,
            **source** is an OBS path. - If **type** is set to **TASK**, **source** is a task ID. - If **type** is set to
            **DATASET**, **source** is a dataset ID. - If **type** is set to **CUSTOM** and the API is called by resource
            tenants, set **source** to the **project_id** of the actual user. Otherwise, this field is left blank.
        type_ (ProcessorDataSourceType | Unset): Data source type. Options: - **OBS**: Data obtained from OBS -
            **TASK**: Data processing task - **DATASET**: Dataset - **CUSTOM**: Data called by resource tenants
        version_id (str | Unset): Version of a dataset.
        version_name (str | Unset): Dataset version name.
    """

    name: str | Unset = UNSET
    source: ProcessorDataSourceSource | Unset = UNSET
    type_: ProcessorDataSourceType | Unset = UNSET
    version_id: str | Unset = UNSET
    version_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        version_id = self.version_id

        version_name = self.version_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_source = d.pop("source", UNSET)
        try:
            _source = _raw_source
            source: ProcessorDataSourceSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = member_of(ProcessorDataSourceSource, _source)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "source", exc)
            d["source"] = _raw_source
            source = UNSET

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: ProcessorDataSourceType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(ProcessorDataSourceType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        version_id = d.pop("version_id", UNSET)
        if not isinstance(version_id, (str, Unset)):
            deviate(src_dict, "version_id", TypeError("expected a string"))
            d["version_id"] = version_id
            version_id = UNSET

        version_name = d.pop("version_name", UNSET)
        if not isinstance(version_name, (str, Unset)):
            deviate(src_dict, "version_name", TypeError("expected a string"))
            d["version_name"] = version_name
            version_name = UNSET

        processor_data_source = cls(
            name=name,
            source=source,
            type_=type_,
            version_id=version_id,
            version_name=version_name,
        )

        processor_data_source.additional_properties = d
        return processor_data_source

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
