from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.label_attribute_type import LabelAttributeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_attribute_value import LabelAttributeValue


T = TypeVar("T", bound="LabelAttribute")


@_attrs_define
class LabelAttribute:
    """
    Attributes:
        default_value (str | Unset): Default value of a label attribute.
        id (str | Unset): Label attribute ID. You can query the tag by invoking the tag list.
        name (str | Unset): Label attribute name. The value contains a maximum of 64 characters and cannot contain the
            character. <>=&"'.
        type_ (LabelAttributeType | Unset): Label attribute type. Options: - **text**: text - **select**: single-choice
            drop-down list
        values (list[LabelAttributeValue] | Unset): List of label attribute values.
    """

    default_value: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: LabelAttributeType | Unset = UNSET
    values: list[LabelAttributeValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_value = self.default_value

        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        default_value = d.pop("default_value", UNSET)
        if not isinstance(default_value, (str, Unset)):
            deviate(src_dict, "default_value", TypeError("expected a string"))
            d["default_value"] = default_value
            default_value = UNSET

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

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: LabelAttributeType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(LabelAttributeType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        _raw_values = d.pop("values", UNSET)
        try:
            _values = _raw_values
            values: list[LabelAttributeValue] | Unset = UNSET
            if _values is not UNSET:
                values = []
                for values_item_data in _values:
                    values_item = LabelAttributeValue.from_dict(values_item_data)

                    values.append(values_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "values", exc)
            d["values"] = _raw_values
            values = UNSET

        label_attribute = cls(
            default_value=default_value,
            id=id,
            name=name,
            type_=type_,
            values=values,
        )

        label_attribute.additional_properties = d
        return label_attribute

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


from ..models.label_attribute_value import LabelAttributeValue  # noqa: E402
