from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_response_body import CreateResponseBody


T = TypeVar("T", bound="CreateTasksResponse201")


@_attrs_define
class CreateTasksResponse201:
    """
    Attributes:
        tasks (list[CreateResponseBody] | Unset): Response body for creating a task
    """

    tasks: list[CreateResponseBody] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_tasks = d.pop("tasks", UNSET)
        try:
            _tasks = _raw_tasks
            tasks: list[CreateResponseBody] | Unset = UNSET
            if _tasks is not UNSET:
                tasks = []
                for tasks_item_data in _tasks:
                    tasks_item = CreateResponseBody.from_dict(tasks_item_data)

                    tasks.append(tasks_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tasks", exc)
            d["tasks"] = _raw_tasks
            tasks = UNSET

        create_tasks_response_201 = cls(
            tasks=tasks,
        )

        create_tasks_response_201.additional_properties = d
        return create_tasks_response_201

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


from ..models.create_response_body import CreateResponseBody  # noqa: E402
