from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.running_task import RunningTask


T = TypeVar("T", bound="ListTasksResponse")


@_attrs_define
class ListTasksResponse:
    """
    Attributes:
        exist_running_deploy_task (bool | Unset): Whether the dataset contains running (including initialization) one-
            click model deployment. Options: - **true**: The dataset contains running one-click model deployment. -
            **false**: The dataset does not contain running one-click model deployment.
        tasks (list[RunningTask] | Unset): Specifies the task list.
        total_count (int | Unset): Total number of tasks.
    """

    exist_running_deploy_task: bool | Unset = UNSET
    tasks: list[RunningTask] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist_running_deploy_task = self.exist_running_deploy_task

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if exist_running_deploy_task is not UNSET:
            field_dict["exist_running_deploy_task"] = exist_running_deploy_task
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        exist_running_deploy_task = d.pop("exist_running_deploy_task", UNSET)
        if not isinstance(exist_running_deploy_task, (bool, Unset)):
            deviate(src_dict, "exist_running_deploy_task", TypeError("expected a boolean"))
            d["exist_running_deploy_task"] = exist_running_deploy_task
            exist_running_deploy_task = UNSET

        _raw_tasks = d.pop("tasks", UNSET)
        try:
            _tasks = _raw_tasks
            tasks: list[RunningTask] | Unset = UNSET
            if _tasks is not UNSET:
                tasks = []
                for tasks_item_data in _tasks:
                    tasks_item = RunningTask.from_dict(tasks_item_data)

                    tasks.append(tasks_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tasks", exc)
            d["tasks"] = _raw_tasks
            tasks = UNSET

        total_count = d.pop("total_count", UNSET)
        if isinstance(total_count, bool) or not isinstance(total_count, (int, Unset)):
            deviate(src_dict, "total_count", TypeError("expected an integer"))
            d["total_count"] = total_count
            total_count = UNSET

        list_tasks_response = cls(
            exist_running_deploy_task=exist_running_deploy_task,
            tasks=tasks,
            total_count=total_count,
        )

        list_tasks_response.additional_properties = d
        return list_tasks_response

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


from ..models.running_task import RunningTask  # noqa: E402
