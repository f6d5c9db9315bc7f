from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_metadata_labels import NetworkMetadataLabels


T = TypeVar("T", bound="NetworkMetadataCreation")


@_attrs_define
class NetworkMetadataCreation:
    """
    Attributes:
        labels (NetworkMetadataLabels):
    """

    labels: NetworkMetadataLabels
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.labels is not UNREAD:
            labels = self.labels.to_dict()
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_labels = d.pop("labels", UNSET)
        try:
            if isinstance(_raw_labels, Unset):
                raise KeyError("labels")
            labels = NetworkMetadataLabels.from_dict(_raw_labels)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            if not isinstance(_raw_labels, Unset):
                d["labels"] = _raw_labels
            labels = UNREAD

        network_metadata_creation = cls(
            labels=labels,
        )

        network_metadata_creation.additional_properties = d
        return network_metadata_creation

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


from ..models.network_metadata_labels import NetworkMetadataLabels  # noqa: E402
