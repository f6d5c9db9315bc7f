from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageRequest")


@_attrs_define
class CreateImageRequest:
    """
    Attributes:
        description (str | Unset): Image description with a maximum of 512 characters
        name (str | Unset): Image name, which contains a maximum of 512 characters, including lowercase letters, digits,
            hyphens (-), underscores (_), and periods (.)
        namespace (str | Unset): Organization to which the image belongs. You can create and view the organization on
            the **Organization Management** page of the SWR console.
        tag (str | Unset): Image tag, which can contain a maximum of 64 characters, including letters, digits, hyphens
            (-), underscores (_), and periods (.)
        workspace_id (str | Unset): Workspace ID If no workspace is created, the default value is 0. If a workspace is
            created and used, the actual value prevails.
    """

    description: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    tag: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        namespace = self.namespace

        tag = self.tag

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if tag is not UNSET:
            field_dict["tag"] = tag
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

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

        tag = d.pop("tag", UNSET)
        if not isinstance(tag, (str, Unset)):
            deviate(src_dict, "tag", TypeError("expected a string"))
            d["tag"] = tag
            tag = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        create_image_request = cls(
            description=description,
            name=name,
            namespace=namespace,
            tag=tag,
            workspace_id=workspace_id,
        )

        create_image_request.additional_properties = d
        return create_image_request

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
