from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.sample_labels_sample_type import SampleLabelsSampleType
from ..models.sample_labels_sample_usage import SampleLabelsSampleUsage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_label import SampleLabel
    from ..models.sample_metadata import SampleMetadata


T = TypeVar("T", bound="SampleLabels")


@_attrs_define
class SampleLabels:
    """
    Attributes:
        labels (list[SampleLabel] | Unset): List of sample labels. If this parameter is left blank, all sample labels
            are deleted.
        metadata (SampleMetadata | Unset):
        sample_id (str | Unset): Sample ID
        sample_type (SampleLabelsSampleType | Unset): Sample type. Options: - **0**: image - **1**: text - **2**: audio
            - **4**: table - **6**: video - **9**: free format
        sample_usage (SampleLabelsSampleUsage | Unset): Sample usage. Options: - **TRAIN**: training - **EVAL**:
            validation - **TEST**: test - **INFERENCE**: inference
        source (str | Unset): Source address of sample data, which can be obtained by calling the sample list API.
        worker_id (str | Unset): ID of a labeling team member
    """

    labels: list[SampleLabel] | Unset = UNSET
    metadata: SampleMetadata | Unset = UNSET
    sample_id: str | Unset = UNSET
    sample_type: SampleLabelsSampleType | Unset = UNSET
    sample_usage: SampleLabelsSampleUsage | Unset = UNSET
    source: str | Unset = UNSET
    worker_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        sample_id = self.sample_id

        sample_type: int | Unset = UNSET
        if not isinstance(self.sample_type, Unset):
            sample_type = self.sample_type.value

        sample_usage: str | Unset = UNSET
        if not isinstance(self.sample_usage, Unset):
            sample_usage = self.sample_usage.value

        source = self.source

        worker_id = self.worker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if labels is not UNSET:
            field_dict["labels"] = labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sample_id is not UNSET:
            field_dict["sample_id"] = sample_id
        if sample_type is not UNSET:
            field_dict["sample_type"] = sample_type
        if sample_usage is not UNSET:
            field_dict["sample_usage"] = sample_usage
        if source is not UNSET:
            field_dict["source"] = source
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: list[SampleLabel] | Unset = UNSET
            if _labels is not UNSET:
                labels = []
                for labels_item_data in _labels:
                    labels_item = SampleLabel.from_dict(labels_item_data)

                    labels.append(labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: SampleMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SampleMetadata.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        sample_id = d.pop("sample_id", UNSET)
        if not isinstance(sample_id, (str, Unset)):
            deviate(src_dict, "sample_id", TypeError("expected a string"))
            d["sample_id"] = sample_id
            sample_id = UNSET

        _raw_sample_type = d.pop("sample_type", UNSET)
        try:
            _sample_type = _raw_sample_type
            sample_type: SampleLabelsSampleType | Unset
            if isinstance(_sample_type, Unset):
                sample_type = UNSET
            else:
                sample_type = member_of(SampleLabelsSampleType, _sample_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sample_type", exc)
            d["sample_type"] = _raw_sample_type
            sample_type = UNSET

        _raw_sample_usage = d.pop("sample_usage", UNSET)
        try:
            _sample_usage = _raw_sample_usage
            sample_usage: SampleLabelsSampleUsage | Unset
            if isinstance(_sample_usage, Unset):
                sample_usage = UNSET
            else:
                sample_usage = member_of(SampleLabelsSampleUsage, _sample_usage)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sample_usage", exc)
            d["sample_usage"] = _raw_sample_usage
            sample_usage = UNSET

        source = d.pop("source", UNSET)
        if not isinstance(source, (str, Unset)):
            deviate(src_dict, "source", TypeError("expected a string"))
            d["source"] = source
            source = UNSET

        worker_id = d.pop("worker_id", UNSET)
        if not isinstance(worker_id, (str, Unset)):
            deviate(src_dict, "worker_id", TypeError("expected a string"))
            d["worker_id"] = worker_id
            worker_id = UNSET

        sample_labels = cls(
            labels=labels,
            metadata=metadata,
            sample_id=sample_id,
            sample_type=sample_type,
            sample_usage=sample_usage,
            source=source,
            worker_id=worker_id,
        )

        sample_labels.additional_properties = d
        return sample_labels

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


from ..models.sample_label import SampleLabel  # noqa: E402
from ..models.sample_metadata import SampleMetadata  # noqa: E402
