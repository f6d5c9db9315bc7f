from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeReq")


@_attrs_define
class VolumeReq:
    """
    Attributes:
        category (str): Supported storage types. For details about the differences between the storage types, see
            "Selecting Storage in DevEnviron" in *User Guide*. Enums: - **SFS** - **EVS**
        ownership (str): Owner to which the resource belongs. Enums: - **MANAGED**: Resources are managed by the
            service. - **DEDICATED**: Resources are managed by the user account. This mode is supported only when the
            instance category is **EFS**.
        capacity (int | Unset): Storage capacity. The default value is 5 GB for EVS. The maximum value is 4096 GB.
        uri (str | Unset): Disk URI of the EFS. This parameter is mandatory only when the instance category is **EFS**
            and the ownership is **DEDICATED**. Log in to the SFS console. In the file system list, click the file system
            name to go to the file system details page. The shared path is the value of this parameter.
        id (str | Unset): Disk ID of the EFS. This parameter is mandatory only when the instance category is **EFS** and
            the ownership is **DEDICATED**. This parameter is mandatory. To obtain the parameter value, log in to the SFS
            console. In the file system list, click the file system name to go to the file system details page. **ID** is
            the value of this parameter.
    """

    category: str
    ownership: str
    capacity: int | Unset = UNSET
    uri: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        uri = self.uri

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.category is not UNREAD:
            category = self.category
            field_dict["category"] = category
        if self.ownership is not UNREAD:
            ownership = self.ownership
            field_dict["ownership"] = ownership
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if uri is not UNSET:
            field_dict["uri"] = uri
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        category = d.pop("category", UNSET)
        if not isinstance(category, (str)):
            deviate(src_dict, "category", TypeError("expected a string"))
            if not isinstance(category, Unset):
                d["category"] = category
            category = UNREAD

        ownership = d.pop("ownership", UNSET)
        if not isinstance(ownership, (str)):
            deviate(src_dict, "ownership", TypeError("expected a string"))
            if not isinstance(ownership, Unset):
                d["ownership"] = ownership
            ownership = UNREAD

        capacity = d.pop("capacity", UNSET)
        if isinstance(capacity, bool) or not isinstance(capacity, (int, Unset)):
            deviate(src_dict, "capacity", TypeError("expected an integer"))
            d["capacity"] = capacity
            capacity = UNSET

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, (str, Unset)):
            deviate(src_dict, "uri", TypeError("expected a string"))
            d["uri"] = uri
            uri = UNSET

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        volume_req = cls(
            category=category,
            ownership=ownership,
            capacity=capacity,
            uri=uri,
            id=id,
        )

        volume_req.additional_properties = d
        return volume_req

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
