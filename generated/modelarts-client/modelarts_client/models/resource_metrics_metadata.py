from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_metrics_metadata_labels import ResourceMetricsMetadataLabels


T = TypeVar("T", bound="ResourceMetricsMetadata")


@_attrs_define
class ResourceMetricsMetadata:
    """Metadata of a pool's metrics.

    Attributes:
        name (str): Name of the pool the metrics belong to.
        labels (ResourceMetricsMetadataLabels | Unset): Labels of the pool's metrics (Kubernetes labels, name to value).
    """

    name: str
    labels: ResourceMetricsMetadataLabels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str)):
            deviate(src_dict, "name", TypeError("expected a string"))
            if not isinstance(name, Unset):
                d["name"] = name
            name = UNREAD

        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: ResourceMetricsMetadataLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = ResourceMetricsMetadataLabels.from_dict(_labels)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        resource_metrics_metadata = cls(
            name=name,
            labels=labels,
        )

        resource_metrics_metadata.additional_properties = d
        return resource_metrics_metadata

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


from ..models.resource_metrics_metadata_labels import ResourceMetricsMetadataLabels  # noqa: E402
