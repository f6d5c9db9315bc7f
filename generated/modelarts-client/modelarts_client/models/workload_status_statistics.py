from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadStatusStatistics")


@_attrs_define
class WorkloadStatusStatistics:
    """
    Attributes:
        queue (int | str | Unset): Number of jobs queued in the resource pool.
        pending (int | str | Unset): Number of jobs being scheduled in the resource pool.
        abnormal (int | str | Unset): Number of abnormal jobs.
        terminating (int | str | Unset): Number of jobs that are being terminated.
        creating (int | str | Unset): Number of jobs that are being created.
        running (int | str | Unset): Number of running jobs.
        completed (int | str | Unset): Number of completed jobs.
        terminated (int | str | Unset): Number of terminated jobs.
        failed (int | str | Unset): Number of jobs that fail to be executed.
    """

    queue: int | str | Unset = UNSET
    pending: int | str | Unset = UNSET
    abnormal: int | str | Unset = UNSET
    terminating: int | str | Unset = UNSET
    creating: int | str | Unset = UNSET
    running: int | str | Unset = UNSET
    completed: int | str | Unset = UNSET
    terminated: int | str | Unset = UNSET
    failed: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue: int | str | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        else:
            queue = self.queue

        pending: int | str | Unset
        if isinstance(self.pending, Unset):
            pending = UNSET
        else:
            pending = self.pending

        abnormal: int | str | Unset
        if isinstance(self.abnormal, Unset):
            abnormal = UNSET
        else:
            abnormal = self.abnormal

        terminating: int | str | Unset
        if isinstance(self.terminating, Unset):
            terminating = UNSET
        else:
            terminating = self.terminating

        creating: int | str | Unset
        if isinstance(self.creating, Unset):
            creating = UNSET
        else:
            creating = self.creating

        running: int | str | Unset
        if isinstance(self.running, Unset):
            running = UNSET
        else:
            running = self.running

        completed: int | str | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        terminated: int | str | Unset
        if isinstance(self.terminated, Unset):
            terminated = UNSET
        else:
            terminated = self.terminated

        failed: int | str | Unset
        if isinstance(self.failed, Unset):
            failed = UNSET
        else:
            failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if queue is not UNSET:
            field_dict["Queue"] = queue
        if pending is not UNSET:
            field_dict["Pending"] = pending
        if abnormal is not UNSET:
            field_dict["Abnormal"] = abnormal
        if terminating is not UNSET:
            field_dict["Terminating"] = terminating
        if creating is not UNSET:
            field_dict["Creating"] = creating
        if running is not UNSET:
            field_dict["Running"] = running
        if completed is not UNSET:
            field_dict["Completed"] = completed
        if terminated is not UNSET:
            field_dict["Terminated"] = terminated
        if failed is not UNSET:
            field_dict["Failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        queue = d.pop("Queue", UNSET)
        if isinstance(queue, bool) or not isinstance(queue, (int, str, Unset)):
            deviate(src_dict, "Queue", TypeError("expected an integer or a string"))
            d["Queue"] = queue
            queue = UNSET

        pending = d.pop("Pending", UNSET)
        if isinstance(pending, bool) or not isinstance(pending, (int, str, Unset)):
            deviate(src_dict, "Pending", TypeError("expected an integer or a string"))
            d["Pending"] = pending
            pending = UNSET

        abnormal = d.pop("Abnormal", UNSET)
        if isinstance(abnormal, bool) or not isinstance(abnormal, (int, str, Unset)):
            deviate(src_dict, "Abnormal", TypeError("expected an integer or a string"))
            d["Abnormal"] = abnormal
            abnormal = UNSET

        terminating = d.pop("Terminating", UNSET)
        if isinstance(terminating, bool) or not isinstance(terminating, (int, str, Unset)):
            deviate(src_dict, "Terminating", TypeError("expected an integer or a string"))
            d["Terminating"] = terminating
            terminating = UNSET

        creating = d.pop("Creating", UNSET)
        if isinstance(creating, bool) or not isinstance(creating, (int, str, Unset)):
            deviate(src_dict, "Creating", TypeError("expected an integer or a string"))
            d["Creating"] = creating
            creating = UNSET

        running = d.pop("Running", UNSET)
        if isinstance(running, bool) or not isinstance(running, (int, str, Unset)):
            deviate(src_dict, "Running", TypeError("expected an integer or a string"))
            d["Running"] = running
            running = UNSET

        completed = d.pop("Completed", UNSET)
        if isinstance(completed, bool) or not isinstance(completed, (int, str, Unset)):
            deviate(src_dict, "Completed", TypeError("expected an integer or a string"))
            d["Completed"] = completed
            completed = UNSET

        terminated = d.pop("Terminated", UNSET)
        if isinstance(terminated, bool) or not isinstance(terminated, (int, str, Unset)):
            deviate(src_dict, "Terminated", TypeError("expected an integer or a string"))
            d["Terminated"] = terminated
            terminated = UNSET

        failed = d.pop("Failed", UNSET)
        if isinstance(failed, bool) or not isinstance(failed, (int, str, Unset)):
            deviate(src_dict, "Failed", TypeError("expected an integer or a string"))
            d["Failed"] = failed
            failed = UNSET

        workload_status_statistics = cls(
            queue=queue,
            pending=pending,
            abnormal=abnormal,
            terminating=terminating,
            creating=creating,
            running=running,
            completed=completed,
            terminated=terminated,
            failed=failed,
        )

        workload_status_statistics.additional_properties = d
        return workload_status_statistics

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
