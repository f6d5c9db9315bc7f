from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.update_dev_env_instance_description_queuing_info_parameters_status import (
    UpdateDevEnvInstanceDescriptionQueuingInfoParametersStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_dev_env_instance_description_flavor_details_parameters import (
        UpdateDevEnvInstanceDescriptionFlavorDetailsParameters,
    )


T = TypeVar("T", bound="UpdateDevEnvInstanceDescriptionQueuingInfoParameters")


@_attrs_define
class UpdateDevEnvInstanceDescriptionQueuingInfoParameters:
    """
    Attributes:
        id (str | Unset): Instance ID
        name (str | Unset): Instance name
        de_type (str | Unset): Development environment type. By default, all types are returned. Only **Notebook** is
            supported.
        flavor (str | Unset): Instance flavor. By default, all types are returned.
        flavor_details (UpdateDevEnvInstanceDescriptionFlavorDetailsParameters | Unset):
        status (UpdateDevEnvInstanceDescriptionQueuingInfoParametersStatus | Unset): Instance status. By default, all
            statuses are returned. Options: - **CREATE_QUEUING** - **START_QUEUING**
        begin_timestamp (int | Unset): Time when an instance starts queuing, which is a 13-digit timestamp
        remain_time (int | Unset): Remaining time for being queued, in seconds
        end_timestamp (int | Unset): Time when an instance completes queuing, which is a 13-digit timestamp
        rank (int | Unset): Ranking of an instance in a queue
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    de_type: str | Unset = UNSET
    flavor: str | Unset = UNSET
    flavor_details: UpdateDevEnvInstanceDescriptionFlavorDetailsParameters | Unset = UNSET
    status: UpdateDevEnvInstanceDescriptionQueuingInfoParametersStatus | Unset = UNSET
    begin_timestamp: int | Unset = UNSET
    remain_time: int | Unset = UNSET
    end_timestamp: int | Unset = UNSET
    rank: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        de_type = self.de_type

        flavor = self.flavor

        flavor_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_details, Unset):
            flavor_details = self.flavor_details.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        begin_timestamp = self.begin_timestamp

        remain_time = self.remain_time

        end_timestamp = self.end_timestamp

        rank = self.rank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if de_type is not UNSET:
            field_dict["de_type"] = de_type
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if flavor_details is not UNSET:
            field_dict["flavor_details"] = flavor_details
        if status is not UNSET:
            field_dict["status"] = status
        if begin_timestamp is not UNSET:
            field_dict["begin_timestamp"] = begin_timestamp
        if remain_time is not UNSET:
            field_dict["remain_time"] = remain_time
        if end_timestamp is not UNSET:
            field_dict["end_timestamp"] = end_timestamp
        if rank is not UNSET:
            field_dict["rank"] = rank

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

        de_type = d.pop("de_type", UNSET)
        if not isinstance(de_type, (str, Unset)):
            deviate(src_dict, "de_type", TypeError("expected a string"))
            d["de_type"] = de_type
            de_type = UNSET

        flavor = d.pop("flavor", UNSET)
        if not isinstance(flavor, (str, Unset)):
            deviate(src_dict, "flavor", TypeError("expected a string"))
            d["flavor"] = flavor
            flavor = UNSET

        _raw_flavor_details = d.pop("flavor_details", UNSET)
        try:
            _flavor_details = _raw_flavor_details
            flavor_details: UpdateDevEnvInstanceDescriptionFlavorDetailsParameters | Unset
            if isinstance(_flavor_details, Unset):
                flavor_details = UNSET
            else:
                flavor_details = UpdateDevEnvInstanceDescriptionFlavorDetailsParameters.from_dict(_flavor_details)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "flavor_details", exc)
            d["flavor_details"] = _raw_flavor_details
            flavor_details = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: UpdateDevEnvInstanceDescriptionQueuingInfoParametersStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(UpdateDevEnvInstanceDescriptionQueuingInfoParametersStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        begin_timestamp = d.pop("begin_timestamp", UNSET)
        if isinstance(begin_timestamp, bool) or not isinstance(begin_timestamp, (int, Unset)):
            deviate(src_dict, "begin_timestamp", TypeError("expected an integer"))
            d["begin_timestamp"] = begin_timestamp
            begin_timestamp = UNSET

        remain_time = d.pop("remain_time", UNSET)
        if isinstance(remain_time, bool) or not isinstance(remain_time, (int, Unset)):
            deviate(src_dict, "remain_time", TypeError("expected an integer"))
            d["remain_time"] = remain_time
            remain_time = UNSET

        end_timestamp = d.pop("end_timestamp", UNSET)
        if isinstance(end_timestamp, bool) or not isinstance(end_timestamp, (int, Unset)):
            deviate(src_dict, "end_timestamp", TypeError("expected an integer"))
            d["end_timestamp"] = end_timestamp
            end_timestamp = UNSET

        rank = d.pop("rank", UNSET)
        if isinstance(rank, bool) or not isinstance(rank, (int, Unset)):
            deviate(src_dict, "rank", TypeError("expected an integer"))
            d["rank"] = rank
            rank = UNSET

        update_dev_env_instance_description_queuing_info_parameters = cls(
            id=id,
            name=name,
            de_type=de_type,
            flavor=flavor,
            flavor_details=flavor_details,
            status=status,
            begin_timestamp=begin_timestamp,
            remain_time=remain_time,
            end_timestamp=end_timestamp,
            rank=rank,
        )

        update_dev_env_instance_description_queuing_info_parameters.additional_properties = d
        return update_dev_env_instance_description_queuing_info_parameters

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


from ..models.update_dev_env_instance_description_flavor_details_parameters import (
    UpdateDevEnvInstanceDescriptionFlavorDetailsParameters,  # noqa: E402
)
