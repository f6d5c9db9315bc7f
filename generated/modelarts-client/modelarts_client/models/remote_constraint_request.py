from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_constraint_request_attributes_item import RemoteConstraintRequestAttributesItem


T = TypeVar("T", bound="RemoteConstraintRequest")


@_attrs_define
class RemoteConstraintRequest:
    """
    Attributes:
        data_type (str | Unset): Data input type. The data storage location (OBS) and ModelArts dataset are supported.
        attributes (list[RemoteConstraintRequestAttributesItem] | Unset): Attributes when the data input type is a
            dataset. Enumerated values: - **data_format**: data format - **data_segmentation**: data segmentation -
            **dataset_type**: data labeling
    """

    data_type: str | Unset = UNSET
    attributes: list[RemoteConstraintRequestAttributesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        data_type = d.pop("data_type", UNSET)
        if not isinstance(data_type, (str, Unset)):
            deviate(src_dict, "data_type", TypeError("expected a string"))
            d["data_type"] = data_type
            data_type = UNSET

        _raw_attributes = d.pop("attributes", UNSET)
        try:
            _attributes = _raw_attributes
            attributes: list[RemoteConstraintRequestAttributesItem] | Unset = UNSET
            if _attributes is not UNSET:
                attributes = []
                for attributes_item_data in _attributes:
                    attributes_item = RemoteConstraintRequestAttributesItem.from_dict(attributes_item_data)

                    attributes.append(attributes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "attributes", exc)
            d["attributes"] = _raw_attributes
            attributes = UNSET

        remote_constraint_request = cls(
            data_type=data_type,
            attributes=attributes,
        )

        remote_constraint_request.additional_properties = d
        return remote_constraint_request

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


from ..models.remote_constraint_request_attributes_item import RemoteConstraintRequestAttributesItem  # noqa: E402
