from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="HardSelectTask")


@_attrs_define
class HardSelectTask:
    """
    Attributes:
        create_at (int | Unset): Task creation time
        dataset_id (str | Unset): Dataset ID
        dataset_name (str | Unset): Dataset name
        hard_select_task_id (str | Unset): ID of selected hard example task
        task_status (str | Unset): Task status
        time (int | Unset): Task execution time
        update_at (int | Unset): Task update time
    """

    create_at: int | Unset = UNSET
    dataset_id: str | Unset = UNSET
    dataset_name: str | Unset = UNSET
    hard_select_task_id: str | Unset = UNSET
    task_status: str | Unset = UNSET
    time: int | Unset = UNSET
    update_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_at = self.create_at

        dataset_id = self.dataset_id

        dataset_name = self.dataset_name

        hard_select_task_id = self.hard_select_task_id

        task_status = self.task_status

        time = self.time

        update_at = self.update_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if hard_select_task_id is not UNSET:
            field_dict["hard_select_task_id"] = hard_select_task_id
        if task_status is not UNSET:
            field_dict["task_status"] = task_status
        if time is not UNSET:
            field_dict["time"] = time
        if update_at is not UNSET:
            field_dict["update_at"] = update_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        create_at = d.pop("create_at", UNSET)
        if isinstance(create_at, bool) or not isinstance(create_at, (int, Unset)):
            deviate(src_dict, "create_at", TypeError("expected an integer"))
            d["create_at"] = create_at
            create_at = UNSET

        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        dataset_name = d.pop("dataset_name", UNSET)
        if not isinstance(dataset_name, (str, Unset)):
            deviate(src_dict, "dataset_name", TypeError("expected a string"))
            d["dataset_name"] = dataset_name
            dataset_name = UNSET

        hard_select_task_id = d.pop("hard_select_task_id", UNSET)
        if not isinstance(hard_select_task_id, (str, Unset)):
            deviate(src_dict, "hard_select_task_id", TypeError("expected a string"))
            d["hard_select_task_id"] = hard_select_task_id
            hard_select_task_id = UNSET

        task_status = d.pop("task_status", UNSET)
        if not isinstance(task_status, (str, Unset)):
            deviate(src_dict, "task_status", TypeError("expected a string"))
            d["task_status"] = task_status
            task_status = UNSET

        time = d.pop("time", UNSET)
        if isinstance(time, bool) or not isinstance(time, (int, Unset)):
            deviate(src_dict, "time", TypeError("expected an integer"))
            d["time"] = time
            time = UNSET

        update_at = d.pop("update_at", UNSET)
        if isinstance(update_at, bool) or not isinstance(update_at, (int, Unset)):
            deviate(src_dict, "update_at", TypeError("expected an integer"))
            d["update_at"] = update_at
            update_at = UNSET

        hard_select_task = cls(
            create_at=create_at,
            dataset_id=dataset_id,
            dataset_name=dataset_name,
            hard_select_task_id=hard_select_task_id,
            task_status=task_status,
            time=time,
            update_at=update_at,
        )

        hard_select_task.additional_properties = d
        return hard_select_task

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
