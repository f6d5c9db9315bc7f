from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_metadata_annotations import NetworkMetadataAnnotations
    from ..models.network_update_labels import NetworkUpdateLabels


T = TypeVar("T", bound="NetworkMetadataUpdate")


@_attrs_define
class NetworkMetadataUpdate:
    """
    Attributes:
        annotations (NetworkMetadataAnnotations | Unset):
        labels (NetworkUpdateLabels | Unset):
    """

    annotations: NetworkMetadataAnnotations | Unset = UNSET
    labels: NetworkUpdateLabels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_annotations = d.pop("annotations", UNSET)
        try:
            _annotations = _raw_annotations
            annotations: NetworkMetadataAnnotations | Unset
            if isinstance(_annotations, Unset):
                annotations = UNSET
            else:
                annotations = NetworkMetadataAnnotations.from_dict(_annotations)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotations", exc)
            d["annotations"] = _raw_annotations
            annotations = UNSET

        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: NetworkUpdateLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = NetworkUpdateLabels.from_dict(_labels)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        network_metadata_update = cls(
            annotations=annotations,
            labels=labels,
        )

        network_metadata_update.additional_properties = d
        return network_metadata_update

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


from ..models.network_metadata_annotations import NetworkMetadataAnnotations  # noqa: E402
from ..models.network_update_labels import NetworkUpdateLabels  # noqa: E402
