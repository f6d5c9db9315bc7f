from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flavor_parameters import FlavorParameters
    from ..models.schedule_parameters import ScheduleParameters


T = TypeVar("T", bound="CreateVisualizationJobRequest")


@_attrs_define
class CreateVisualizationJobRequest:
    """
    Attributes:
        job_name (str): Name of a visualization job. The value must contain 1 to 20 characters consisting of only
            digits, letters, underscores (_), and hyphens (-).
        train_url (str): OBS path
        job_desc (str | Unset): Description of a visualization job. The value must contain 0 to 256 characters. By
            default, this parameter is left blank.
        job_type (str | Unset): Type of a visualization job. You can create visualization jobs of TensorBoard and
            MindInsight types. The default type is TensorBoard.
        flavor (FlavorParameters | Unset):
        schedule (list[ScheduleParameters] | ScheduleParameters | Unset):
    """

    job_name: str
    train_url: str
    job_desc: str | Unset = UNSET
    job_type: str | Unset = UNSET
    flavor: FlavorParameters | Unset = UNSET
    schedule: list[ScheduleParameters] | ScheduleParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_desc = self.job_desc

        job_type = self.job_type

        flavor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor, Unset):
            flavor = self.flavor.to_dict()

        schedule: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, ScheduleParameters):
            schedule = self.schedule.to_dict()
        else:
            schedule = []
            for schedule_type_1_item_data in self.schedule:
                schedule_type_1_item = schedule_type_1_item_data.to_dict()
                schedule.append(schedule_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.job_name is not UNREAD:
            job_name = self.job_name
            field_dict["job_name"] = job_name
        if self.train_url is not UNREAD:
            train_url = self.train_url
            field_dict["train_url"] = train_url
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        job_name = d.pop("job_name", UNSET)
        if not isinstance(job_name, (str)):
            deviate(src_dict, "job_name", TypeError("expected a string"))
            if not isinstance(job_name, Unset):
                d["job_name"] = job_name
            job_name = UNREAD

        train_url = d.pop("train_url", UNSET)
        if not isinstance(train_url, (str)):
            deviate(src_dict, "train_url", TypeError("expected a string"))
            if not isinstance(train_url, Unset):
                d["train_url"] = train_url
            train_url = UNREAD

        job_desc = d.pop("job_desc", UNSET)
        if not isinstance(job_desc, (str, Unset)):
            deviate(src_dict, "job_desc", TypeError("expected a string"))
            d["job_desc"] = job_desc
            job_desc = UNSET

        job_type = d.pop("job_type", UNSET)
        if not isinstance(job_type, (str, Unset)):
            deviate(src_dict, "job_type", TypeError("expected a string"))
            d["job_type"] = job_type
            job_type = UNSET

        _raw_flavor = d.pop("flavor", UNSET)
        try:
            _flavor = _raw_flavor
            flavor: FlavorParameters | Unset
            if isinstance(_flavor, Unset):
                flavor = UNSET
            else:
                flavor = FlavorParameters.from_dict(_flavor)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "flavor", exc)
            d["flavor"] = _raw_flavor
            flavor = UNSET

        _raw_schedule = d.pop("schedule", UNSET)
        try:

            def _parse_schedule(data: object) -> list[ScheduleParameters] | ScheduleParameters | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    schedule_type_0 = ScheduleParameters.from_dict(data)

                    return schedule_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                schedule_type_1 = []
                _schedule_type_1 = data
                for schedule_type_1_item_data in _schedule_type_1:
                    schedule_type_1_item = ScheduleParameters.from_dict(schedule_type_1_item_data)

                    schedule_type_1.append(schedule_type_1_item)

                return schedule_type_1

            schedule = _parse_schedule(_raw_schedule)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "schedule", exc)
            d["schedule"] = _raw_schedule
            schedule = UNSET

        create_visualization_job_request = cls(
            job_name=job_name,
            train_url=train_url,
            job_desc=job_desc,
            job_type=job_type,
            flavor=flavor,
            schedule=schedule,
        )

        create_visualization_job_request.additional_properties = d
        return create_visualization_job_request

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


from ..models.flavor_parameters import FlavorParameters  # noqa: E402
from ..models.schedule_parameters import ScheduleParameters  # noqa: E402
