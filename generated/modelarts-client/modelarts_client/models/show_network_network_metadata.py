from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_metadata_annotations import NetworkMetadataAnnotations
    from ..models.show_network_network_metadata_labels import ShowNetworkNetworkMetadataLabels


T = TypeVar("T", bound="ShowNetworkNetworkMetadata")


@_attrs_define
class ShowNetworkNetworkMetadata:
    """
    Attributes:
        name (str | Unset): Automatically generated network name, which is equivalent to **networkId**.
        creation_timestamp (str | Unset): Timestamp, for example, **2021-11-01T03:49:41Z**.
        labels (ShowNetworkNetworkMetadataLabels | Unset):
        annotations (NetworkMetadataAnnotations | Unset):
    """

    name: str | Unset = UNSET
    creation_timestamp: str | Unset = UNSET
    labels: ShowNetworkNetworkMetadataLabels | Unset = UNSET
    annotations: NetworkMetadataAnnotations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        creation_timestamp = self.creation_timestamp

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if creation_timestamp is not UNSET:
            field_dict["creationTimestamp"] = creation_timestamp
        if labels is not UNSET:
            field_dict["labels"] = labels
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        creation_timestamp = d.pop("creationTimestamp", UNSET)
        if not isinstance(creation_timestamp, (str, Unset)):
            deviate(src_dict, "creationTimestamp", TypeError("expected a string"))
            d["creationTimestamp"] = creation_timestamp
            creation_timestamp = UNSET

        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: ShowNetworkNetworkMetadataLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = ShowNetworkNetworkMetadataLabels.from_dict(_labels)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

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

        show_network_network_metadata = cls(
            name=name,
            creation_timestamp=creation_timestamp,
            labels=labels,
            annotations=annotations,
        )

        show_network_network_metadata.additional_properties = d
        return show_network_network_metadata

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
from ..models.show_network_network_metadata_labels import ShowNetworkNetworkMetadataLabels  # noqa: E402
