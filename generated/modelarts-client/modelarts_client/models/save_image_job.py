from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.save_image_job_status import SaveImageJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveImageJob")


@_attrs_define
class SaveImageJob:
    """Job that saves a training task's container as an SWR image.

    Attributes:
        name (str): Image name; at most 512 characters of lowercase letters, digits, `-`, `_` and `.`.
        namespace (str): SWR organization that owns the image (created and listed under "Organizations" in the SWR
            console).
        tag (float | str): Image tag; at most 64 characters of letters, digits, `-`, `_` and `.`.
        description (str | Unset): Description of the image; at most 512 characters.
        status (SaveImageJobStatus | Unset): Image state. INIT: initialising. CREATING: the image is being saved, and
            the training job cannot be used meanwhile. CREATE_FAILED: saving failed. ACTIVE: saved; the image is visible in
            the SWR console and can be used to create training jobs.
        message (str | Unset): Build information shown while the image is being saved.
        create_time (int | Unset): Image creation time, milliseconds since the Unix epoch (UTC).
    """

    name: str
    namespace: str
    tag: float | str
    description: str | Unset = UNSET
    status: SaveImageJobStatus | Unset = UNSET
    message: str | Unset = UNSET
    create_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message = self.message

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if self.namespace is not UNREAD:
            namespace = self.namespace
            field_dict["namespace"] = namespace
        if self.tag is not UNREAD:
            tag: float | str
            tag = self.tag
            field_dict["tag"] = tag
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if create_time is not UNSET:
            field_dict["create_time"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str)):
            deviate(src_dict, "name", TypeError("expected a string"))
            if not isinstance(name, Unset):
                d["name"] = name
            name = UNREAD

        namespace = d.pop("namespace", UNSET)
        if not isinstance(namespace, (str)):
            deviate(src_dict, "namespace", TypeError("expected a string"))
            if not isinstance(namespace, Unset):
                d["namespace"] = namespace
            namespace = UNREAD

        tag = d.pop("tag", UNSET)
        if isinstance(tag, bool) or not isinstance(tag, (int, float, str)):
            deviate(src_dict, "tag", TypeError("expected a number or a string"))
            if not isinstance(tag, Unset):
                d["tag"] = tag
            tag = UNREAD

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: SaveImageJobStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(SaveImageJobStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            deviate(src_dict, "message", TypeError("expected a string"))
            d["message"] = message
            message = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        save_image_job = cls(
            name=name,
            namespace=namespace,
            tag=tag,
            description=description,
            status=status,
            message=message,
            create_time=create_time,
        )

        save_image_job.additional_properties = d
        return save_image_job

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
