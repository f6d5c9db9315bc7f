from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label import Label
    from ..models.list_search_response_metadata import ListSearchResponseMetadata


T = TypeVar("T", bound="ListSearchResponse")


@_attrs_define
class ListSearchResponse:
    """
    Attributes:
        labelers (list[str] | Unset): List of labeling team members.
        labels (list[Label] | Unset): Label list.
        metadata (ListSearchResponseMetadata | Unset): Attribute key-value pair of a dataset.
    """

    labelers: list[str] | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    metadata: ListSearchResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labelers: list[str] | Unset = UNSET
        if not isinstance(self.labelers, Unset):
            labelers = self.labelers

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if labelers is not UNSET:
            field_dict["labelers"] = labelers
        if labels is not UNSET:
            field_dict["labels"] = labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        labelers = d.pop("labelers", UNSET)
        if labelers is not UNSET and (_misfit := list_misfit(labelers, (str), False, "a string")):
            deviate(src_dict, "labelers", _misfit)
            d["labelers"] = labelers
            labelers = UNSET

        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: list[Label] | Unset = UNSET
            if _labels is not UNSET:
                labels = []
                for labels_item_data in _labels:
                    labels_item = Label.from_dict(labels_item_data)

                    labels.append(labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: ListSearchResponseMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = ListSearchResponseMetadata.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        list_search_response = cls(
            labelers=labelers,
            labels=labels,
            metadata=metadata,
        )

        list_search_response.additional_properties = d
        return list_search_response

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


from ..models.label import Label  # noqa: E402
from ..models.list_search_response_metadata import ListSearchResponseMetadata  # noqa: E402
