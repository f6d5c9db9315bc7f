from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hard_detail import HardDetail


T = TypeVar("T", bound="DescribeAutoAnnotationSampleResponseHardDetails")


@_attrs_define
class DescribeAutoAnnotationSampleResponseHardDetails:
    """Details about difficulties, including description, causes, and suggestions of difficult problems."""

    additional_properties: dict[str, HardDetail] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        describe_auto_annotation_sample_response_hard_details = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = HardDetail.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        describe_auto_annotation_sample_response_hard_details.additional_properties = additional_properties
        return describe_auto_annotation_sample_response_hard_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> HardDetail:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: HardDetail) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.hard_detail import HardDetail  # noqa: E402
