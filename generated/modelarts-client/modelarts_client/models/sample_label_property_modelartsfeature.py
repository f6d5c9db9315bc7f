from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SampleLabelPropertyModelartsfeature")


@_attrs_define
class SampleLabelPropertyModelartsfeature:
    """Shape feature, which is a default attribute dedicated to the object detection label, with type of **List**. The
    upper left corner of the image is used as the coordinate origin [0, 0]. Each coordinate point is represented by [x,
    y], where x indicates the horizontal coordinate and y indicates the vertical coordinate (both x and y are >=0). The
    format of each shape is as follows: - **bndbox** consists of two points, for example, **[[0,10],[50,95]]**. The
    upper left vertex of the rectangle is the first point, and the lower right vertex is the second point. That is, the
    x-coordinate of the first point must be less than the x-coordinate of the second point, and the y-coordinate of the
    first point must be less than the y-coordinate of the second point. - **polygon**: consists of multiple points that
    are connected in sequence to form a polygon, for example, **[[0,100],[50,95],[10,60],[500,400]]**. - **circle**:
    consists of the center and radius, for example, **[[100,100],[50]]**. - **line**: consists of two points, for
    example, **[[0,100],[50,95]]**. The first point is the start point, and the second point is the end point. -
    **dashed**: consists of two points, for example, **[[0,100],[50,95]]**. The first point is the start point, and the
    second point is the end point. - **point**: consists of one point, for example, **[[0,100]]**. - **polyline**:
    consists of multiple points, for example, **[[0,100],[50,95],[10,60],[500,400]]**.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        sample_label_property_modelartsfeature = cls()

        sample_label_property_modelartsfeature.additional_properties = d
        return sample_label_property_modelartsfeature

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
