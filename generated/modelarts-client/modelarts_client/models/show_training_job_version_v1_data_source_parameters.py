from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowTrainingJobVersionV1DataSourceParameters")


@_attrs_define
class ShowTrainingJobVersionV1DataSourceParameters:
    """
    Attributes:
        dataset_id (str | Unset): Dataset ID of a training job
        dataset_version (str | Unset): Dataset version ID of a training job
        type_ (str | Unset): Dataset type - **obs**: Data from OBS is used. - **dataset**: Data from a specified dataset
            is used.
        data_url (str | Unset): OBS bucket path
    """

    dataset_id: str | Unset = UNSET
    dataset_version: str | Unset = UNSET
    type_: str | Unset = UNSET
    data_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        dataset_version = self.dataset_version

        type_ = self.type_

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

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        data_url = d.pop("data_url", UNSET)
        if not isinstance(data_url, (str, Unset)):
            deviate(src_dict, "data_url", TypeError("expected a string"))
            d["data_url"] = data_url
            data_url = UNSET

        show_training_job_version_v1_data_source_parameters = cls(
            dataset_id=dataset_id,
            dataset_version=dataset_version,
            type_=type_,
            data_url=data_url,
        )

        show_training_job_version_v1_data_source_parameters.additional_properties = d
        return show_training_job_version_v1_data_source_parameters

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
