from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.service_detail_infer_type import ServiceDetailInferType
from ..models.service_detail_status import ServiceDetailStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_config import ServiceConfig
    from ..models.service_detail_additional_properties import ServiceDetailAdditionalProperties
    from ..models.service_schedule import ServiceSchedule


T = TypeVar("T", bound="ServiceDetail")


@_attrs_define
class ServiceDetail:
    """Details of a service. The manual prints no field table for this operation; the fields come from the current CN page
    and the older OTC edition (not in the manual's excerpt).

        Attributes:
            service_id (str): Service ID.
            service_name (str): Service name.
            description (str | Unset): Service description.
            tenant (str | Unset): Tenant the service belongs to.
            project (str | Unset): Project the service belongs to.
            owner (str | Unset): User the service belongs to.
            publish_at (int | Unset): Latest release time of the service, in milliseconds since the Unix epoch.
            infer_type (ServiceDetailInferType | Unset): Inference mode: `real-time` (real-time service), `batch` (batch
                service) or `edge` (edge service).
            workspace_id (str | Unset): Workspace ID.
            cluster_id (str | Unset): Dedicated resource pool of a real-time or batch service, or edge resource pool of an
                edge service; returned only when such a pool is configured.
            vpc_id (str | Unset): VPC of the real-time service instances; returned when a custom network is configured.
            subnet_network_id (str | Unset): Subnet network ID of the real-time service instances; returned when a custom
                network is configured.
            security_group_id (str | Unset): Security group of the real-time service instances; returned when a custom
                network is configured.
            status (ServiceDetailStatus | Unset): Service status: `running` (serving normally), `deploying` (being
                deployed), `concerning` (partially ready: some instances are abnormal), `failed` (deployment failed, see
                `error_msg`), `stopped`, `finished` (batch services only: the job completed), and the transitional `stopping`,
                `deleting`, `pending` and `waiting`.
            progress (int | Unset): Deployment progress in percent; meaningful while the status is `deploying`.
            error_msg (str | Unset): Cause of the failure; returned when the status is `failed`.
            config (list[ServiceConfig] | Unset): Model configurations of the service, shaped by `infer_type`. For a shared
                service only `model_id`, `model_name` and `model_version` are returned.
            access_address (str | Unset): Address for inference requests; returned for real-time services.
            bind_access_address (str | Unset): Request address of the custom domain name; returned once a domain name is
                bound.
            invocation_times (int | Unset): Total calls to the service.
            failed_times (int | Unset): Failed calls to the service.
            is_shared (bool | Unset): Whether the service is a subscribed (shared) service.
            shared_count (int | Unset): Number of subscriptions of the service.
            schedule (list[ServiceSchedule] | Unset): Scheduling configuration of the service (automatic stop); absent when
                none is set.
            update_time (int | Unset): Time the configuration used by the service was last updated, in milliseconds since
                the Unix epoch.
            debug_url (str | Unset): Online debugging address of a real-time service; returned only when the model supports
                online debugging and the service has a single instance.
            due_time (int | Unset): Time a real-time service stops automatically, in milliseconds since the Unix epoch.
            operation_time (int | Unset): Time of the last operation request on the service, in milliseconds since the Unix
                epoch.
            transition_at (int | Unset): Time the service status last changed, in milliseconds since the Unix epoch.
            is_free (bool | Unset): Whether the service uses a free flavor.
            field_additional_properties (ServiceDetailAdditionalProperties | Unset): Additional service attributes, e.g. an
                SMN notification and log report channels.
            pool_name (str | Unset): Dedicated resource pool the service runs in (not in the manual's excerpt).
            load_balancer_policy (str | Unset): Load balancing policy of the service's instances (not in the manual's
                excerpt; from the English edition).
            priority (int | Unset): Scheduling priority of the service (not in the manual's excerpt; from the English
                edition).
    """

    service_id: str
    service_name: str
    description: str | Unset = UNSET
    tenant: str | Unset = UNSET
    project: str | Unset = UNSET
    owner: str | Unset = UNSET
    publish_at: int | Unset = UNSET
    infer_type: ServiceDetailInferType | Unset = UNSET
    workspace_id: str | Unset = UNSET
    cluster_id: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    subnet_network_id: str | Unset = UNSET
    security_group_id: str | Unset = UNSET
    status: ServiceDetailStatus | Unset = UNSET
    progress: int | Unset = UNSET
    error_msg: str | Unset = UNSET
    config: list[ServiceConfig] | Unset = UNSET
    access_address: str | Unset = UNSET
    bind_access_address: str | Unset = UNSET
    invocation_times: int | Unset = UNSET
    failed_times: int | Unset = UNSET
    is_shared: bool | Unset = UNSET
    shared_count: int | Unset = UNSET
    schedule: list[ServiceSchedule] | Unset = UNSET
    update_time: int | Unset = UNSET
    debug_url: str | Unset = UNSET
    due_time: int | Unset = UNSET
    operation_time: int | Unset = UNSET
    transition_at: int | Unset = UNSET
    is_free: bool | Unset = UNSET
    field_additional_properties: ServiceDetailAdditionalProperties | Unset = UNSET
    pool_name: str | Unset = UNSET
    load_balancer_policy: str | Unset = UNSET
    priority: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        tenant = self.tenant

        project = self.project

        owner = self.owner

        publish_at = self.publish_at

        infer_type: str | Unset = UNSET
        if not isinstance(self.infer_type, Unset):
            infer_type = self.infer_type.value

        workspace_id = self.workspace_id

        cluster_id = self.cluster_id

        vpc_id = self.vpc_id

        subnet_network_id = self.subnet_network_id

        security_group_id = self.security_group_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        progress = self.progress

        error_msg = self.error_msg

        config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = []
            for config_item_data in self.config:
                config_item = config_item_data.to_dict()
                config.append(config_item)

        access_address = self.access_address

        bind_access_address = self.bind_access_address

        invocation_times = self.invocation_times

        failed_times = self.failed_times

        is_shared = self.is_shared

        shared_count = self.shared_count

        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        update_time = self.update_time

        debug_url = self.debug_url

        due_time = self.due_time

        operation_time = self.operation_time

        transition_at = self.transition_at

        is_free = self.is_free

        field_additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_additional_properties, Unset):
            field_additional_properties = self.field_additional_properties.to_dict()

        pool_name = self.pool_name

        load_balancer_policy = self.load_balancer_policy

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.service_id is not UNREAD:
            service_id = self.service_id
            field_dict["service_id"] = service_id
        if self.service_name is not UNREAD:
            service_name = self.service_name
            field_dict["service_name"] = service_name
        if description is not UNSET:
            field_dict["description"] = description
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if project is not UNSET:
            field_dict["project"] = project
        if owner is not UNSET:
            field_dict["owner"] = owner
        if publish_at is not UNSET:
            field_dict["publish_at"] = publish_at
        if infer_type is not UNSET:
            field_dict["infer_type"] = infer_type
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if subnet_network_id is not UNSET:
            field_dict["subnet_network_id"] = subnet_network_id
        if security_group_id is not UNSET:
            field_dict["security_group_id"] = security_group_id
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if config is not UNSET:
            field_dict["config"] = config
        if access_address is not UNSET:
            field_dict["access_address"] = access_address
        if bind_access_address is not UNSET:
            field_dict["bind_access_address"] = bind_access_address
        if invocation_times is not UNSET:
            field_dict["invocation_times"] = invocation_times
        if failed_times is not UNSET:
            field_dict["failed_times"] = failed_times
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if shared_count is not UNSET:
            field_dict["shared_count"] = shared_count
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if debug_url is not UNSET:
            field_dict["debug_url"] = debug_url
        if due_time is not UNSET:
            field_dict["due_time"] = due_time
        if operation_time is not UNSET:
            field_dict["operation_time"] = operation_time
        if transition_at is not UNSET:
            field_dict["transition_at"] = transition_at
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
        if field_additional_properties is not UNSET:
            field_dict["additional_properties"] = field_additional_properties
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if load_balancer_policy is not UNSET:
            field_dict["load_balancer_policy"] = load_balancer_policy
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        service_id = d.pop("service_id", UNSET)
        if not isinstance(service_id, (str)):
            deviate(src_dict, "service_id", TypeError("expected a string"))
            if not isinstance(service_id, Unset):
                d["service_id"] = service_id
            service_id = UNREAD

        service_name = d.pop("service_name", UNSET)
        if not isinstance(service_name, (str)):
            deviate(src_dict, "service_name", TypeError("expected a string"))
            if not isinstance(service_name, Unset):
                d["service_name"] = service_name
            service_name = UNREAD

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        tenant = d.pop("tenant", UNSET)
        if not isinstance(tenant, (str, Unset)):
            deviate(src_dict, "tenant", TypeError("expected a string"))
            d["tenant"] = tenant
            tenant = UNSET

        project = d.pop("project", UNSET)
        if not isinstance(project, (str, Unset)):
            deviate(src_dict, "project", TypeError("expected a string"))
            d["project"] = project
            project = UNSET

        owner = d.pop("owner", UNSET)
        if not isinstance(owner, (str, Unset)):
            deviate(src_dict, "owner", TypeError("expected a string"))
            d["owner"] = owner
            owner = UNSET

        publish_at = d.pop("publish_at", UNSET)
        if isinstance(publish_at, bool) or not isinstance(publish_at, (int, Unset)):
            deviate(src_dict, "publish_at", TypeError("expected an integer"))
            d["publish_at"] = publish_at
            publish_at = UNSET

        _raw_infer_type = d.pop("infer_type", UNSET)
        try:
            _infer_type = _raw_infer_type
            infer_type: ServiceDetailInferType | Unset
            if isinstance(_infer_type, Unset):
                infer_type = UNSET
            else:
                infer_type = member_of(ServiceDetailInferType, _infer_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "infer_type", exc)
            d["infer_type"] = _raw_infer_type
            infer_type = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        cluster_id = d.pop("cluster_id", UNSET)
        if not isinstance(cluster_id, (str, Unset)):
            deviate(src_dict, "cluster_id", TypeError("expected a string"))
            d["cluster_id"] = cluster_id
            cluster_id = UNSET

        vpc_id = d.pop("vpc_id", UNSET)
        if not isinstance(vpc_id, (str, Unset)):
            deviate(src_dict, "vpc_id", TypeError("expected a string"))
            d["vpc_id"] = vpc_id
            vpc_id = UNSET

        subnet_network_id = d.pop("subnet_network_id", UNSET)
        if not isinstance(subnet_network_id, (str, Unset)):
            deviate(src_dict, "subnet_network_id", TypeError("expected a string"))
            d["subnet_network_id"] = subnet_network_id
            subnet_network_id = UNSET

        security_group_id = d.pop("security_group_id", UNSET)
        if not isinstance(security_group_id, (str, Unset)):
            deviate(src_dict, "security_group_id", TypeError("expected a string"))
            d["security_group_id"] = security_group_id
            security_group_id = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: ServiceDetailStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(ServiceDetailStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        progress = d.pop("progress", UNSET)
        if isinstance(progress, bool) or not isinstance(progress, (int, Unset)):
            deviate(src_dict, "progress", TypeError("expected an integer"))
            d["progress"] = progress
            progress = UNSET

        error_msg = d.pop("error_msg", UNSET)
        if not isinstance(error_msg, (str, Unset)):
            deviate(src_dict, "error_msg", TypeError("expected a string"))
            d["error_msg"] = error_msg
            error_msg = UNSET

        _raw_config = d.pop("config", UNSET)
        try:
            _config = _raw_config
            config: list[ServiceConfig] | Unset = UNSET
            if _config is not UNSET:
                config = []
                for config_item_data in _config:
                    config_item = ServiceConfig.from_dict(config_item_data)

                    config.append(config_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "config", exc)
            d["config"] = _raw_config
            config = UNSET

        access_address = d.pop("access_address", UNSET)
        if not isinstance(access_address, (str, Unset)):
            deviate(src_dict, "access_address", TypeError("expected a string"))
            d["access_address"] = access_address
            access_address = UNSET

        bind_access_address = d.pop("bind_access_address", UNSET)
        if not isinstance(bind_access_address, (str, Unset)):
            deviate(src_dict, "bind_access_address", TypeError("expected a string"))
            d["bind_access_address"] = bind_access_address
            bind_access_address = UNSET

        invocation_times = d.pop("invocation_times", UNSET)
        if isinstance(invocation_times, bool) or not isinstance(invocation_times, (int, Unset)):
            deviate(src_dict, "invocation_times", TypeError("expected an integer"))
            d["invocation_times"] = invocation_times
            invocation_times = UNSET

        failed_times = d.pop("failed_times", UNSET)
        if isinstance(failed_times, bool) or not isinstance(failed_times, (int, Unset)):
            deviate(src_dict, "failed_times", TypeError("expected an integer"))
            d["failed_times"] = failed_times
            failed_times = UNSET

        is_shared = d.pop("is_shared", UNSET)
        if not isinstance(is_shared, (bool, Unset)):
            deviate(src_dict, "is_shared", TypeError("expected a boolean"))
            d["is_shared"] = is_shared
            is_shared = UNSET

        shared_count = d.pop("shared_count", UNSET)
        if isinstance(shared_count, bool) or not isinstance(shared_count, (int, Unset)):
            deviate(src_dict, "shared_count", TypeError("expected an integer"))
            d["shared_count"] = shared_count
            shared_count = UNSET

        _raw_schedule = d.pop("schedule", UNSET)
        try:
            _schedule = _raw_schedule
            schedule: list[ServiceSchedule] | Unset = UNSET
            if _schedule is not UNSET:
                schedule = []
                for schedule_item_data in _schedule:
                    schedule_item = ServiceSchedule.from_dict(schedule_item_data)

                    schedule.append(schedule_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "schedule", exc)
            d["schedule"] = _raw_schedule
            schedule = UNSET

        update_time = d.pop("update_time", UNSET)
        if isinstance(update_time, bool) or not isinstance(update_time, (int, Unset)):
            deviate(src_dict, "update_time", TypeError("expected an integer"))
            d["update_time"] = update_time
            update_time = UNSET

        debug_url = d.pop("debug_url", UNSET)
        if not isinstance(debug_url, (str, Unset)):
            deviate(src_dict, "debug_url", TypeError("expected a string"))
            d["debug_url"] = debug_url
            debug_url = UNSET

        due_time = d.pop("due_time", UNSET)
        if isinstance(due_time, bool) or not isinstance(due_time, (int, Unset)):
            deviate(src_dict, "due_time", TypeError("expected an integer"))
            d["due_time"] = due_time
            due_time = UNSET

        operation_time = d.pop("operation_time", UNSET)
        if isinstance(operation_time, bool) or not isinstance(operation_time, (int, Unset)):
            deviate(src_dict, "operation_time", TypeError("expected an integer"))
            d["operation_time"] = operation_time
            operation_time = UNSET

        transition_at = d.pop("transition_at", UNSET)
        if isinstance(transition_at, bool) or not isinstance(transition_at, (int, Unset)):
            deviate(src_dict, "transition_at", TypeError("expected an integer"))
            d["transition_at"] = transition_at
            transition_at = UNSET

        is_free = d.pop("is_free", UNSET)
        if not isinstance(is_free, (bool, Unset)):
            deviate(src_dict, "is_free", TypeError("expected a boolean"))
            d["is_free"] = is_free
            is_free = UNSET

        _raw_field_additional_properties = d.pop("additional_properties", UNSET)
        try:
            _field_additional_properties = _raw_field_additional_properties
            field_additional_properties: ServiceDetailAdditionalProperties | Unset
            if isinstance(_field_additional_properties, Unset):
                field_additional_properties = UNSET
            else:
                field_additional_properties = ServiceDetailAdditionalProperties.from_dict(_field_additional_properties)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "additional_properties", exc)
            d["additional_properties"] = _raw_field_additional_properties
            field_additional_properties = UNSET

        pool_name = d.pop("pool_name", UNSET)
        if not isinstance(pool_name, (str, Unset)):
            deviate(src_dict, "pool_name", TypeError("expected a string"))
            d["pool_name"] = pool_name
            pool_name = UNSET

        load_balancer_policy = d.pop("load_balancer_policy", UNSET)
        if not isinstance(load_balancer_policy, (str, Unset)):
            deviate(src_dict, "load_balancer_policy", TypeError("expected a string"))
            d["load_balancer_policy"] = load_balancer_policy
            load_balancer_policy = UNSET

        priority = d.pop("priority", UNSET)
        if isinstance(priority, bool) or not isinstance(priority, (int, Unset)):
            deviate(src_dict, "priority", TypeError("expected an integer"))
            d["priority"] = priority
            priority = UNSET

        service_detail = cls(
            service_id=service_id,
            service_name=service_name,
            description=description,
            tenant=tenant,
            project=project,
            owner=owner,
            publish_at=publish_at,
            infer_type=infer_type,
            workspace_id=workspace_id,
            cluster_id=cluster_id,
            vpc_id=vpc_id,
            subnet_network_id=subnet_network_id,
            security_group_id=security_group_id,
            status=status,
            progress=progress,
            error_msg=error_msg,
            config=config,
            access_address=access_address,
            bind_access_address=bind_access_address,
            invocation_times=invocation_times,
            failed_times=failed_times,
            is_shared=is_shared,
            shared_count=shared_count,
            schedule=schedule,
            update_time=update_time,
            debug_url=debug_url,
            due_time=due_time,
            operation_time=operation_time,
            transition_at=transition_at,
            is_free=is_free,
            field_additional_properties=field_additional_properties,
            pool_name=pool_name,
            load_balancer_policy=load_balancer_policy,
            priority=priority,
        )

        service_detail.additional_properties = d
        return service_detail

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


from ..models.service_config import ServiceConfig  # noqa: E402
from ..models.service_detail_additional_properties import ServiceDetailAdditionalProperties  # noqa: E402
from ..models.service_schedule import ServiceSchedule  # noqa: E402
