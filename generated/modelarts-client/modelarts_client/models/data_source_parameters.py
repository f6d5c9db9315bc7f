from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.data_source_parameters_type import DataSourceParametersType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSourceParameters")


@_attrs_define
class DataSourceParameters:
    """
    Attributes:
        dataset_id (str | Unset): Dataset ID of a training job. This parameter must be used together with
            **dataset_version_id**, but cannot be used together with **data_url**.
        dataset_version (str | Unset): Dataset version ID of a training job. This parameter must be used together with
            **dataset_id**, but cannot be used together with **data_url**.
        type_ (DataSourceParametersType | Unset): Dataset type. The value can be **obs** or **dataset**. obs and dataset
            cannot be used at the same time.
        data_url (str | Unset): OBS bucket path. This parameter cannot be used together with **dataset_id** or
            **dataset_version**.
    """

    dataset_id: str | Unset = UNSET
    dataset_version: str | Unset = UNSET
    type_: DataSourceParametersType | Unset = UNSET
    data_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        dataset_version = self.dataset_version

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        data_url = self.data_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version is not UNSET:
            field_dict["dataset_version"] = dataset_version
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data_url is not UNSET:
            field_dict["data_url"] = data_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        dataset_version = d.pop("dataset_version", UNSET)
        if not isinstance(dataset_version, (str, Unset)):
            deviate(src_dict, "dataset_version", TypeError("expected a string"))
            d["dataset_version"] = dataset_version
            dataset_version = UNSET

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: DataSourceParametersType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(DataSourceParametersType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        data_url = d.pop("data_url", UNSET)
        if not isinstance(data_url, (str, Unset)):
            deviate(src_dict, "data_url", TypeError("expected a string"))
            d["data_url"] = data_url
            data_url = UNSET

        data_source_parameters = cls(
            dataset_id=dataset_id,
            dataset_version=dataset_version,
            type_=type_,
            data_url=data_url,
        )

        data_source_parameters.additional_properties = d
        return data_source_parameters

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
