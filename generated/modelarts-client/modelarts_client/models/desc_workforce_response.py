from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="DescWorkforceResponse")


@_attrs_define
class DescWorkforceResponse:
    """
    Attributes:
        create_time (int | Unset): Time when a labeling team is created.
        description (str | Unset): Description of a labeling team.
        update_time (int | Unset): Time when a labeling team is updated.
        worker_count (int | Unset): Total number of labeling team members.
        workforce_id (str | Unset): ID of a labeling team.
        workforce_name (str | Unset): Name of a labeling team.
        workspace_id (str | Unset): Workspace ID. If no workspace is created, the default value is **0**. If a workspace
            is created and used, use the actual value. Default: '0'.
    """

    create_time: int | Unset = UNSET
    description: str | Unset = UNSET
    update_time: int | Unset = UNSET
    worker_count: int | Unset = UNSET
    workforce_id: str | Unset = UNSET
    workforce_name: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        description = self.description

        update_time = self.update_time

        worker_count = self.worker_count

        workforce_id = self.workforce_id

        workforce_name = self.workforce_name

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if description is not UNSET:
            field_dict["description"] = description
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if worker_count is not UNSET:
            field_dict["worker_count"] = worker_count
        if workforce_id is not UNSET:
            field_dict["workforce_id"] = workforce_id
        if workforce_name is not UNSET:
            field_dict["workforce_name"] = workforce_name
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        update_time = d.pop("update_time", UNSET)
        if isinstance(update_time, bool) or not isinstance(update_time, (int, Unset)):
            deviate(src_dict, "update_time", TypeError("expected an integer"))
            d["update_time"] = update_time
            update_time = UNSET

        worker_count = d.pop("worker_count", UNSET)
        if isinstance(worker_count, bool) or not isinstance(worker_count, (int, Unset)):
            deviate(src_dict, "worker_count", TypeError("expected an integer"))
            d["worker_count"] = worker_count
            worker_count = UNSET

        workforce_id = d.pop("workforce_id", UNSET)
        if not isinstance(workforce_id, (str, Unset)):
            deviate(src_dict, "workforce_id", TypeError("expected a string"))
            d["workforce_id"] = workforce_id
            workforce_id = UNSET

        workforce_name = d.pop("workforce_name", UNSET)
        if not isinstance(workforce_name, (str, Unset)):
            deviate(src_dict, "workforce_name", TypeError("expected a string"))
            d["workforce_name"] = workforce_name
            workforce_name = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        desc_workforce_response = cls(
            create_time=create_time,
            description=description,
            update_time=update_time,
            worker_count=worker_count,
            workforce_id=workforce_id,
            workforce_name=workforce_name,
            workspace_id=workspace_id,
        )

        desc_workforce_response.additional_properties = d
        return desc_workforce_response

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
