from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.task_schedule_execution_mode import TaskScheduleExecutionMode
from ..models.task_schedule_type import TaskScheduleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.frequency import Frequency
    from ..models.periods import Periods


T = TypeVar("T", bound="TaskSchedule")


@_attrs_define
class TaskSchedule:
    """
    Attributes:
        type_ (TaskScheduleType): Type of a scheduled task. This parameter is mandatory for scheduled tasks. The options
            are **once** (executed only once), **daily** (executed daily), **weekly** (executed weekly), and **monthly**
            (executed monthly). ModelArts Edge supports only **once** and **daily**.
        timezone (str): Time zone where a user is located. This parameter is mandatory for scheduled tasks. The value is
            accurate to the minute.
        execution_mode (TaskScheduleExecutionMode | Unset): Execution mode of a scheduled task. This parameter is
            mandatory for scheduled tasks. The value can be **period** (execution by period) or **frequency** (execution by
            frequency). ModelArts Edge supports only execution by period.
        days_of_week (list[int] | Unset): Days in a week when a task is executed. This parameter is mandatory only for
            weekly tasks. The values **1** to **7** indicate Monday to Sunday respectively.
        days_of_month (list[int] | Unset): Days in a month when a task is executed. This parameter is mandatory only for
            monthly tasks. The values **1** to **31** indicate the first day to the 31st day of a month.
        periods (list[Periods] | Unset): Period-based execution configuration. Use either this parameter or
            **frequency**. In this mode, at least one period must be specified.
        frequency (Frequency | Unset):
    """

    type_: TaskScheduleType
    timezone: str
    execution_mode: TaskScheduleExecutionMode | Unset = UNSET
    days_of_week: list[int] | Unset = UNSET
    days_of_month: list[int] | Unset = UNSET
    periods: list[Periods] | Unset = UNSET
    frequency: Frequency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode.value

        days_of_week: list[int] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = self.days_of_week

        days_of_month: list[int] | Unset = UNSET
        if not isinstance(self.days_of_month, Unset):
            days_of_month = self.days_of_month

        periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = []
            for periods_item_data in self.periods:
                periods_item = periods_item_data.to_dict()
                periods.append(periods_item)

        frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not UNREAD:
            type_ = self.type_.value
            field_dict["type"] = type_
        if self.timezone is not UNREAD:
            timezone = self.timezone
            field_dict["timezone"] = timezone
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if days_of_month is not UNSET:
            field_dict["days_of_month"] = days_of_month
        if periods is not UNSET:
            field_dict["periods"] = periods
        if frequency is not UNSET:
            field_dict["frequency"] = frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_type_ = d.pop("type", UNSET)
        try:
            if isinstance(_raw_type_, Unset):
                raise KeyError("type")
            type_ = member_of(TaskScheduleType, _raw_type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            if not isinstance(_raw_type_, Unset):
                d["type"] = _raw_type_
            type_ = UNREAD

        timezone = d.pop("timezone", UNSET)
        if not isinstance(timezone, (str)):
            deviate(src_dict, "timezone", TypeError("expected a string"))
            if not isinstance(timezone, Unset):
                d["timezone"] = timezone
            timezone = UNREAD

        _raw_execution_mode = d.pop("execution_mode", UNSET)
        try:
            _execution_mode = _raw_execution_mode
            execution_mode: TaskScheduleExecutionMode | Unset
            if isinstance(_execution_mode, Unset):
                execution_mode = UNSET
            else:
                execution_mode = member_of(TaskScheduleExecutionMode, _execution_mode)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "execution_mode", exc)
            d["execution_mode"] = _raw_execution_mode
            execution_mode = UNSET

        days_of_week = d.pop("days_of_week", UNSET)
        if days_of_week is not UNSET and (_misfit := list_misfit(days_of_week, (int), True, "an integer")):
            deviate(src_dict, "days_of_week", _misfit)
            d["days_of_week"] = days_of_week
            days_of_week = UNSET

        days_of_month = d.pop("days_of_month", UNSET)
        if days_of_month is not UNSET and (_misfit := list_misfit(days_of_month, (int), True, "an integer")):
            deviate(src_dict, "days_of_month", _misfit)
            d["days_of_month"] = days_of_month
            days_of_month = UNSET

        _raw_periods = d.pop("periods", UNSET)
        try:
            _periods = _raw_periods
            periods: list[Periods] | Unset = UNSET
            if _periods is not UNSET:
                periods = []
                for periods_item_data in _periods:
                    periods_item = Periods.from_dict(periods_item_data)

                    periods.append(periods_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "periods", exc)
            d["periods"] = _raw_periods
            periods = UNSET

        _raw_frequency = d.pop("frequency", UNSET)
        try:
            _frequency = _raw_frequency
            frequency: Frequency | Unset
            if isinstance(_frequency, Unset):
                frequency = UNSET
            else:
                frequency = Frequency.from_dict(_frequency)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "frequency", exc)
            d["frequency"] = _raw_frequency
            frequency = UNSET

        task_schedule = cls(
            type_=type_,
            timezone=timezone,
            execution_mode=execution_mode,
            days_of_week=days_of_week,
            days_of_month=days_of_month,
            periods=periods,
            frequency=frequency,
        )

        task_schedule.additional_properties = d
        return task_schedule

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


from ..models.frequency import Frequency  # noqa: E402
from ..models.periods import Periods  # noqa: E402
