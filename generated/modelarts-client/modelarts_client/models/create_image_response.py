from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.create_image_response_service_type import CreateImageResponseServiceType
from ..models.create_image_response_status import CreateImageResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageResponse")


@_attrs_define
class CreateImageResponse:
    """
    Attributes:
        arch (str | Unset): Processor architecture supported by the image. Enums: - **X86_64**: x86 architecture -
            **AARCH64**: Arm architecture
        create_at (int | Unset): Specifies the time (UTC ms) when the image is created.
        description (str | Unset): Image description with a maximum of 512 characters
        dev_services (list[str] | Unset): Services supported by the image. Enums: - **NOTEBOOK**: You can access a
            notebook instance using HTTPS. - **SSH**: You can remotely access a notebook instance from a local IDE through
            SSH.
        id (str | Unset): Specifies the image ID of the notebook instance to be created. The image ID is in the
            Universally Unique Identifier (UUID) format. For details about how to obtain the ID of a preset image, see
            ListImage.xml.
        name (str | Unset): Image name, which contains a maximum of 512 characters, including lowercase letters, digits,
            hyphens (-), underscores (_), and periods (.)
        namespace (str | Unset): Organization to which the image belongs. You can create and view the organization on
            the **Organization Management** page of the SWR console.
        origin (str | Unset): Image source, which defaults to **CUSTOMIZE**. This parameter is optional. Enums: -
            **CUSTOMIZE**: custom image - **IMAGE_SAVE**: image saved by a notebook instance
        resource_categories (list[str] | Unset): Flavors supported by the image. Enums: - **CPU** - **GPU**
        service_type (CreateImageResponseServiceType | Unset): Supported image types. Options: - **COMMON**: common
            image - **INFERENCE**: image used for inference - TRAIN: image used for training - DEV: image used for
            development and debugging - UNKNOWN: image whose supported services are not specified
        size (int | Unset): Specifies the image size, in KB.
        status (CreateImageResponseStatus | Unset): Image status. Options: - **INIT**: The image is being initialized. -
            **CREATING**: The image is being saved. In this case, the notebook instance is unavailable. - **CREATE_FAILED**:
            Saving the image failed. - **ERROR**: An error occurs. - **DELETED**: The image has been deleted. - **ACTIVE**:
            The image has been saved, which you can view on the SWR console and use to create notebook instances.
        status_message (str | Unset): Build information during image saving
        support_res_categories (list[str] | Unset): Flavors supported by the image. Enums: - **CPU** - **GPU**
        swr_path (str | Unset): SWR image address
        tag (str | Unset): Image tag
        type_ (str | Unset): Image type. Enums: - **BUILD_IN**: built-in system image - **DEDICATED**: image you have
            saved
        update_at (int | Unset): Specifies the time (UTC ms) when the image was last updated.
        visibility (str | Unset): Image visibility. Enums: - **PRIVATE**: private image - **PUBLIC**: All users can
            perform read-only operations based on the image ID.
        workspace_id (str | Unset): Workspace ID. If no workspaces are available, the default value is **0**. Default:
            '0'.
    """

    arch: str | Unset = UNSET
    create_at: int | Unset = UNSET
    description: str | Unset = UNSET
    dev_services: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    origin: str | Unset = UNSET
    resource_categories: list[str] | Unset = UNSET
    service_type: CreateImageResponseServiceType | Unset = UNSET
    size: int | Unset = UNSET
    status: CreateImageResponseStatus | Unset = UNSET
    status_message: str | Unset = UNSET
    support_res_categories: list[str] | Unset = UNSET
    swr_path: str | Unset = UNSET
    tag: str | Unset = UNSET
    type_: str | Unset = UNSET
    update_at: int | Unset = UNSET
    visibility: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arch = self.arch

        create_at = self.create_at

        description = self.description

        dev_services: list[str] | Unset = UNSET
        if not isinstance(self.dev_services, Unset):
            dev_services = self.dev_services

        id = self.id

        name = self.name

        namespace = self.namespace

        origin = self.origin

        resource_categories: list[str] | Unset = UNSET
        if not isinstance(self.resource_categories, Unset):
            resource_categories = self.resource_categories

        service_type: str | Unset = UNSET
        if not isinstance(self.service_type, Unset):
            service_type = self.service_type.value

        size = self.size

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_message = self.status_message

        support_res_categories: list[str] | Unset = UNSET
        if not isinstance(self.support_res_categories, Unset):
            support_res_categories = self.support_res_categories

        swr_path = self.swr_path

        tag = self.tag

        type_ = self.type_

        update_at = self.update_at

        visibility = self.visibility

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if arch is not UNSET:
            field_dict["arch"] = arch
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if description is not UNSET:
            field_dict["description"] = description
        if dev_services is not UNSET:
            field_dict["dev_services"] = dev_services
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if origin is not UNSET:
            field_dict["origin"] = origin
        if resource_categories is not UNSET:
            field_dict["resource_categories"] = resource_categories
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if support_res_categories is not UNSET:
            field_dict["support_res_categories"] = support_res_categories
        if swr_path is not UNSET:
            field_dict["swr_path"] = swr_path
        if tag is not UNSET:
            field_dict["tag"] = tag
        if type_ is not UNSET:
            field_dict["type"] = type_
        if update_at is not UNSET:
            field_dict["update_at"] = update_at
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        arch = d.pop("arch", UNSET)
        if not isinstance(arch, (str, Unset)):
            deviate(src_dict, "arch", TypeError("expected a string"))
            d["arch"] = arch
            arch = UNSET

        create_at = d.pop("create_at", UNSET)
        if isinstance(create_at, bool) or not isinstance(create_at, (int, Unset)):
            deviate(src_dict, "create_at", TypeError("expected an integer"))
            d["create_at"] = create_at
            create_at = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        dev_services = d.pop("dev_services", UNSET)
        if dev_services is not UNSET and (_misfit := list_misfit(dev_services, (str), False, "a string")):
            deviate(src_dict, "dev_services", _misfit)
            d["dev_services"] = dev_services
            dev_services = UNSET

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        namespace = d.pop("namespace", UNSET)
        if not isinstance(namespace, (str, Unset)):
            deviate(src_dict, "namespace", TypeError("expected a string"))
            d["namespace"] = namespace
            namespace = UNSET

        origin = d.pop("origin", UNSET)
        if not isinstance(origin, (str, Unset)):
            deviate(src_dict, "origin", TypeError("expected a string"))
            d["origin"] = origin
            origin = UNSET

        resource_categories = d.pop("resource_categories", UNSET)
        if resource_categories is not UNSET and (_misfit := list_misfit(resource_categories, (str), False, "a string")):
            deviate(src_dict, "resource_categories", _misfit)
            d["resource_categories"] = resource_categories
            resource_categories = UNSET

        _raw_service_type = d.pop("service_type", UNSET)
        try:
            _service_type = _raw_service_type
            service_type: CreateImageResponseServiceType | Unset
            if isinstance(_service_type, Unset):
                service_type = UNSET
            else:
                service_type = member_of(CreateImageResponseServiceType, _service_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "service_type", exc)
            d["service_type"] = _raw_service_type
            service_type = UNSET

        size = d.pop("size", UNSET)
        if isinstance(size, bool) or not isinstance(size, (int, Unset)):
            deviate(src_dict, "size", TypeError("expected an integer"))
            d["size"] = size
            size = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: CreateImageResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(CreateImageResponseStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        status_message = d.pop("status_message", UNSET)
        if not isinstance(status_message, (str, Unset)):
            deviate(src_dict, "status_message", TypeError("expected a string"))
            d["status_message"] = status_message
            status_message = UNSET

        support_res_categories = d.pop("support_res_categories", UNSET)
        if support_res_categories is not UNSET and (
            _misfit := list_misfit(support_res_categories, (str), False, "a string")
        ):
            deviate(src_dict, "support_res_categories", _misfit)
            d["support_res_categories"] = support_res_categories
            support_res_categories = UNSET

        swr_path = d.pop("swr_path", UNSET)
        if not isinstance(swr_path, (str, Unset)):
            deviate(src_dict, "swr_path", TypeError("expected a string"))
            d["swr_path"] = swr_path
            swr_path = UNSET

        tag = d.pop("tag", UNSET)
        if not isinstance(tag, (str, Unset)):
            deviate(src_dict, "tag", TypeError("expected a string"))
            d["tag"] = tag
            tag = UNSET

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        update_at = d.pop("update_at", UNSET)
        if isinstance(update_at, bool) or not isinstance(update_at, (int, Unset)):
            deviate(src_dict, "update_at", TypeError("expected an integer"))
            d["update_at"] = update_at
            update_at = UNSET

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

        create_image_response = cls(
            arch=arch,
            create_at=create_at,
            description=description,
            dev_services=dev_services,
            id=id,
            name=name,
            namespace=namespace,
            origin=origin,
            resource_categories=resource_categories,
            service_type=service_type,
            size=size,
            status=status,
            status_message=status_message,
            support_res_categories=support_res_categories,
            swr_path=swr_path,
            tag=tag,
            type_=type_,
            update_at=update_at,
            visibility=visibility,
            workspace_id=workspace_id,
        )

        create_image_response.additional_properties = d
        return create_image_response

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
