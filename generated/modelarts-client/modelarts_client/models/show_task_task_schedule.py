from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.show_task_task_schedule_execution_mode import ShowTaskTaskScheduleExecutionMode
from ..models.show_task_task_schedule_type import ShowTaskTaskScheduleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_task_frequency import ShowTaskFrequency
    from ..models.show_task_periods import ShowTaskPeriods


T = TypeVar("T", bound="ShowTaskTaskSchedule")


@_attrs_define
class ShowTaskTaskSchedule:
    """
    Attributes:
        type_ (ShowTaskTaskScheduleType | Unset): Type of a scheduled task. This parameter is mandatory for scheduled
            tasks. The options are **once** (executed only once), **daily** (executed daily), **weekly** (executed weekly),
            and **monthly** (executed monthly). ModelArts Edge supports only **once** and **daily**.
        execution_mode (ShowTaskTaskScheduleExecutionMode | Unset): Execution mode of a scheduled task. This parameter
            is mandatory for scheduled tasks. The value can be **period** (execution by period) or **frequency** (execution
            by frequency). ModelArts Edge supports only execution by period.
        timezone (str | Unset): Time zone where a user is located. This parameter is mandatory for scheduled tasks. The
            value is accurate to the minute.
        days_of_week (list[int] | Unset): Days in a week when a task is executed. This parameter is mandatory only for
            weekly tasks. The values **1** to **7** indicate Monday to Sunday respectively.
        days_of_month (list[int] | Unset): Days in a month when a task is executed. This parameter is mandatory only for
            monthly tasks. The values **1** to **31** indicate the first day to the 31st day of a month.
        periods (list[ShowTaskPeriods] | Unset): Period-based execution configuration. Use either this parameter or
            **frequency**. In this mode, at least one period must be specified.
        frequency (ShowTaskFrequency | Unset):
    """

    type_: ShowTaskTaskScheduleType | Unset = UNSET
    execution_mode: ShowTaskTaskScheduleExecutionMode | Unset = UNSET
    timezone: str | Unset = UNSET
    days_of_week: list[int] | Unset = UNSET
    days_of_month: list[int] | Unset = UNSET
    periods: list[ShowTaskPeriods] | Unset = UNSET
    frequency: ShowTaskFrequency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode.value

        timezone = self.timezone

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
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
            _type_ = _raw_type_
            type_: ShowTaskTaskScheduleType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(ShowTaskTaskScheduleType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        _raw_execution_mode = d.pop("execution_mode", UNSET)
        try:
            _execution_mode = _raw_execution_mode
            execution_mode: ShowTaskTaskScheduleExecutionMode | Unset
            if isinstance(_execution_mode, Unset):
                execution_mode = UNSET
            else:
                execution_mode = member_of(ShowTaskTaskScheduleExecutionMode, _execution_mode)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "execution_mode", exc)
            d["execution_mode"] = _raw_execution_mode
            execution_mode = UNSET

        timezone = d.pop("timezone", UNSET)
        if not isinstance(timezone, (str, Unset)):
            deviate(src_dict, "timezone", TypeError("expected a string"))
            d["timezone"] = timezone
            timezone = UNSET

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
            periods: list[ShowTaskPeriods] | Unset = UNSET
            if _periods is not UNSET:
                periods = []
                for periods_item_data in _periods:
                    periods_item = ShowTaskPeriods.from_dict(periods_item_data)

                    periods.append(periods_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "periods", exc)
            d["periods"] = _raw_periods
            periods = UNSET

        _raw_frequency = d.pop("frequency", UNSET)
        try:
            _frequency = _raw_frequency
            frequency: ShowTaskFrequency | Unset
            if isinstance(_frequency, Unset):
                frequency = UNSET
            else:
                frequency = ShowTaskFrequency.from_dict(_frequency)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "frequency", exc)
            d["frequency"] = _raw_frequency
            frequency = UNSET

        show_task_task_schedule = cls(
            type_=type_,
            execution_mode=execution_mode,
            timezone=timezone,
            days_of_week=days_of_week,
            days_of_month=days_of_month,
            periods=periods,
            frequency=frequency,
        )

        show_task_task_schedule.additional_properties = d
        return show_task_task_schedule

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


from ..models.show_task_frequency import ShowTaskFrequency  # noqa: E402
from ..models.show_task_periods import ShowTaskPeriods  # noqa: E402
