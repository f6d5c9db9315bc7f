from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.data_volume_item_volume_type import DataVolumeItemVolumeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_extend_params import VolumeExtendParams


T = TypeVar("T", bound="DataVolumeItem")


@_attrs_define
class DataVolumeItem:
    """
    Attributes:
        volume_type (DataVolumeItemVolumeType): Disk type. The options are as follows: - **SSD**: ultra-high I/O disk -
            **GPSSD**: general-purpose SSD - **SAS**: high I/O disk
        size (str): Disk size, in GiB.
        extend_params (VolumeExtendParams):
        count (int | Unset): Number of disks.
    """

    volume_type: DataVolumeItemVolumeType
    size: str
    extend_params: VolumeExtendParams
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.volume_type is not UNREAD:
            volume_type = self.volume_type.value
            field_dict["volumeType"] = volume_type
        if self.size is not UNREAD:
            size = self.size
            field_dict["size"] = size
        if self.extend_params is not UNREAD:
            extend_params = self.extend_params.to_dict()
            field_dict["extendParams"] = extend_params
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_volume_type = d.pop("volumeType", UNSET)
        try:
            if isinstance(_raw_volume_type, Unset):
                raise KeyError("volumeType")
            volume_type = member_of(DataVolumeItemVolumeType, _raw_volume_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "volumeType", exc)
            if not isinstance(_raw_volume_type, Unset):
                d["volumeType"] = _raw_volume_type
            volume_type = UNREAD

        size = d.pop("size", UNSET)
        if not isinstance(size, (str)):
            deviate(src_dict, "size", TypeError("expected a string"))
            if not isinstance(size, Unset):
                d["size"] = size
            size = UNREAD

        _raw_extend_params = d.pop("extendParams", UNSET)
        try:
            if isinstance(_raw_extend_params, Unset):
                raise KeyError("extendParams")
            extend_params = VolumeExtendParams.from_dict(_raw_extend_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "extendParams", exc)
            if not isinstance(_raw_extend_params, Unset):
                d["extendParams"] = _raw_extend_params
            extend_params = UNREAD

        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

        data_volume_item = cls(
            volume_type=volume_type,
            size=size,
            extend_params=extend_params,
            count=count,
        )

        data_volume_item.additional_properties = d
        return data_volume_item

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


from ..models.volume_extend_params import VolumeExtendParams  # noqa: E402
