from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeRes")


@_attrs_define
class VolumeRes:
    """
    Attributes:
        capacity (int | Unset): Storage capacity. The default value is 5 GB for EVS and 50 GB for EFS. The maximum value
            is 4096 GB.
        category (str | Unset): Supported storage types. For details about the differences between the storage types,
            see "Selecting Storage in DevEnviron" in *User Guide*. Enums: - **SFS** - **EVS**
        mount_path (str | Unset): Directory of the notebook instance to which OBS storage is mounted. Currently, the
            directory is **/home/ma-user/work/**.
        ownership (str | Unset): Owner to which the resource belongs. Enums: - **MANAGED**: Resources are managed by the
            service. - **DEDICATED**: Resources are managed by the user account. This mode is supported only when the
            instance category is **EFS**.
        status (str | Unset): EVS disk capacity expansion status, which is **RESIZING** during capacity expansion and
            does not affect the instance.
    """

    capacity: int | Unset = UNSET
    category: str | Unset = UNSET
    mount_path: str | Unset = UNSET
    ownership: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        category = self.category

        mount_path = self.mount_path

        ownership = self.ownership

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if category is not UNSET:
            field_dict["category"] = category
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path
        if ownership is not UNSET:
            field_dict["ownership"] = ownership
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        capacity = d.pop("capacity", UNSET)
        if isinstance(capacity, bool) or not isinstance(capacity, (int, Unset)):
            deviate(src_dict, "capacity", TypeError("expected an integer"))
            d["capacity"] = capacity
            capacity = UNSET

        category = d.pop("category", UNSET)
        if not isinstance(category, (str, Unset)):
            deviate(src_dict, "category", TypeError("expected a string"))
            d["category"] = category
            category = UNSET

        mount_path = d.pop("mount_path", UNSET)
        if not isinstance(mount_path, (str, Unset)):
            deviate(src_dict, "mount_path", TypeError("expected a string"))
            d["mount_path"] = mount_path
            mount_path = UNSET

        ownership = d.pop("ownership", UNSET)
        if not isinstance(ownership, (str, Unset)):
            deviate(src_dict, "ownership", TypeError("expected a string"))
            d["ownership"] = ownership
            ownership = UNSET

        status = d.pop("status", UNSET)
        if not isinstance(status, (str, Unset)):
            deviate(src_dict, "status", TypeError("expected a string"))
            d["status"] = status
            status = UNSET

        volume_res = cls(
            capacity=capacity,
            category=category,
            mount_path=mount_path,
            ownership=ownership,
            status=status,
        )

        volume_res.additional_properties = d
        return volume_res

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
