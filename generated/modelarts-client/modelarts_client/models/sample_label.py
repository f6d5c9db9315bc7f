from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.sample_label_annotated_by import SampleLabelAnnotatedBy
from ..models.sample_label_type import SampleLabelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_label_property import SampleLabelProperty


T = TypeVar("T", bound="SampleLabel")


@_attrs_define
class SampleLabel:
    """
    Attributes:
        annotated_by (SampleLabelAnnotatedBy | Unset): Video labeling method, which is used to distinguish whether a
            video is labeled manually or automatically. Options: - **human**: manual labeling - **auto**: automatic labeling
        id (str | Unset): Label ID.
        name (str | Unset): Label name.
        property_ (SampleLabelProperty | Unset):
        score (float | Unset): Confidence. The value range is [0,1].
        type_ (SampleLabelType | Unset): Label type. Options: - **0**: image classification - **1**: object detection -
            **3**: image segmentation - **100**: text classification - **101**: named entity recognition - **102**: text
            triplet relationship - **103**: text triplet entity - **200**: sound classification - **201**: speech content -
            **202**: speech paragraph labeling - **600**: video labeling
    """

    annotated_by: SampleLabelAnnotatedBy | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    property_: SampleLabelProperty | Unset = UNSET
    score: float | Unset = UNSET
    type_: SampleLabelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotated_by: str | Unset = UNSET
        if not isinstance(self.annotated_by, Unset):
            annotated_by = self.annotated_by.value

        id = self.id

        name = self.name

        property_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_.to_dict()

        score = self.score

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotated_by is not UNSET:
            field_dict["annotated_by"] = annotated_by
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if property_ is not UNSET:
            field_dict["property"] = property_
        if score is not UNSET:
            field_dict["score"] = score
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_annotated_by = d.pop("annotated_by", UNSET)
        try:
            _annotated_by = _raw_annotated_by
            annotated_by: SampleLabelAnnotatedBy | Unset
            if isinstance(_annotated_by, Unset):
                annotated_by = UNSET
            else:
                annotated_by = member_of(SampleLabelAnnotatedBy, _annotated_by)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotated_by", exc)
            d["annotated_by"] = _raw_annotated_by
            annotated_by = UNSET

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_property_ = d.pop("property", UNSET)
        try:
            _property_ = _raw_property_
            property_: SampleLabelProperty | Unset
            if isinstance(_property_, Unset):
                property_ = UNSET
            else:
                property_ = SampleLabelProperty.from_dict(_property_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "property", exc)
            d["property"] = _raw_property_
            property_ = UNSET

        score = d.pop("score", UNSET)
        if isinstance(score, bool) or not isinstance(score, (int, float, Unset)):
            deviate(src_dict, "score", TypeError("expected a number"))
            d["score"] = score
            score = UNSET

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: SampleLabelType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(SampleLabelType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        sample_label = cls(
            annotated_by=annotated_by,
            id=id,
            name=name,
            property_=property_,
            score=score,
            type_=type_,
        )

        sample_label.additional_properties = d
        return sample_label

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


from ..models.sample_label_property import SampleLabelProperty  # noqa: E402
