from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.update_service_request_load_balancer_policy import UpdateServiceRequestLoadBalancerPolicy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule
    from ..models.service_config_request import ServiceConfigRequest
    from ..models.service_secret import ServiceSecret
    from ..models.update_service_request_additional_properties import UpdateServiceRequestAdditionalProperties


T = TypeVar("T", bound="UpdateServiceRequest")


@_attrs_define
class UpdateServiceRequest:
    """
    Attributes:
        schedule (list[Schedule] | Unset): Service scheduling configuration, which can be configured only for real-time
            services. By default, this parameter is not used. Services run for a long time.
        description (str | Unset): Service description, which contains a maximum of 100 characters and cannot contain
            the following characters: <>=&"'. If this parameter is not set, no update is performed.
        config (list[ServiceConfigRequest] | Unset): Service configuration. If this parameter is not configured, the
            service is not updated.
        status (str | Unset): Service status, which can be **running** or **stopped**. If this parameter is not
            configured, the service status is not changed. Either **status** or **config** can be modified. If both of them
            are used, modify **status** only.
        field_additional_properties (UpdateServiceRequestAdditionalProperties | Unset): Additional service attribute,
            which facilitates service management
        load_balancer_policy (UpdateServiceRequestLoadBalancerPolicy | Unset): Backend ELB forwarding policy that can be
            set only for synchronous real-time services. The value can be **ROUND_ROBIN** (weighted round robin),
            **LEAST_CONNECTIONS** (weighted least connections), or **SOURCE_IP** (source IP address algorithm).
        service_secrets (list[ServiceSecret] | Unset): Specifies the list of keys mounted to the service. If this
            parameter is not set, the key will not be updated.
        priority (int | Unset): Preemption priority. The value ranges from 1 to 3. The scheduling of high-priority
            services is guaranteed by setting the preemption priority. When infer_type is set to real-time or batch, the
            preemption priority can be set.
    """

    schedule: list[Schedule] | Unset = UNSET
    description: str | Unset = UNSET
    config: list[ServiceConfigRequest] | Unset = UNSET
    status: str | Unset = UNSET
    field_additional_properties: UpdateServiceRequestAdditionalProperties | Unset = UNSET
    load_balancer_policy: UpdateServiceRequestLoadBalancerPolicy | Unset = UNSET
    service_secrets: list[ServiceSecret] | Unset = UNSET
    priority: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        description = self.description

        config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = []
            for config_item_data in self.config:
                config_item = config_item_data.to_dict()
                config.append(config_item)

        status = self.status

        field_additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_additional_properties, Unset):
            field_additional_properties = self.field_additional_properties.to_dict()

        load_balancer_policy: str | Unset = UNSET
        if not isinstance(self.load_balancer_policy, Unset):
            load_balancer_policy = self.load_balancer_policy.value

        service_secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_secrets, Unset):
            service_secrets = []
            for service_secrets_item_data in self.service_secrets:
                service_secrets_item = service_secrets_item_data.to_dict()
                service_secrets.append(service_secrets_item)

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if description is not UNSET:
            field_dict["description"] = description
        if config is not UNSET:
            field_dict["config"] = config
        if status is not UNSET:
            field_dict["status"] = status
        if field_additional_properties is not UNSET:
            field_dict["additional_properties"] = field_additional_properties
        if load_balancer_policy is not UNSET:
            field_dict["load_balancer_policy"] = load_balancer_policy
        if service_secrets is not UNSET:
            field_dict["service_secrets"] = service_secrets
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_schedule = d.pop("schedule", UNSET)
        try:
            _schedule = _raw_schedule
            schedule: list[Schedule] | Unset = UNSET
            if _schedule is not UNSET:
                schedule = []
                for schedule_item_data in _schedule:
                    schedule_item = Schedule.from_dict(schedule_item_data)

                    schedule.append(schedule_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "schedule", exc)
            d["schedule"] = _raw_schedule
            schedule = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        _raw_config = d.pop("config", UNSET)
        try:
            _config = _raw_config
            config: list[ServiceConfigRequest] | Unset = UNSET
            if _config is not UNSET:
                config = []
                for config_item_data in _config:
                    config_item = ServiceConfigRequest.from_dict(config_item_data)

                    config.append(config_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "config", exc)
            d["config"] = _raw_config
            config = UNSET

        status = d.pop("status", UNSET)
        if not isinstance(status, (str, Unset)):
            deviate(src_dict, "status", TypeError("expected a string"))
            d["status"] = status
            status = UNSET

        _raw_field_additional_properties = d.pop("additional_properties", UNSET)
        try:
            _field_additional_properties = _raw_field_additional_properties
            field_additional_properties: UpdateServiceRequestAdditionalProperties | Unset
            if isinstance(_field_additional_properties, Unset):
                field_additional_properties = UNSET
            else:
                field_additional_properties = UpdateServiceRequestAdditionalProperties.from_dict(
                    _field_additional_properties
                )

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "additional_properties", exc)
            d["additional_properties"] = _raw_field_additional_properties
            field_additional_properties = UNSET

        _raw_load_balancer_policy = d.pop("load_balancer_policy", UNSET)
        try:
            _load_balancer_policy = _raw_load_balancer_policy
            load_balancer_policy: UpdateServiceRequestLoadBalancerPolicy | Unset
            if isinstance(_load_balancer_policy, Unset):
                load_balancer_policy = UNSET
            else:
                load_balancer_policy = member_of(UpdateServiceRequestLoadBalancerPolicy, _load_balancer_policy)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "load_balancer_policy", exc)
            d["load_balancer_policy"] = _raw_load_balancer_policy
            load_balancer_policy = UNSET

        _raw_service_secrets = d.pop("service_secrets", UNSET)
        try:
            _service_secrets = _raw_service_secrets
            service_secrets: list[ServiceSecret] | Unset = UNSET
            if _service_secrets is not UNSET:
                service_secrets = []
                for service_secrets_item_data in _service_secrets:
                    service_secrets_item = ServiceSecret.from_dict(service_secrets_item_data)

                    service_secrets.append(service_secrets_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "service_secrets", exc)
            d["service_secrets"] = _raw_service_secrets
            service_secrets = UNSET

        priority = d.pop("priority", UNSET)
        if isinstance(priority, bool) or not isinstance(priority, (int, Unset)):
            deviate(src_dict, "priority", TypeError("expected an integer"))
            d["priority"] = priority
            priority = UNSET

        update_service_request = cls(
            schedule=schedule,
            description=description,
            config=config,
            status=status,
            field_additional_properties=field_additional_properties,
            load_balancer_policy=load_balancer_policy,
            service_secrets=service_secrets,
            priority=priority,
        )

        update_service_request.additional_properties = d
        return update_service_request

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


from ..models.schedule import Schedule  # noqa: E402
from ..models.service_config_request import ServiceConfigRequest  # noqa: E402
from ..models.service_secret import ServiceSecret  # noqa: E402
from ..models.update_service_request_additional_properties import UpdateServiceRequestAdditionalProperties  # noqa: E402
