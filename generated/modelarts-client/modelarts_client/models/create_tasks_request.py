from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_tasks_request_config import CreateTasksRequestConfig
    from ..models.task_input import TaskInput
    from ..models.task_output import TaskOutput
    from ..models.task_schedule import TaskSchedule
    from ..models.task_source_usage_estimate import TaskSourceUsageEstimate


T = TypeVar("T", bound="CreateTasksRequest")


@_attrs_define
class CreateTasksRequest:
    """
    Attributes:
        name (str): Task name, which is mandatory. The value can contain 1 to 100 characters consisting of only letters,
            digits, hyphens (-), and underscores (_).
        input_ (TaskInput):
        output (TaskOutput):
        description (str | Unset): Task description, which is optional. The value contains a maximum of 500 characters.
        schedule (TaskSchedule | Unset):
        config (CreateTasksRequestConfig | Unset): Algorithm configuration parameters specified during task running.
            This parameter is mandatory for some services. The value must be in JSON format. For details about the
            configuration items, see the description of the corresponding algorithm service. This parameter applies only to
            IEF. It cannot be used in ModelArts Edge.
        source_usage_estimate (TaskSourceUsageEstimate | Unset):
    """

    name: str
    input_: TaskInput
    output: TaskOutput
    description: str | Unset = UNSET
    schedule: TaskSchedule | Unset = UNSET
    config: CreateTasksRequestConfig | Unset = UNSET
    source_usage_estimate: TaskSourceUsageEstimate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        source_usage_estimate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_usage_estimate, Unset):
            source_usage_estimate = self.source_usage_estimate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if self.input_ is not UNREAD:
            input_ = self.input_.to_dict()
            field_dict["input"] = input_
        if self.output is not UNREAD:
            output = self.output.to_dict()
            field_dict["output"] = output
        if description is not UNSET:
            field_dict["description"] = description
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if config is not UNSET:
            field_dict["config"] = config
        if source_usage_estimate is not UNSET:
            field_dict["source_usage_estimate"] = source_usage_estimate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str)):
            deviate(src_dict, "name", TypeError("expected a string"))
            if not isinstance(name, Unset):
                d["name"] = name
            name = UNREAD

        _raw_input_ = d.pop("input", UNSET)
        try:
            if isinstance(_raw_input_, Unset):
                raise KeyError("input")
            input_ = TaskInput.from_dict(_raw_input_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "input", exc)
            if not isinstance(_raw_input_, Unset):
                d["input"] = _raw_input_
            input_ = UNREAD

        _raw_output = d.pop("output", UNSET)
        try:
            if isinstance(_raw_output, Unset):
                raise KeyError("output")
            output = TaskOutput.from_dict(_raw_output)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "output", exc)
            if not isinstance(_raw_output, Unset):
                d["output"] = _raw_output
            output = UNREAD

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        _raw_schedule = d.pop("schedule", UNSET)
        try:
            _schedule = _raw_schedule
            schedule: TaskSchedule | Unset
            if isinstance(_schedule, Unset):
                schedule = UNSET
            else:
                schedule = TaskSchedule.from_dict(_schedule)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "schedule", exc)
            d["schedule"] = _raw_schedule
            schedule = UNSET

        _raw_config = d.pop("config", UNSET)
        try:
            _config = _raw_config
            config: CreateTasksRequestConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = CreateTasksRequestConfig.from_dict(_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "config", exc)
            d["config"] = _raw_config
            config = UNSET

        _raw_source_usage_estimate = d.pop("source_usage_estimate", UNSET)
        try:
            _source_usage_estimate = _raw_source_usage_estimate
            source_usage_estimate: TaskSourceUsageEstimate | Unset
            if isinstance(_source_usage_estimate, Unset):
                source_usage_estimate = UNSET
            else:
                source_usage_estimate = TaskSourceUsageEstimate.from_dict(_source_usage_estimate)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "source_usage_estimate", exc)
            d["source_usage_estimate"] = _raw_source_usage_estimate
            source_usage_estimate = UNSET

        create_tasks_request = cls(
            name=name,
            input_=input_,
            output=output,
            description=description,
            schedule=schedule,
            config=config,
            source_usage_estimate=source_usage_estimate,
        )

        create_tasks_request.additional_properties = d
        return create_tasks_request

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


from ..models.create_tasks_request_config import CreateTasksRequestConfig  # noqa: E402
from ..models.task_input import TaskInput  # noqa: E402
from ..models.task_output import TaskOutput  # noqa: E402
from ..models.task_schedule import TaskSchedule  # noqa: E402
from ..models.task_source_usage_estimate import TaskSourceUsageEstimate  # noqa: E402
