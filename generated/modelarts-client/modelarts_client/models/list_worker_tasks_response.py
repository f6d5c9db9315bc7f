from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_task import WorkerTask


T = TypeVar("T", bound="ListWorkerTasksResponse")


@_attrs_define
class ListWorkerTasksResponse:
    """
    Attributes:
        count (int | Unset): Total number of team labeling tasks.
        worker_tasks (list[WorkerTask] | Unset): Team labeling task list queried by page.
    """

    count: int | Unset = UNSET
    worker_tasks: list[WorkerTask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        worker_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.worker_tasks, Unset):
            worker_tasks = []
            for worker_tasks_item_data in self.worker_tasks:
                worker_tasks_item = worker_tasks_item_data.to_dict()
                worker_tasks.append(worker_tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if count is not UNSET:
            field_dict["count"] = count
        if worker_tasks is not UNSET:
            field_dict["worker_tasks"] = worker_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

        _raw_worker_tasks = d.pop("worker_tasks", UNSET)
        try:
            _worker_tasks = _raw_worker_tasks
            worker_tasks: list[WorkerTask] | Unset = UNSET
            if _worker_tasks is not UNSET:
                worker_tasks = []
                for worker_tasks_item_data in _worker_tasks:
                    worker_tasks_item = WorkerTask.from_dict(worker_tasks_item_data)

                    worker_tasks.append(worker_tasks_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "worker_tasks", exc)
            d["worker_tasks"] = _raw_worker_tasks
            worker_tasks = UNSET

        list_worker_tasks_response = cls(
            count=count,
            worker_tasks=worker_tasks,
        )

        list_worker_tasks_response.additional_properties = d
        return list_worker_tasks_response

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


from ..models.worker_task import WorkerTask  # noqa: E402
