from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.create_pool_data_volume_item_volume_type import CreatePoolDataVolumeItemVolumeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_pool_volume_extend_params import CreatePoolVolumeExtendParams


T = TypeVar("T", bound="CreatePoolDataVolumeItem")


@_attrs_define
class CreatePoolDataVolumeItem:
    """
    Attributes:
        volume_type (CreatePoolDataVolumeItemVolumeType | Unset): Disk type. The options are as follows: - **SSD**:
            ultra-high I/O disk - **GPSSD**: general-purpose SSD - **SAS**: high I/O disk
        size (str | Unset): Disk size, in GiB.
        count (int | Unset): Number of disks.
        extend_params (CreatePoolVolumeExtendParams | Unset):
    """

    volume_type: CreatePoolDataVolumeItemVolumeType | Unset = UNSET
    size: str | Unset = UNSET
    count: int | Unset = UNSET
    extend_params: CreatePoolVolumeExtendParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_type: str | Unset = UNSET
        if not isinstance(self.volume_type, Unset):
            volume_type = self.volume_type.value

        size = self.size

        count = self.count

        extend_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extend_params, Unset):
            extend_params = self.extend_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if volume_type is not UNSET:
            field_dict["volumeType"] = volume_type
        if size is not UNSET:
            field_dict["size"] = size
        if count is not UNSET:
            field_dict["count"] = count
        if extend_params is not UNSET:
            field_dict["extendParams"] = extend_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_volume_type = d.pop("volumeType", UNSET)
        try:
            _volume_type = _raw_volume_type
            volume_type: CreatePoolDataVolumeItemVolumeType | Unset
            if isinstance(_volume_type, Unset):
                volume_type = UNSET
            else:
                volume_type = member_of(CreatePoolDataVolumeItemVolumeType, _volume_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "volumeType", exc)
            d["volumeType"] = _raw_volume_type
            volume_type = UNSET

        size = d.pop("size", UNSET)
        if not isinstance(size, (str, Unset)):
            deviate(src_dict, "size", TypeError("expected a string"))
            d["size"] = size
            size = UNSET

        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

        _raw_extend_params = d.pop("extendParams", UNSET)
        try:
            _extend_params = _raw_extend_params
            extend_params: CreatePoolVolumeExtendParams | Unset
            if isinstance(_extend_params, Unset):
                extend_params = UNSET
            else:
                extend_params = CreatePoolVolumeExtendParams.from_dict(_extend_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "extendParams", exc)
            d["extendParams"] = _raw_extend_params
            extend_params = UNSET

        create_pool_data_volume_item = cls(
            volume_type=volume_type,
            size=size,
            count=count,
            extend_params=extend_params,
        )

        create_pool_data_volume_item.additional_properties = d
        return create_pool_data_volume_item

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


from ..models.create_pool_volume_extend_params import CreatePoolVolumeExtendParams  # noqa: E402
