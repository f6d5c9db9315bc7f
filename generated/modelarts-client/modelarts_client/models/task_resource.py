from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskResource")


@_attrs_define
class TaskResource:
    """
    Attributes:
        node_count (int): Number of resource replicas selected for a training job.
        flavor_id (str | Unset): Resource flavor ID of a training job.
    """

    node_count: int
    flavor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavor_id = self.flavor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.node_count is not UNREAD:
            node_count = self.node_count
            field_dict["node_count"] = node_count
        if flavor_id is not UNSET:
            field_dict["flavor_id"] = flavor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        node_count = d.pop("node_count", UNSET)
        if isinstance(node_count, bool) or not isinstance(node_count, (int)):
            deviate(src_dict, "node_count", TypeError("expected an integer"))
            if not isinstance(node_count, Unset):
                d["node_count"] = node_count
            node_count = UNREAD

        flavor_id = d.pop("flavor_id", UNSET)
        if not isinstance(flavor_id, (str, Unset)):
            deviate(src_dict, "flavor_id", TypeError("expected a string"))
            d["flavor_id"] = flavor_id
            flavor_id = UNSET

        task_resource = cls(
            node_count=node_count,
            flavor_id=flavor_id,
        )

        task_resource.additional_properties = d
        return task_resource

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
