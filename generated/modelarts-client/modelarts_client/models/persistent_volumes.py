from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersistentVolumes")


@_attrs_define
class PersistentVolumes:
    """
    Attributes:
        mount_path (str): Mount path of a volume in the container. Example: /tmp. The container path must not be a
            system directory, such as / and /var/run. Otherwise, an exception occurs. It is a good practice to mount the
            container to an empty directory. If the directory is not empty, ensure that there are no files affecting
            container startup in the directory. Otherwise, such files will be replaced, resulting in failures to start the
            container and create the workload.
        name (str | Unset): Volume name.
        storage_type (str | Unset): Mount type: sfs_turbo.
        source_address (str | Unset): Specifies the mounting source path. The value is the SFS Turbo ID when an EFS file
            is mounted.
    """

    mount_path: str
    name: str | Unset = UNSET
    storage_type: str | Unset = UNSET
    source_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        storage_type = self.storage_type

        source_address = self.source_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.mount_path is not UNREAD:
            mount_path = self.mount_path
            field_dict["mount_path"] = mount_path
        if name is not UNSET:
            field_dict["name"] = name
        if storage_type is not UNSET:
            field_dict["storage_type"] = storage_type
        if source_address is not UNSET:
            field_dict["source_address"] = source_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        mount_path = d.pop("mount_path", UNSET)
        if not isinstance(mount_path, (str)):
            deviate(src_dict, "mount_path", TypeError("expected a string"))
            if not isinstance(mount_path, Unset):
                d["mount_path"] = mount_path
            mount_path = UNREAD

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        storage_type = d.pop("storage_type", UNSET)
        if not isinstance(storage_type, (str, Unset)):
            deviate(src_dict, "storage_type", TypeError("expected a string"))
            d["storage_type"] = storage_type
            storage_type = UNSET

        source_address = d.pop("source_address", UNSET)
        if not isinstance(source_address, (str, Unset)):
            deviate(src_dict, "source_address", TypeError("expected a string"))
            d["source_address"] = source_address
            source_address = UNSET

        persistent_volumes = cls(
            mount_path=mount_path,
            name=name,
            storage_type=storage_type,
            source_address=source_address,
        )

        persistent_volumes.additional_properties = d
        return persistent_volumes

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
