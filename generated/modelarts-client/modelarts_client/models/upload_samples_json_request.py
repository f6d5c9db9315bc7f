from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_format import LabelFormat
    from ..models.sample import Sample


T = TypeVar("T", bound="UploadSamplesJsonRequest")


@_attrs_define
class UploadSamplesJsonRequest:
    """
    Attributes:
        final_annotation (bool | Unset): Whether to directly import to the final result. Options: - **true**: Import
            labels to the labeled dataset. (Default value). - **false**: Import labels to the to-be-confirmed dataset.
            Currently, to-be-confirmed datasets only support categories of image classification and object detection.
        label_format (LabelFormat | Unset):
        samples (list[Sample] | Unset): Sample list.
    """

    final_annotation: bool | Unset = UNSET
    label_format: LabelFormat | Unset = UNSET
    samples: list[Sample] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        final_annotation = self.final_annotation

        label_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_format, Unset):
            label_format = self.label_format.to_dict()

        samples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = []
            for samples_item_data in self.samples:
                samples_item = samples_item_data.to_dict()
                samples.append(samples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if final_annotation is not UNSET:
            field_dict["final_annotation"] = final_annotation
        if label_format is not UNSET:
            field_dict["label_format"] = label_format
        if samples is not UNSET:
            field_dict["samples"] = samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        final_annotation = d.pop("final_annotation", UNSET)
        if not isinstance(final_annotation, (bool, Unset)):
            deviate(src_dict, "final_annotation", TypeError("expected a boolean"))
            d["final_annotation"] = final_annotation
            final_annotation = UNSET

        _raw_label_format = d.pop("label_format", UNSET)
        try:
            _label_format = _raw_label_format
            label_format: LabelFormat | Unset
            if isinstance(_label_format, Unset):
                label_format = UNSET
            else:
                label_format = LabelFormat.from_dict(_label_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "label_format", exc)
            d["label_format"] = _raw_label_format
            label_format = UNSET

        _raw_samples = d.pop("samples", UNSET)
        try:
            _samples = _raw_samples
            samples: list[Sample] | Unset = UNSET
            if _samples is not UNSET:
                samples = []
                for samples_item_data in _samples:
                    samples_item = Sample.from_dict(samples_item_data)

                    samples.append(samples_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "samples", exc)
            d["samples"] = _raw_samples
            samples = UNSET

        upload_samples_json_request = cls(
            final_annotation=final_annotation,
            label_format=label_format,
            samples=samples,
        )

        upload_samples_json_request.additional_properties = d
        return upload_samples_json_request

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


from ..models.label_format import LabelFormat  # noqa: E402
from ..models.sample import Sample  # noqa: E402
