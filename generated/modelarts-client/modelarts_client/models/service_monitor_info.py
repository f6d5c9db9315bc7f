from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor import Monitor


T = TypeVar("T", bound="ServiceMonitorInfo")


@_attrs_define
class ServiceMonitorInfo:
    """Monitoring information of a service.

    Attributes:
        service_name (str): Service name.
        service_id (str): Service ID.
        monitors (list[Monitor]): Monitoring details, one entry per model (real-time services) or per edge node (edge
            services).
        service_running_instance_count (int | Unset): Number of running instances of the service.
        service_instance_count (int | Unset): Number of instances of the service.
        req_count_per_min (int | Unset): Calls to the service during the previous full minute.
    """

    service_name: str
    service_id: str
    monitors: list[Monitor]
    service_running_instance_count: int | Unset = UNSET
    service_instance_count: int | Unset = UNSET
    req_count_per_min: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_running_instance_count = self.service_running_instance_count

        service_instance_count = self.service_instance_count

        req_count_per_min = self.req_count_per_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.service_name is not UNREAD:
            service_name = self.service_name
            field_dict["service_name"] = service_name
        if self.service_id is not UNREAD:
            service_id = self.service_id
            field_dict["service_id"] = service_id
        if self.monitors is not UNREAD:
            monitors = []
            for monitors_item_data in self.monitors:
                monitors_item = monitors_item_data.to_dict()
                monitors.append(monitors_item)

            field_dict["monitors"] = monitors
        if service_running_instance_count is not UNSET:
            field_dict["service_running_instance_count"] = service_running_instance_count
        if service_instance_count is not UNSET:
            field_dict["service_instance_count"] = service_instance_count
        if req_count_per_min is not UNSET:
            field_dict["req_count_per_min"] = req_count_per_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        service_name = d.pop("service_name", UNSET)
        if not isinstance(service_name, (str)):
            deviate(src_dict, "service_name", TypeError("expected a string"))
            if not isinstance(service_name, Unset):
                d["service_name"] = service_name
            service_name = UNREAD

        service_id = d.pop("service_id", UNSET)
        if not isinstance(service_id, (str)):
            deviate(src_dict, "service_id", TypeError("expected a string"))
            if not isinstance(service_id, Unset):
                d["service_id"] = service_id
            service_id = UNREAD

        _raw_monitors = d.pop("monitors", UNSET)
        try:
            if isinstance(_raw_monitors, Unset):
                raise KeyError("monitors")
            monitors = []
            _monitors = _raw_monitors
            for monitors_item_data in _monitors:
                monitors_item = Monitor.from_dict(monitors_item_data)

                monitors.append(monitors_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "monitors", exc)
            if not isinstance(_raw_monitors, Unset):
                d["monitors"] = _raw_monitors
            monitors = UNREAD

        service_running_instance_count = d.pop("service_running_instance_count", UNSET)
        if isinstance(service_running_instance_count, bool) or not isinstance(
            service_running_instance_count, (int, Unset)
        ):
            deviate(src_dict, "service_running_instance_count", TypeError("expected an integer"))
            d["service_running_instance_count"] = service_running_instance_count
            service_running_instance_count = UNSET

        service_instance_count = d.pop("service_instance_count", UNSET)
        if isinstance(service_instance_count, bool) or not isinstance(service_instance_count, (int, Unset)):
            deviate(src_dict, "service_instance_count", TypeError("expected an integer"))
            d["service_instance_count"] = service_instance_count
            service_instance_count = UNSET

        req_count_per_min = d.pop("req_count_per_min", UNSET)
        if isinstance(req_count_per_min, bool) or not isinstance(req_count_per_min, (int, Unset)):
            deviate(src_dict, "req_count_per_min", TypeError("expected an integer"))
            d["req_count_per_min"] = req_count_per_min
            req_count_per_min = UNSET

        service_monitor_info = cls(
            service_name=service_name,
            service_id=service_id,
            monitors=monitors,
            service_running_instance_count=service_running_instance_count,
            service_instance_count=service_instance_count,
            req_count_per_min=req_count_per_min,
        )

        service_monitor_info.additional_properties = d
        return service_monitor_info

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


from ..models.monitor import Monitor  # noqa: E402
