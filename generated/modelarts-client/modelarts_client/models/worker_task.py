from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.worker_task_email_status import WorkerTaskEmailStatus
from ..models.worker_task_task_status import WorkerTaskTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_stats import SampleStats


T = TypeVar("T", bound="WorkerTask")


@_attrs_define
class WorkerTask:
    """
    Attributes:
        create_time (int | Unset): Time when a labeling team member's task is created.
        dataset_id (str | Unset): ID of a dataset associated with a labeling team member's task.
        dataset_type (int | Unset): Labeling type of a team member's task.
        email (str | Unset): Email address of a labeling team member.
        email_status (WorkerTaskEmailStatus | Unset): Email notification status of a labeling team member's labeling
            task. Options: - **0**: The email has not been sent. - **1**: The email format is incorrect. - **2**: The email
            address is unreachable. - **3**: The email has been sent.
        last_notify_time (int | Unset): Timestamp of the latest notification email sent to a labeling team member.
        pass_rate (float | Unset): Pass rate of task acceptance review for a labeling team member.
        role (int | Unset): Role of a labeling team member.
        sample_stats (SampleStats | Unset):
        score (float | Unset): Average acceptance score of labeling team members' task samples.
        task_id (str | Unset): Team labeling task ID associated with a member's task.
        task_status (WorkerTaskTaskStatus | Unset): Task status of a labeling team member. Options: - **6**: created -
            **0**: starting - **1**: running - **2**: under acceptance - **3**: approved, indicating the team labeling task
            is complete - **4**: rejected, indicating that the task needs to be labeled and reviewed again
        update_time (int | Unset): Time when a labeling team member's task is updated.
        worker_id (str | Unset): ID of a labeling team member.
        workforce_task_name (str | Unset): Team labeling task name associated with a member's task.
    """

    create_time: int | Unset = UNSET
    dataset_id: str | Unset = UNSET
    dataset_type: int | Unset = UNSET
    email: str | Unset = UNSET
    email_status: WorkerTaskEmailStatus | Unset = UNSET
    last_notify_time: int | Unset = UNSET
    pass_rate: float | Unset = UNSET
    role: int | Unset = UNSET
    sample_stats: SampleStats | Unset = UNSET
    score: float | Unset = UNSET
    task_id: str | Unset = UNSET
    task_status: WorkerTaskTaskStatus | Unset = UNSET
    update_time: int | Unset = UNSET
    worker_id: str | Unset = UNSET
    workforce_task_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        dataset_id = self.dataset_id

        dataset_type = self.dataset_type

        email = self.email

        email_status: int | Unset = UNSET
        if not isinstance(self.email_status, Unset):
            email_status = self.email_status.value

        last_notify_time = self.last_notify_time

        pass_rate = self.pass_rate

        role = self.role

        sample_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sample_stats, Unset):
            sample_stats = self.sample_stats.to_dict()

        score = self.score

        task_id = self.task_id

        task_status: int | Unset = UNSET
        if not isinstance(self.task_status, Unset):
            task_status = self.task_status.value

        update_time = self.update_time

        worker_id = self.worker_id

        workforce_task_name = self.workforce_task_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_type is not UNSET:
            field_dict["dataset_type"] = dataset_type
        if email is not UNSET:
            field_dict["email"] = email
        if email_status is not UNSET:
            field_dict["email_status"] = email_status
        if last_notify_time is not UNSET:
            field_dict["last_notify_time"] = last_notify_time
        if pass_rate is not UNSET:
            field_dict["pass_rate"] = pass_rate
        if role is not UNSET:
            field_dict["role"] = role
        if sample_stats is not UNSET:
            field_dict["sample_stats"] = sample_stats
        if score is not UNSET:
            field_dict["score"] = score
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_status is not UNSET:
            field_dict["task_status"] = task_status
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id
        if workforce_task_name is not UNSET:
            field_dict["workforce_task_name"] = workforce_task_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        dataset_type = d.pop("dataset_type", UNSET)
        if isinstance(dataset_type, bool) or not isinstance(dataset_type, (int, Unset)):
            deviate(src_dict, "dataset_type", TypeError("expected an integer"))
            d["dataset_type"] = dataset_type
            dataset_type = UNSET

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            deviate(src_dict, "email", TypeError("expected a string"))
            d["email"] = email
            email = UNSET

        _raw_email_status = d.pop("email_status", UNSET)
        try:
            _email_status = _raw_email_status
            email_status: WorkerTaskEmailStatus | Unset
            if isinstance(_email_status, Unset):
                email_status = UNSET
            else:
                email_status = member_of(WorkerTaskEmailStatus, _email_status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "email_status", exc)
            d["email_status"] = _raw_email_status
            email_status = UNSET

        last_notify_time = d.pop("last_notify_time", UNSET)
        if isinstance(last_notify_time, bool) or not isinstance(last_notify_time, (int, Unset)):
            deviate(src_dict, "last_notify_time", TypeError("expected an integer"))
            d["last_notify_time"] = last_notify_time
            last_notify_time = UNSET

        pass_rate = d.pop("pass_rate", UNSET)
        if isinstance(pass_rate, bool) or not isinstance(pass_rate, (int, float, Unset)):
            deviate(src_dict, "pass_rate", TypeError("expected a number"))
            d["pass_rate"] = pass_rate
            pass_rate = UNSET

        role = d.pop("role", UNSET)
        if isinstance(role, bool) or not isinstance(role, (int, Unset)):
            deviate(src_dict, "role", TypeError("expected an integer"))
            d["role"] = role
            role = UNSET

        _raw_sample_stats = d.pop("sample_stats", UNSET)
        try:
            _sample_stats = _raw_sample_stats
            sample_stats: SampleStats | Unset
            if isinstance(_sample_stats, Unset):
                sample_stats = UNSET
            else:
                sample_stats = SampleStats.from_dict(_sample_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sample_stats", exc)
            d["sample_stats"] = _raw_sample_stats
            sample_stats = UNSET

        score = d.pop("score", UNSET)
        if isinstance(score, bool) or not isinstance(score, (int, float, Unset)):
            deviate(src_dict, "score", TypeError("expected a number"))
            d["score"] = score
            score = UNSET

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

        _raw_task_status = d.pop("task_status", UNSET)
        try:
            _task_status = _raw_task_status
            task_status: WorkerTaskTaskStatus | Unset
            if isinstance(_task_status, Unset):
                task_status = UNSET
            else:
                task_status = member_of(WorkerTaskTaskStatus, _task_status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "task_status", exc)
            d["task_status"] = _raw_task_status
            task_status = UNSET

        update_time = d.pop("update_time", UNSET)
        if isinstance(update_time, bool) or not isinstance(update_time, (int, Unset)):
            deviate(src_dict, "update_time", TypeError("expected an integer"))
            d["update_time"] = update_time
            update_time = UNSET

        worker_id = d.pop("worker_id", UNSET)
        if not isinstance(worker_id, (str, Unset)):
            deviate(src_dict, "worker_id", TypeError("expected a string"))
            d["worker_id"] = worker_id
            worker_id = UNSET

        workforce_task_name = d.pop("workforce_task_name", UNSET)
        if not isinstance(workforce_task_name, (str, Unset)):
            deviate(src_dict, "workforce_task_name", TypeError("expected a string"))
            d["workforce_task_name"] = workforce_task_name
            workforce_task_name = UNSET

        worker_task = cls(
            create_time=create_time,
            dataset_id=dataset_id,
            dataset_type=dataset_type,
            email=email,
            email_status=email_status,
            last_notify_time=last_notify_time,
            pass_rate=pass_rate,
            role=role,
            sample_stats=sample_stats,
            score=score,
            task_id=task_id,
            task_status=task_status,
            update_time=update_time,
            worker_id=worker_id,
            workforce_task_name=workforce_task_name,
        )

        worker_task.additional_properties = d
        return worker_task

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


from ..models.sample_stats import SampleStats  # noqa: E402
