from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.register_image_request_service_type import RegisterImageRequestServiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterImageRequest")


@_attrs_define
class RegisterImageRequest:
    """
    Attributes:
        swr_path (str): SWR image address
        arch (str | Unset): Processor architecture supported by the image. The default value is **X86_64**. Enums: -
            **X86_64**: x86 architecture - **AARCH64**: Arm architecture Default: 'X86_64'.
        description (str | Unset): Image description with a maximum of 512 characters.
        origin (str | Unset): Image source, which defaults to **CUSTOMIZE**. This parameter is optional. Enums: -
            **CUSTOMIZE**: custom image - **IMAGE_SAVE**: image saved by a notebook instance
        resource_category (list[str] | Unset): Flavor supported by the image. The default value is **CPU** or **GPU**.
            Enums: - **CPU** - **GPU**
        service_type (RegisterImageRequestServiceType | Unset): Supported image types. Options: - **COMMON**: common
            image - **INFERENCE**: image used for inference - TRAIN: image used for training - DEV: image used for
            development and debugging - UNKNOWN: image whose supported services are not specified
        services (list[str] | Unset): Services supported by the image. The default value is **NOTEBOOK** or **SSH**.
            Enums: - **NOTEBOOK**: You can access a notebook instance using HTTPS. - **SSH**: You can remotely access a
            notebook instance from a local IDE through SSH.
        visibility (str | Unset): Image visibility. The default value is PRIVATE. Options: - PRIVATE: private image. -
            PUBLIC: All users can perform read-only operations based on the image ID.
        workspace_id (str | Unset): Workspace ID If no workspace is created, the default value is 0. If a workspace is
            created and used, the actual value prevails.
    """

    swr_path: str
    arch: str | Unset = "X86_64"
    description: str | Unset = UNSET
    origin: str | Unset = UNSET
    resource_category: list[str] | Unset = UNSET
    service_type: RegisterImageRequestServiceType | Unset = UNSET
    services: list[str] | Unset = UNSET
    visibility: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arch = self.arch

        description = self.description

        origin = self.origin

        resource_category: list[str] | Unset = UNSET
        if not isinstance(self.resource_category, Unset):
            resource_category = self.resource_category

        service_type: str | Unset = UNSET
        if not isinstance(self.service_type, Unset):
            service_type = self.service_type.value

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        visibility = self.visibility

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.swr_path is not UNREAD:
            swr_path = self.swr_path
            field_dict["swr_path"] = swr_path
        if arch is not UNSET:
            field_dict["arch"] = arch
        if description is not UNSET:
            field_dict["description"] = description
        if origin is not UNSET:
            field_dict["origin"] = origin
        if resource_category is not UNSET:
            field_dict["resource_category"] = resource_category
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if services is not UNSET:
            field_dict["services"] = services
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        swr_path = d.pop("swr_path", UNSET)
        if not isinstance(swr_path, (str)):
            deviate(src_dict, "swr_path", TypeError("expected a string"))
            if not isinstance(swr_path, Unset):
                d["swr_path"] = swr_path
            swr_path = UNREAD

        arch = d.pop("arch", UNSET)
        if not isinstance(arch, (str, Unset)):
            deviate(src_dict, "arch", TypeError("expected a string"))
            d["arch"] = arch
            arch = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        origin = d.pop("origin", UNSET)
        if not isinstance(origin, (str, Unset)):
            deviate(src_dict, "origin", TypeError("expected a string"))
            d["origin"] = origin
            origin = UNSET

        resource_category = d.pop("resource_category", UNSET)
        if resource_category is not UNSET and (_misfit := list_misfit(resource_category, (str), False, "a string")):
            deviate(src_dict, "resource_category", _misfit)
            d["resource_category"] = resource_category
            resource_category = UNSET

        _raw_service_type = d.pop("service_type", UNSET)
        try:
            _service_type = _raw_service_type
            service_type: RegisterImageRequestServiceType | Unset
            if isinstance(_service_type, Unset):
                service_type = UNSET
            else:
                service_type = member_of(RegisterImageRequestServiceType, _service_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "service_type", exc)
            d["service_type"] = _raw_service_type
            service_type = UNSET

        services = d.pop("services", UNSET)
        if services is not UNSET and (_misfit := list_misfit(services, (str), False, "a string")):
            deviate(src_dict, "services", _misfit)
            d["services"] = services
            services = UNSET

        visibility = d.pop("visibility", UNSET)
        if not isinstance(visibility, (str, Unset)):
            deviate(src_dict, "visibility", TypeError("expected a string"))
            d["visibility"] = visibility
            visibility = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        register_image_request = cls(
            swr_path=swr_path,
            arch=arch,
            description=description,
            origin=origin,
            resource_category=resource_category,
            service_type=service_type,
            services=services,
            visibility=visibility,
            workspace_id=workspace_id,
        )

        register_image_request.additional_properties = d
        return register_image_request

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
