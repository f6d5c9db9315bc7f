from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelsStructureData")


@_attrs_define
class ModelsStructureData:
    """
    Attributes:
        model_id (int | Unset): Model ID
        model_name (str | Unset): Model name
        model_usage (int | Unset): Model usage. Options: - 1: image classification - 2: object class and location - 3:
            image semantic segmentation - 4: natural language processing - 5: image embedding
        model_precision (str | Unset): Model precision
        model_size (int | Unset): Model size, in bytes
        model_train_dataset (str | Unset): Model training dataset
        model_dataset_format (str | Unset): Dataset format required by a model
        model_description_url (str | Unset): URL of the model description
        parameter (str | Unset): Running parameters of a model. This parameter is a container environment variable when
            a training job uses a custom image. For details, see the sample request.
        create_time (int | Unset): Time when a model is created
        engine_id (int | Unset): Engine ID of a model
        engine_name (str | Unset): Engine name of a model
        engine_version (str | Unset): Engine version of a model
    """

    model_id: int | Unset = UNSET
    model_name: str | Unset = UNSET
    model_usage: int | Unset = UNSET
    model_precision: str | Unset = UNSET
    model_size: int | Unset = UNSET
    model_train_dataset: str | Unset = UNSET
    model_dataset_format: str | Unset = UNSET
    model_description_url: str | Unset = UNSET
    parameter: str | Unset = UNSET
    create_time: int | Unset = UNSET
    engine_id: int | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        model_name = self.model_name

        model_usage = self.model_usage

        model_precision = self.model_precision

        model_size = self.model_size

        model_train_dataset = self.model_train_dataset

        model_dataset_format = self.model_dataset_format

        model_description_url = self.model_description_url

        parameter = self.parameter

        create_time = self.create_time

        engine_id = self.engine_id

        engine_name = self.engine_name

        engine_version = self.engine_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_usage is not UNSET:
            field_dict["model_usage"] = model_usage
        if model_precision is not UNSET:
            field_dict["model_precision"] = model_precision
        if model_size is not UNSET:
            field_dict["model_size"] = model_size
        if model_train_dataset is not UNSET:
            field_dict["model_train_dataset"] = model_train_dataset
        if model_dataset_format is not UNSET:
            field_dict["model_dataset_format"] = model_dataset_format
        if model_description_url is not UNSET:
            field_dict["model_description_url"] = model_description_url
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
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
        model_id = d.pop("model_id", UNSET)
        if isinstance(model_id, bool) or not isinstance(model_id, (int, Unset)):
            deviate(src_dict, "model_id", TypeError("expected an integer"))
            d["model_id"] = model_id
            model_id = UNSET

        model_name = d.pop("model_name", UNSET)
        if not isinstance(model_name, (str, Unset)):
            deviate(src_dict, "model_name", TypeError("expected a string"))
            d["model_name"] = model_name
            model_name = UNSET

        model_usage = d.pop("model_usage", UNSET)
        if isinstance(model_usage, bool) or not isinstance(model_usage, (int, Unset)):
            deviate(src_dict, "model_usage", TypeError("expected an integer"))
            d["model_usage"] = model_usage
            model_usage = UNSET

        model_precision = d.pop("model_precision", UNSET)
        if not isinstance(model_precision, (str, Unset)):
            deviate(src_dict, "model_precision", TypeError("expected a string"))
            d["model_precision"] = model_precision
            model_precision = UNSET

        model_size = d.pop("model_size", UNSET)
        if isinstance(model_size, bool) or not isinstance(model_size, (int, Unset)):
            deviate(src_dict, "model_size", TypeError("expected an integer"))
            d["model_size"] = model_size
            model_size = UNSET

        model_train_dataset = d.pop("model_train_dataset", UNSET)
        if not isinstance(model_train_dataset, (str, Unset)):
            deviate(src_dict, "model_train_dataset", TypeError("expected a string"))
            d["model_train_dataset"] = model_train_dataset
            model_train_dataset = UNSET

        model_dataset_format = d.pop("model_dataset_format", UNSET)
        if not isinstance(model_dataset_format, (str, Unset)):
            deviate(src_dict, "model_dataset_format", TypeError("expected a string"))
            d["model_dataset_format"] = model_dataset_format
            model_dataset_format = UNSET

        model_description_url = d.pop("model_description_url", UNSET)
        if not isinstance(model_description_url, (str, Unset)):
            deviate(src_dict, "model_description_url", TypeError("expected a string"))
            d["model_description_url"] = model_description_url
            model_description_url = UNSET

        parameter = d.pop("parameter", UNSET)
        if not isinstance(parameter, (str, Unset)):
            deviate(src_dict, "parameter", TypeError("expected a string"))
            d["parameter"] = parameter
            parameter = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

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

        models_structure_data = cls(
            model_id=model_id,
            model_name=model_name,
            model_usage=model_usage,
            model_precision=model_precision,
            model_size=model_size,
            model_train_dataset=model_train_dataset,
            model_dataset_format=model_dataset_format,
            model_description_url=model_description_url,
            parameter=parameter,
            create_time=create_time,
            engine_id=engine_id,
            engine_name=engine_name,
            engine_version=engine_version,
        )

        models_structure_data.additional_properties = d
        return models_structure_data

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
