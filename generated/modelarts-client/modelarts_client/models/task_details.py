from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.task_details_schedule_status import TaskDetailsScheduleStatus
from ..models.task_details_state import TaskDetailsState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.list_tasks_details_task_input import ListTasksDetailsTaskInput
    from ..models.list_tasks_details_task_output_for_display import ListTasksDetailsTaskOutputForDisplay
    from ..models.list_tasks_details_task_schedule import ListTasksDetailsTaskSchedule
    from ..models.task_details_config import TaskDetailsConfig


T = TypeVar("T", bound="TaskDetails")


@_attrs_define
class TaskDetails:
    """
    Attributes:
        id (str | Unset): Task ID
        name (str | Unset): Task name
        service_name (str | Unset): Service name
        creator (str | Unset): Username of the task creator
        project_id (str | Unset): Project ID of the task creator
        description (str | Unset): Task description
        service_id (str | Unset): ID of the service corresponding to a task
        created_at (str | Unset): Task creation time
        updated_at (str | Unset): Time when the latest task status was updated
        state (TaskDetailsState | Unset): Task status. The value can be **PENDING**, **RECOVERING**, **STARTING**,
            **UPGRADING**, **CREATE_FAILED**, **START_FAILED**, **RUNNING**, **STOPPING**, **STOPPED**, **ABNORMAL**,
            **SUCCEEDED**, **FAILED**, **DELETING**, **FREEZING**, or **FROZEN**.
        status (str | Unset): Details about a task status (for some statuses only)
        error (Error | Unset):
        schedule_status (TaskDetailsScheduleStatus | Unset): Status of a scheduled task. The value can be **ACTIVATED**
            or **INACTIVATED**.
        schedule (ListTasksDetailsTaskSchedule | Unset):
        input_ (ListTasksDetailsTaskInput | Unset):
        output (ListTasksDetailsTaskOutputForDisplay | Unset):
        config (TaskDetailsConfig | Unset): Algorithm configuration parameters specified during task running. This
            parameter is mandatory for some services. The value must be in JSON format. For details about the configuration
            items, see the description of the corresponding algorithm service. This parameter applies only to IEF. It cannot
            be used in ModelArts Edge.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    service_name: str | Unset = UNSET
    creator: str | Unset = UNSET
    project_id: str | Unset = UNSET
    description: str | Unset = UNSET
    service_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    state: TaskDetailsState | Unset = UNSET
    status: str | Unset = UNSET
    error: Error | Unset = UNSET
    schedule_status: TaskDetailsScheduleStatus | Unset = UNSET
    schedule: ListTasksDetailsTaskSchedule | Unset = UNSET
    input_: ListTasksDetailsTaskInput | Unset = UNSET
    output: ListTasksDetailsTaskOutputForDisplay | Unset = UNSET
    config: TaskDetailsConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        service_name = self.service_name

        creator = self.creator

        project_id = self.project_id

        description = self.description

        service_id = self.service_id

        created_at = self.created_at

        updated_at = self.updated_at

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        status = self.status

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        schedule_status: str | Unset = UNSET
        if not isinstance(self.schedule_status, Unset):
            schedule_status = self.schedule_status.value

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if creator is not UNSET:
            field_dict["creator"] = creator
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if description is not UNSET:
            field_dict["description"] = description
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if schedule_status is not UNSET:
            field_dict["schedule_status"] = schedule_status
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        service_name = d.pop("service_name", UNSET)
        if not isinstance(service_name, (str, Unset)):
            deviate(src_dict, "service_name", TypeError("expected a string"))
            d["service_name"] = service_name
            service_name = UNSET

        creator = d.pop("creator", UNSET)
        if not isinstance(creator, (str, Unset)):
            deviate(src_dict, "creator", TypeError("expected a string"))
            d["creator"] = creator
            creator = UNSET

        project_id = d.pop("project_id", UNSET)
        if not isinstance(project_id, (str, Unset)):
            deviate(src_dict, "project_id", TypeError("expected a string"))
            d["project_id"] = project_id
            project_id = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        service_id = d.pop("service_id", UNSET)
        if not isinstance(service_id, (str, Unset)):
            deviate(src_dict, "service_id", TypeError("expected a string"))
            d["service_id"] = service_id
            service_id = UNSET

        created_at = d.pop("created_at", UNSET)
        if not isinstance(created_at, (str, Unset)):
            deviate(src_dict, "created_at", TypeError("expected a string"))
            d["created_at"] = created_at
            created_at = UNSET

        updated_at = d.pop("updated_at", UNSET)
        if not isinstance(updated_at, (str, Unset)):
            deviate(src_dict, "updated_at", TypeError("expected a string"))
            d["updated_at"] = updated_at
            updated_at = UNSET

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: TaskDetailsState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = member_of(TaskDetailsState, _state)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "state", exc)
            d["state"] = _raw_state
            state = UNSET

        status = d.pop("status", UNSET)
        if not isinstance(status, (str, Unset)):
            deviate(src_dict, "status", TypeError("expected a string"))
            d["status"] = status
            status = UNSET

        _raw_error = d.pop("error", UNSET)
        try:
            _error = _raw_error
            error: Error | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = Error.from_dict(_error)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "error", exc)
            d["error"] = _raw_error
            error = UNSET

        _raw_schedule_status = d.pop("schedule_status", UNSET)
        try:
            _schedule_status = _raw_schedule_status
            schedule_status: TaskDetailsScheduleStatus | Unset
            if isinstance(_schedule_status, Unset):
                schedule_status = UNSET
            else:
                schedule_status = member_of(TaskDetailsScheduleStatus, _schedule_status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "schedule_status", exc)
            d["schedule_status"] = _raw_schedule_status
            schedule_status = UNSET

        _raw_schedule = d.pop("schedule", UNSET)
        try:
            _schedule = _raw_schedule
            schedule: ListTasksDetailsTaskSchedule | Unset
            if isinstance(_schedule, Unset):
                schedule = UNSET
            else:
                schedule = ListTasksDetailsTaskSchedule.from_dict(_schedule)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "schedule", exc)
            d["schedule"] = _raw_schedule
            schedule = UNSET

        _raw_input_ = d.pop("input", UNSET)
        try:
            _input_ = _raw_input_
            input_: ListTasksDetailsTaskInput | Unset
            if isinstance(_input_, Unset):
                input_ = UNSET
            else:
                input_ = ListTasksDetailsTaskInput.from_dict(_input_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "input", exc)
            d["input"] = _raw_input_
            input_ = UNSET

        _raw_output = d.pop("output", UNSET)
        try:
            _output = _raw_output
            output: ListTasksDetailsTaskOutputForDisplay | Unset
            if isinstance(_output, Unset):
                output = UNSET
            else:
                output = ListTasksDetailsTaskOutputForDisplay.from_dict(_output)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "output", exc)
            d["output"] = _raw_output
            output = UNSET

        _raw_config = d.pop("config", UNSET)
        try:
            _config = _raw_config
            config: TaskDetailsConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = TaskDetailsConfig.from_dict(_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "config", exc)
            d["config"] = _raw_config
            config = UNSET

        task_details = cls(
            id=id,
            name=name,
            service_name=service_name,
            creator=creator,
            project_id=project_id,
            description=description,
            service_id=service_id,
            created_at=created_at,
            updated_at=updated_at,
            state=state,
            status=status,
            error=error,
            schedule_status=schedule_status,
            schedule=schedule,
            input_=input_,
            output=output,
            config=config,
        )

        task_details.additional_properties = d
        return task_details

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


from ..models.error import Error  # noqa: E402
from ..models.list_tasks_details_task_input import ListTasksDetailsTaskInput  # noqa: E402
from ..models.list_tasks_details_task_output_for_display import ListTasksDetailsTaskOutputForDisplay  # noqa: E402
from ..models.list_tasks_details_task_schedule import ListTasksDetailsTaskSchedule  # noqa: E402
from ..models.task_details_config import TaskDetailsConfig  # noqa: E402
