from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_annotations_update import PoolAnnotationsUpdate
    from ..models.pool_labels_update import PoolLabelsUpdate


T = TypeVar("T", bound="PoolMetadataUpdate")


@_attrs_define
class PoolMetadataUpdate:
    """
    Attributes:
        labels (PoolLabelsUpdate | Unset):
        annotations (PoolAnnotationsUpdate | Unset):
    """

    labels: PoolLabelsUpdate | Unset = UNSET
    annotations: PoolAnnotationsUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if labels is not UNSET:
            field_dict["labels"] = labels
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: PoolLabelsUpdate | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = PoolLabelsUpdate.from_dict(_labels)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            _annotations = _raw_annotations
            annotations: PoolAnnotationsUpdate | Unset
            if isinstance(_annotations, Unset):
                annotations = UNSET
            else:
                annotations = PoolAnnotationsUpdate.from_dict(_annotations)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotations", exc)
            d["annotations"] = _raw_annotations
            annotations = UNSET

        pool_metadata_update = cls(
            labels=labels,
            annotations=annotations,
        )

        pool_metadata_update.additional_properties = d
        return pool_metadata_update

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


from ..models.pool_annotations_update import PoolAnnotationsUpdate  # noqa: E402
from ..models.pool_labels_update import PoolLabelsUpdate  # noqa: E402
