from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.running_record import RunningRecord
    from ..models.task_statuses import TaskStatuses


T = TypeVar("T", bound="Status")


@_attrs_define
class Status:
    """
    Attributes:
        phase (str | Unset): Level-1 status of a training job. The options are: - Creating: The gateway is being
            created. - Pending: waiting - Running - Failed: The task fails to be executed. - Completed: completed -
            Terminating: The task is being stopped. - Terminated: stopped - Abnormal: abnormal
        secondary_phase (str | Unset): The level-2 status of a training job is an internal detailed status, which may be
            added, modified, or deleted. Dependency is not recommended. The options are: - Creating: The gateway is being
            created. - Queuing: queuing - Running - Failed: The task fails to be executed. - Completed: completed -
            Terminating: The task is being stopped. - Terminated: stopped - CreateFailed: The creation fails. -
            TerminatedFailed: The service fails to be stopped. - Unknown: unknown status - Lost: abnormal
        duration (int | Unset): Running duration of a training job, in milliseconds
        node_count_metrics (list[list[int]] | None | Unset): Node count changes during the training job running period.
        tasks (list[str] | Unset): Tasks of a training job.
        start_time (int | Unset): Start time of a training job. The value is in timestamp format.
        task_statuses (list[TaskStatuses] | Unset): Status of a training job task.
        running_records (list[RunningRecord] | Unset): Running and fault recovery records of a training job
    """

    phase: str | Unset = UNSET
    secondary_phase: str | Unset = UNSET
    duration: int | Unset = UNSET
    node_count_metrics: list[list[int]] | None | Unset = UNSET
    tasks: list[str] | Unset = UNSET
    start_time: int | Unset = UNSET
    task_statuses: list[TaskStatuses] | Unset = UNSET
    running_records: list[RunningRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase = self.phase

        secondary_phase = self.secondary_phase

        duration = self.duration

        node_count_metrics: list[list[int]] | None | Unset
        if isinstance(self.node_count_metrics, Unset):
            node_count_metrics = UNSET
        elif isinstance(self.node_count_metrics, list):
            node_count_metrics = []
            for node_count_metrics_type_0_item_data in self.node_count_metrics:
                node_count_metrics_type_0_item = node_count_metrics_type_0_item_data

                node_count_metrics.append(node_count_metrics_type_0_item)

        else:
            node_count_metrics = self.node_count_metrics

        tasks: list[str] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks

        start_time = self.start_time

        task_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_statuses, Unset):
            task_statuses = []
            for task_statuses_item_data in self.task_statuses:
                task_statuses_item = task_statuses_item_data.to_dict()
                task_statuses.append(task_statuses_item)

        running_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.running_records, Unset):
            running_records = []
            for running_records_item_data in self.running_records:
                running_records_item = running_records_item_data.to_dict()
                running_records.append(running_records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phase is not UNSET:
            field_dict["phase"] = phase
        if secondary_phase is not UNSET:
            field_dict["secondary_phase"] = secondary_phase
        if duration is not UNSET:
            field_dict["duration"] = duration
        if node_count_metrics is not UNSET:
            field_dict["node_count_metrics"] = node_count_metrics
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if task_statuses is not UNSET:
            field_dict["task_statuses"] = task_statuses
        if running_records is not UNSET:
            field_dict["running_records"] = running_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        phase = d.pop("phase", UNSET)
        if not isinstance(phase, (str, Unset)):
            deviate(src_dict, "phase", TypeError("expected a string"))
            d["phase"] = phase
            phase = UNSET

        secondary_phase = d.pop("secondary_phase", UNSET)
        if not isinstance(secondary_phase, (str, Unset)):
            deviate(src_dict, "secondary_phase", TypeError("expected a string"))
            d["secondary_phase"] = secondary_phase
            secondary_phase = UNSET

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int, Unset)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            d["duration"] = duration
            duration = UNSET

        _raw_node_count_metrics = d.pop("node_count_metrics", UNSET)
        try:

            def _parse_node_count_metrics(data: object) -> list[list[int]] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    node_count_metrics_type_0 = []
                    _node_count_metrics_type_0 = data
                    for node_count_metrics_type_0_item_data in _node_count_metrics_type_0:
                        node_count_metrics_type_0_item = cast(list[int], node_count_metrics_type_0_item_data)

                        node_count_metrics_type_0.append(node_count_metrics_type_0_item)

                    return node_count_metrics_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[list[int]] | None | Unset, data)

            node_count_metrics = _parse_node_count_metrics(_raw_node_count_metrics)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "node_count_metrics", exc)
            d["node_count_metrics"] = _raw_node_count_metrics
            node_count_metrics = UNSET

        tasks = d.pop("tasks", UNSET)
        if tasks is not UNSET and (_misfit := list_misfit(tasks, (str), False, "a string")):
            deviate(src_dict, "tasks", _misfit)
            d["tasks"] = tasks
            tasks = UNSET

        start_time = d.pop("start_time", UNSET)
        if isinstance(start_time, bool) or not isinstance(start_time, (int, Unset)):
            deviate(src_dict, "start_time", TypeError("expected an integer"))
            d["start_time"] = start_time
            start_time = UNSET

        _raw_task_statuses = d.pop("task_statuses", UNSET)
        try:
            _task_statuses = _raw_task_statuses
            task_statuses: list[TaskStatuses] | Unset = UNSET
            if _task_statuses is not UNSET:
                task_statuses = []
                for task_statuses_item_data in _task_statuses:
                    task_statuses_item = TaskStatuses.from_dict(task_statuses_item_data)

                    task_statuses.append(task_statuses_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "task_statuses", exc)
            d["task_statuses"] = _raw_task_statuses
            task_statuses = UNSET

        _raw_running_records = d.pop("running_records", UNSET)
        try:
            _running_records = _raw_running_records
            running_records: list[RunningRecord] | Unset = UNSET
            if _running_records is not UNSET:
                running_records = []
                for running_records_item_data in _running_records:
                    running_records_item = RunningRecord.from_dict(running_records_item_data)

                    running_records.append(running_records_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "running_records", exc)
            d["running_records"] = _raw_running_records
            running_records = UNSET

        status = cls(
            phase=phase,
            secondary_phase=secondary_phase,
            duration=duration,
            node_count_metrics=node_count_metrics,
            tasks=tasks,
            start_time=start_time,
            task_statuses=task_statuses,
            running_records=running_records,
        )

        status.additional_properties = d
        return status

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


from ..models.running_record import RunningRecord  # noqa: E402
from ..models.task_statuses import TaskStatuses  # noqa: E402
