from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_data_volume_extend_params import PoolDataVolumeExtendParams


T = TypeVar("T", bound="PoolDataVolume")


@_attrs_define
class PoolDataVolume:
    """One kind of data disk of a flavor's nodes (not in the manual's excerpt).

    Attributes:
        volume_type (str | Unset): Disk type, e.g. `SSD`, `GPSSD`, `SAS`.
        size (str | Unset): Disk size in GB, as a string.
        count (int | Unset): Number of such disks.
        extend_params (PoolDataVolumeExtendParams | Unset): Extra disk parameters, e.g. `volumeGroup`.
    """

    volume_type: str | Unset = UNSET
    size: str | Unset = UNSET
    count: int | Unset = UNSET
    extend_params: PoolDataVolumeExtendParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_type = self.volume_type

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
        volume_type = d.pop("volumeType", UNSET)
        if not isinstance(volume_type, (str, Unset)):
            deviate(src_dict, "volumeType", TypeError("expected a string"))
            d["volumeType"] = volume_type
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
            extend_params: PoolDataVolumeExtendParams | Unset
            if isinstance(_extend_params, Unset):
                extend_params = UNSET
            else:
                extend_params = PoolDataVolumeExtendParams.from_dict(_extend_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "extendParams", exc)
            d["extendParams"] = _raw_extend_params
            extend_params = UNSET

        pool_data_volume = cls(
            volume_type=volume_type,
            size=size,
            count=count,
            extend_params=extend_params,
        )

        pool_data_volume.additional_properties = d
        return pool_data_volume

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


from ..models.pool_data_volume_extend_params import PoolDataVolumeExtendParams  # noqa: E402
