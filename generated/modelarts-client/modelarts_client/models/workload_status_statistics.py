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
        queue (str | Unset): Number of jobs queued in the resource pool.
        pending (str | Unset): Number of jobs being scheduled in the resource pool.
        abnormal (str | Unset): Number of abnormal jobs.
        terminating (str | Unset): Number of jobs that are being terminated.
        creating (str | Unset): Number of jobs that are being created.
        running (str | Unset): Number of running jobs.
        completed (str | Unset): Number of completed jobs.
        terminated (str | Unset): Number of terminated jobs.
        failed (str | Unset): Number of jobs that fail to be executed.
    """

    queue: str | Unset = UNSET
    pending: str | Unset = UNSET
    abnormal: str | Unset = UNSET
    terminating: str | Unset = UNSET
    creating: str | Unset = UNSET
    running: str | Unset = UNSET
    completed: str | Unset = UNSET
    terminated: str | Unset = UNSET
    failed: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue = self.queue

        pending = self.pending

        abnormal = self.abnormal

        terminating = self.terminating

        creating = self.creating

        running = self.running

        completed = self.completed

        terminated = self.terminated

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
        if not isinstance(queue, (str, Unset)):
            deviate(src_dict, "Queue", TypeError("expected a string"))
            d["Queue"] = queue
            queue = UNSET

        pending = d.pop("Pending", UNSET)
        if not isinstance(pending, (str, Unset)):
            deviate(src_dict, "Pending", TypeError("expected a string"))
            d["Pending"] = pending
            pending = UNSET

        abnormal = d.pop("Abnormal", UNSET)
        if not isinstance(abnormal, (str, Unset)):
            deviate(src_dict, "Abnormal", TypeError("expected a string"))
            d["Abnormal"] = abnormal
            abnormal = UNSET

        terminating = d.pop("Terminating", UNSET)
        if not isinstance(terminating, (str, Unset)):
            deviate(src_dict, "Terminating", TypeError("expected a string"))
            d["Terminating"] = terminating
            terminating = UNSET

        creating = d.pop("Creating", UNSET)
        if not isinstance(creating, (str, Unset)):
            deviate(src_dict, "Creating", TypeError("expected a string"))
            d["Creating"] = creating
            creating = UNSET

        running = d.pop("Running", UNSET)
        if not isinstance(running, (str, Unset)):
            deviate(src_dict, "Running", TypeError("expected a string"))
            d["Running"] = running
            running = UNSET

        completed = d.pop("Completed", UNSET)
        if not isinstance(completed, (str, Unset)):
            deviate(src_dict, "Completed", TypeError("expected a string"))
            d["Completed"] = completed
            completed = UNSET

        terminated = d.pop("Terminated", UNSET)
        if not isinstance(terminated, (str, Unset)):
            deviate(src_dict, "Terminated", TypeError("expected a string"))
            d["Terminated"] = terminated
            terminated = UNSET

        failed = d.pop("Failed", UNSET)
        if not isinstance(failed, (str, Unset)):
            deviate(src_dict, "Failed", TypeError("expected a string"))
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
