from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.label_type import LabelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_attribute import LabelAttribute
    from ..models.label_property import LabelProperty


T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """
    Attributes:
        attributes (list[LabelAttribute] | Unset): Multi-dimensional attribute of a label. For example, if the label is
            music, attributes such as style and artist may be included.
        name (str | Unset): Label name.
        property_ (LabelProperty | Unset):
        type_ (LabelType | Unset): Label type. Options: - **0**: image classification - **1**: object detection - **3**:
            image segmentation - **100**: text classification - **101**: named entity recognition - **102**: text triplet
            relationship - **103**: text triplet entity - **200**: sound classification - **201**: speech content - **202**:
            speech paragraph labeling - **600**: video labeling
    """

    attributes: list[LabelAttribute] | Unset = UNSET
    name: str | Unset = UNSET
    property_: LabelProperty | Unset = UNSET
    type_: LabelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        name = self.name

        property_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_.to_dict()

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if name is not UNSET:
            field_dict["name"] = name
        if property_ is not UNSET:
            field_dict["property"] = property_
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_attributes = d.pop("attributes", UNSET)
        try:
            _attributes = _raw_attributes
            attributes: list[LabelAttribute] | Unset = UNSET
            if _attributes is not UNSET:
                attributes = []
                for attributes_item_data in _attributes:
                    attributes_item = LabelAttribute.from_dict(attributes_item_data)

                    attributes.append(attributes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "attributes", exc)
            d["attributes"] = _raw_attributes
            attributes = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_property_ = d.pop("property", UNSET)
        try:
            _property_ = _raw_property_
            property_: LabelProperty | Unset
            if isinstance(_property_, Unset):
                property_ = UNSET
            else:
                property_ = LabelProperty.from_dict(_property_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "property", exc)
            d["property"] = _raw_property_
            property_ = UNSET

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: LabelType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(LabelType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        label = cls(
            attributes=attributes,
            name=name,
            property_=property_,
            type_=type_,
        )

        label.additional_properties = d
        return label

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


from ..models.label_attribute import LabelAttribute  # noqa: E402
from ..models.label_property import LabelProperty  # noqa: E402
