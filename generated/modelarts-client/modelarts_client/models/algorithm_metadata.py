from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlgorithmMetadata")


@_attrs_define
class AlgorithmMetadata:
    """
    Attributes:
        name (str): Algorithm name. The value must contain 1 to 64 characters consisting of only digits, letters,
            underscores (_), and hyphens (-).
        id (int | Unset): Algorithm UUID. You do not need to set this parameter when creating an algorithm.
        description (str | Unset): Algorithm description, which consists of 0 to 256 characters. The default value is
            **NULL**. Default: 'NULL'.
        workspace_id (str | Unset): Workspace where a specified algorithm is located. The default value is **0**,
            indicating the default workspace. Default: '0'.
        ai_project (str | Unset): AI project to which a specified algorithm belongs. The default value is **default-ai-
            project**. The AI project has been brought offline. Ignore it. Default: 'default-ai-project'.
    """

    name: str
    id: int | Unset = UNSET
    description: str | Unset = "NULL"
    workspace_id: str | Unset = "0"
    ai_project: str | Unset = "default-ai-project"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        workspace_id = self.workspace_id

        ai_project = self.ai_project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if ai_project is not UNSET:
            field_dict["ai_project"] = ai_project

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

        id = d.pop("id", UNSET)
        if isinstance(id, bool) or not isinstance(id, (int, Unset)):
            deviate(src_dict, "id", TypeError("expected an integer"))
            d["id"] = id
            id = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        ai_project = d.pop("ai_project", UNSET)
        if not isinstance(ai_project, (str, Unset)):
            deviate(src_dict, "ai_project", TypeError("expected a string"))
            d["ai_project"] = ai_project
            ai_project = UNSET

        algorithm_metadata = cls(
            name=name,
            id=id,
            description=description,
            workspace_id=workspace_id,
            ai_project=ai_project,
        )

        algorithm_metadata.additional_properties = d
        return algorithm_metadata

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
