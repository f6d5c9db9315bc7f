from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.show_attachable_obs_response_status import ShowAttachableObsResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowAttachableObsResponse")


@_attrs_define
class ShowAttachableObsResponse:
    """
    Attributes:
        category (str | Unset): Storage type The value can be OBS.
        id (str | Unset): ID of the instance with OBS storage mounted.
        mount_path (str | Unset): Path where OBS storage is mounted to a notebook instance.
        status (ShowAttachableObsResponseStatus | Unset): Status of OBS storage to be mounted. Options: - **MOUNTING**:
            being mounted - **MOUNT_FAILED**: mounting failed - **MOUNTED**: mounted - **UNMOUNTING**: being unmounted -
            **UNMOUNT_FAILED**: unmounting failed - **UNMOUNTED**: unmounted
        uri (str | Unset): OBS object path
    """

    category: str | Unset = UNSET
    id: str | Unset = UNSET
    mount_path: str | Unset = UNSET
    status: ShowAttachableObsResponseStatus | Unset = UNSET
    uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        id = self.id

        mount_path = self.mount_path

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if category is not UNSET:
            field_dict["category"] = category
        if id is not UNSET:
            field_dict["id"] = id
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path
        if status is not UNSET:
            field_dict["status"] = status
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        category = d.pop("category", UNSET)
        if not isinstance(category, (str, Unset)):
            deviate(src_dict, "category", TypeError("expected a string"))
            d["category"] = category
            category = UNSET

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        mount_path = d.pop("mount_path", UNSET)
        if not isinstance(mount_path, (str, Unset)):
            deviate(src_dict, "mount_path", TypeError("expected a string"))
            d["mount_path"] = mount_path
            mount_path = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: ShowAttachableObsResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(ShowAttachableObsResponseStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, (str, Unset)):
            deviate(src_dict, "uri", TypeError("expected a string"))
            d["uri"] = uri
            uri = UNSET

        show_attachable_obs_response = cls(
            category=category,
            id=id,
            mount_path=mount_path,
            status=status,
            uri=uri,
        )

        show_attachable_obs_response.additional_properties = d
        return show_attachable_obs_response

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
