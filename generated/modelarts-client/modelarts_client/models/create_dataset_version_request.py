from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.create_dataset_version_request_version_format import CreateDatasetVersionRequestVersionFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDatasetVersionRequest")


@_attrs_define
class CreateDatasetVersionRequest:
    """
    Attributes:
        clear_hard_property (bool | Unset): Whether to clear hard example properties. Options: - **true**: Clear hard
            example properties. (Default value) - **false**: Do not clear hard example properties.
        description (str | Unset): Version description. The value is empty by default. The description contains 0 to 256
            characters and does not support the following special characters: !<>=&"'
        export_images (bool | Unset): Whether to export images to the version output directory during release. Options:
            - **true**: Export images to the version output directory. - **false**: Do not export images to the version
            output directory. (Default value)
        remove_sample_usage (bool | Unset): Whether to clear the existing usage information of a dataset during release.
            Options: - **true**: Clear the existing usage information of a dataset. (Default value) - **false**: Do not
            clear the existing usage information of a dataset.
        train_evaluate_sample_ratio (str | Unset): Split training and verification ratio during version release. The
            default value is **1.00**, indicating that all released versions are training sets. Default: '1.00'.
        version_format (CreateDatasetVersionRequestVersionFormat | Unset): Format of a dataset version. Options: -
            **Default** - **CarbonData** (supported only by table datasets) - **CSV**
        version_name (str | Unset): Version name consisting of 1 to 32 characters. Only letters, digits, underscores
            (_), and hyphens (-) are allowed.
        with_column_header (bool | Unset): Whether to write the column name in the first line of the CSV file during
            release. This field is valid for the table dataset. Options: - **true**: Write the column name in the first line
            of the CSV file. (Default value) - **false**: Do not write the column name in the first line of the CSV file.
    """

    clear_hard_property: bool | Unset = UNSET
    description: str | Unset = UNSET
    export_images: bool | Unset = UNSET
    remove_sample_usage: bool | Unset = UNSET
    train_evaluate_sample_ratio: str | Unset = "1.00"
    version_format: CreateDatasetVersionRequestVersionFormat | Unset = UNSET
    version_name: str | Unset = UNSET
    with_column_header: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clear_hard_property = self.clear_hard_property

        description = self.description

        export_images = self.export_images

        remove_sample_usage = self.remove_sample_usage

        train_evaluate_sample_ratio = self.train_evaluate_sample_ratio

        version_format: str | Unset = UNSET
        if not isinstance(self.version_format, Unset):
            version_format = self.version_format.value

        version_name = self.version_name

        with_column_header = self.with_column_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if clear_hard_property is not UNSET:
            field_dict["clear_hard_property"] = clear_hard_property
        if description is not UNSET:
            field_dict["description"] = description
        if export_images is not UNSET:
            field_dict["export_images"] = export_images
        if remove_sample_usage is not UNSET:
            field_dict["remove_sample_usage"] = remove_sample_usage
        if train_evaluate_sample_ratio is not UNSET:
            field_dict["train_evaluate_sample_ratio"] = train_evaluate_sample_ratio
        if version_format is not UNSET:
            field_dict["version_format"] = version_format
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if with_column_header is not UNSET:
            field_dict["with_column_header"] = with_column_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        clear_hard_property = d.pop("clear_hard_property", UNSET)
        if not isinstance(clear_hard_property, (bool, Unset)):
            deviate(src_dict, "clear_hard_property", TypeError("expected a boolean"))
            d["clear_hard_property"] = clear_hard_property
            clear_hard_property = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        export_images = d.pop("export_images", UNSET)
        if not isinstance(export_images, (bool, Unset)):
            deviate(src_dict, "export_images", TypeError("expected a boolean"))
            d["export_images"] = export_images
            export_images = UNSET

        remove_sample_usage = d.pop("remove_sample_usage", UNSET)
        if not isinstance(remove_sample_usage, (bool, Unset)):
            deviate(src_dict, "remove_sample_usage", TypeError("expected a boolean"))
            d["remove_sample_usage"] = remove_sample_usage
            remove_sample_usage = UNSET

        train_evaluate_sample_ratio = d.pop("train_evaluate_sample_ratio", UNSET)
        if not isinstance(train_evaluate_sample_ratio, (str, Unset)):
            deviate(src_dict, "train_evaluate_sample_ratio", TypeError("expected a string"))
            d["train_evaluate_sample_ratio"] = train_evaluate_sample_ratio
            train_evaluate_sample_ratio = UNSET

        _raw_version_format = d.pop("version_format", UNSET)
        try:
            _version_format = _raw_version_format
            version_format: CreateDatasetVersionRequestVersionFormat | Unset
            if isinstance(_version_format, Unset):
                version_format = UNSET
            else:
                version_format = member_of(CreateDatasetVersionRequestVersionFormat, _version_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "version_format", exc)
            d["version_format"] = _raw_version_format
            version_format = UNSET

        version_name = d.pop("version_name", UNSET)
        if not isinstance(version_name, (str, Unset)):
            deviate(src_dict, "version_name", TypeError("expected a string"))
            d["version_name"] = version_name
            version_name = UNSET

        with_column_header = d.pop("with_column_header", UNSET)
        if not isinstance(with_column_header, (bool, Unset)):
            deviate(src_dict, "with_column_header", TypeError("expected a boolean"))
            d["with_column_header"] = with_column_header
            with_column_header = UNSET

        create_dataset_version_request = cls(
            clear_hard_property=clear_hard_property,
            description=description,
            export_images=export_images,
            remove_sample_usage=remove_sample_usage,
            train_evaluate_sample_ratio=train_evaluate_sample_ratio,
            version_format=version_format,
            version_name=version_name,
            with_column_header=with_column_header,
        )

        create_dataset_version_request.additional_properties = d
        return create_dataset_version_request

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
