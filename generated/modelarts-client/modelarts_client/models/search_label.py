from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.search_label_op import SearchLabelOp
from ..models.search_label_type import SearchLabelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_label_property import SearchLabelProperty


T = TypeVar("T", bound="SearchLabel")


@_attrs_define
class SearchLabel:
    """
    Attributes:
        name (str | Unset): Label name.
        op (SearchLabelOp | Unset): Operation type between multiple attributes. Options: - **OR**: OR operation -
            **AND**: AND operation
        property_ (SearchLabelProperty | Unset): Label attribute, which is in the Object format and stores any key-value
            pairs. **key** indicates the attribute name, and **value** indicates the value list. If **value** is **null**,
            the search is not performed by value. Otherwise, the search value can be any value in the list.
        type_ (SearchLabelType | Unset): Label type. Options: - **0**: image classification - **1**: object detection -
            **3**: image segmentation - **100**: text classification - **101**: named entity recognition - **102**: text
            triplet relationship - **103**: text triplet entity - **200**: sound classification - **201**: speech content -
            **202**: speech paragraph labeling - **600**: video labeling
    """

    name: str | Unset = UNSET
    op: SearchLabelOp | Unset = UNSET
    property_: SearchLabelProperty | Unset = UNSET
    type_: SearchLabelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        op: str | Unset = UNSET
        if not isinstance(self.op, Unset):
            op = self.op.value

        property_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_.to_dict()

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if op is not UNSET:
            field_dict["op"] = op
        if property_ is not UNSET:
            field_dict["property"] = property_
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_op = d.pop("op", UNSET)
        try:
            _op = _raw_op
            op: SearchLabelOp | Unset
            if isinstance(_op, Unset):
                op = UNSET
            else:
                op = member_of(SearchLabelOp, _op)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "op", exc)
            d["op"] = _raw_op
            op = UNSET

        _raw_property_ = d.pop("property", UNSET)
        try:
            _property_ = _raw_property_
            property_: SearchLabelProperty | Unset
            if isinstance(_property_, Unset):
                property_ = UNSET
            else:
                property_ = SearchLabelProperty.from_dict(_property_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "property", exc)
            d["property"] = _raw_property_
            property_ = UNSET

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: SearchLabelType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(SearchLabelType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        search_label = cls(
            name=name,
            op=op,
            property_=property_,
            type_=type_,
        )

        search_label.additional_properties = d
        return search_label

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


from ..models.search_label_property import SearchLabelProperty  # noqa: E402
