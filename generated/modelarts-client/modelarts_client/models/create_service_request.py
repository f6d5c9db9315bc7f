from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.create_service_request_infer_type import CreateServiceRequestInferType
from ..models.create_service_request_load_balancer_policy import CreateServiceRequestLoadBalancerPolicy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_service_request_additional_properties import CreateServiceRequestAdditionalProperties
    from ..models.schedule import Schedule
    from ..models.service_config_request import ServiceConfigRequest
    from ..models.service_secret import ServiceSecret


T = TypeVar("T", bound="CreateServiceRequest")


@_attrs_define
class CreateServiceRequest:
    """
    Attributes:
        infer_type (CreateServiceRequestInferType): Inference type. The value can be **real-time** or **batch**. -
            **real-time**: real-time service. A model is deployed as a web service that provides a real-time test UI and
            monitoring capabilities. The service keeps running. - **batch**: batch service. A batch service can perform
            inference on batch data and automatically stops after data processing is completed.
        service_name (str): Service name, which consists of 1 to 64 characters.
        config (list[ServiceConfigRequest]): Model running configurations. If **infer_type** is **batch**, you can
            configure only one model. If **infer_type** is **real-time**, you can configure multiple models and assign
            weights based on service requirements. However, the versions of multiple models must be unique.
        workspace_id (str | Unset): ID of the workspace to which the service belongs. If no workspace is created, the
            default value is 0. If a workspace is created and used, the actual value prevails.
        schedule (list[Schedule] | Unset): Service scheduling configuration, which can be configured only for real-time
            services. By default, this parameter is not used. Services run for a long time.
        cluster_id (str | Unset): Resource pool ID used for deploying a service. This parameter is optional. For real-
            time and batch services, the value is the ID of the old-version dedicated resource pool. After this parameter is
            configured, the network configuration of the cluster is used and the **vpc_id** parameter does not take effect.
            Ensure that the cluster status is normal when using a dedicated resource pool to deploy a service. If you want
            to use a dedicated resource pool, configure either **cluster_id** or **pool_name**. The priority of
            **pool_name** is higher than that of **cluster_id**. If neither of them is configured, a shared resource pool is
            used. When they are configured together with **cluster_id** or **pool_name** in the **config** field, the
            setting in **config** is preferentially used. For edge services, the value is the edge resource pool ID. To use
            an edge resource pool to deploy a service, ensure that the resource pool status is normal. If this parameter is
            configured together with the **cluster_id** parameter in the **config** field, the setting in **config** is
            preferentially used.
        pool_name (str | Unset): Resource pool ID of the elastic cluster in the AI dedicated resource pool used for
            service deployment. This parameter is optional for real-time and batch services. Ensure that the cluster status
            is normal when using a dedicated resource pool to deploy services. If this parameter is configured together with
            **cluster_id** or **pool_name** in **config**, the **config** settings are preferentially used. To use a
            dedicated resource pool, you need to configure either **cluster_id** or **pool_name**. The priority of
            **pool_name** is higher than that of **cluster_id**. If neither of them is configured, the shared resource pool
            is used.
        vpc_id (str | Unset): ID of the VPC to which a real-time service instance is deployed. By default, this
            parameter is left blank. In this case, ModelArts allocates a dedicated VPC to each user, and users are isolated
            from each other. To access other service components in the VPC of the service instance, set this parameter to
            the ID of the corresponding VPC. Once a VPC is configured, it cannot be modified. If both **vpc_id** and
            **cluster_id** are configured, only the dedicated resource pool takes effect.
        description (str | Unset): Service description, which is empty by default. The value can contain a maximum of
            100 characters and cannot contain the following special characters: !<>+&"'
        security_group_id (str | Unset): Security group. By default, this parameter is left blank. This parameter is
            mandatory if **vpc_id** is configured. A security group is a virtual firewall that provides secure network
            access control policies for service instances. A security group must contain at least one inbound rule to permit
            the requests whose protocol is TCP, source address is 0.0.0.0/0, and port number is 8080.
        subnet_network_id (str | Unset): ID of a subnet. By default, this parameter is left blank. This parameter is
            mandatory if **vpc_id** is configured. Enter the network ID displayed in the subnet details on the VPC
            management console. A subnet provides dedicated network resources that are isolated from other networks.
        field_additional_properties (CreateServiceRequestAdditionalProperties | Unset): Additional service attribute,
            which facilitates service management
        load_balancer_policy (CreateServiceRequestLoadBalancerPolicy | Unset): Backend ELB forwarding policy that can be
            set only for synchronous real-time services. The value can be **ROUND_ROBIN** (weighted round robin),
            **LEAST_CONNECTIONS** (weighted least connections), or **SOURCE_IP** (source IP address algorithm).
        service_secrets (list[ServiceSecret] | Unset): Specifies the list of keys mounted to the service. If this
            parameter is not set, the key will not be updated.
        priority (int | Unset): Preemption priority. The value ranges from 1 to 3. The scheduling of high-priority
            services is guaranteed by setting the preemption priority. When infer_type is set to real-time or batch, the
            preemption priority can be set.
    """

    infer_type: CreateServiceRequestInferType
    service_name: str
    config: list[ServiceConfigRequest]
    workspace_id: str | Unset = UNSET
    schedule: list[Schedule] | Unset = UNSET
    cluster_id: str | Unset = UNSET
    pool_name: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    description: str | Unset = UNSET
    security_group_id: str | Unset = UNSET
    subnet_network_id: str | Unset = UNSET
    field_additional_properties: CreateServiceRequestAdditionalProperties | Unset = UNSET
    load_balancer_policy: CreateServiceRequestLoadBalancerPolicy | Unset = UNSET
    service_secrets: list[ServiceSecret] | Unset = UNSET
    priority: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        cluster_id = self.cluster_id

        pool_name = self.pool_name

        vpc_id = self.vpc_id

        description = self.description

        security_group_id = self.security_group_id

        subnet_network_id = self.subnet_network_id

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
        if self.infer_type is not UNREAD:
            infer_type = self.infer_type.value
            field_dict["infer_type"] = infer_type
        if self.service_name is not UNREAD:
            service_name = self.service_name
            field_dict["service_name"] = service_name
        if self.config is not UNREAD:
            config = []
            for config_item_data in self.config:
                config_item = config_item_data.to_dict()
                config.append(config_item)

            field_dict["config"] = config
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if description is not UNSET:
            field_dict["description"] = description
        if security_group_id is not UNSET:
            field_dict["security_group_id"] = security_group_id
        if subnet_network_id is not UNSET:
            field_dict["subnet_network_id"] = subnet_network_id
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
        _raw_infer_type = d.pop("infer_type", UNSET)
        try:
            if isinstance(_raw_infer_type, Unset):
                raise KeyError("infer_type")
            infer_type = member_of(CreateServiceRequestInferType, _raw_infer_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "infer_type", exc)
            if not isinstance(_raw_infer_type, Unset):
                d["infer_type"] = _raw_infer_type
            infer_type = UNREAD

        service_name = d.pop("service_name", UNSET)
        if not isinstance(service_name, (str)):
            deviate(src_dict, "service_name", TypeError("expected a string"))
            if not isinstance(service_name, Unset):
                d["service_name"] = service_name
            service_name = UNREAD

        _raw_config = d.pop("config", UNSET)
        try:
            if isinstance(_raw_config, Unset):
                raise KeyError("config")
            config = []
            _config = _raw_config
            for config_item_data in _config:
                config_item = ServiceConfigRequest.from_dict(config_item_data)

                config.append(config_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "config", exc)
            if not isinstance(_raw_config, Unset):
                d["config"] = _raw_config
            config = UNREAD

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

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

        cluster_id = d.pop("cluster_id", UNSET)
        if not isinstance(cluster_id, (str, Unset)):
            deviate(src_dict, "cluster_id", TypeError("expected a string"))
            d["cluster_id"] = cluster_id
            cluster_id = UNSET

        pool_name = d.pop("pool_name", UNSET)
        if not isinstance(pool_name, (str, Unset)):
            deviate(src_dict, "pool_name", TypeError("expected a string"))
            d["pool_name"] = pool_name
            pool_name = UNSET

        vpc_id = d.pop("vpc_id", UNSET)
        if not isinstance(vpc_id, (str, Unset)):
            deviate(src_dict, "vpc_id", TypeError("expected a string"))
            d["vpc_id"] = vpc_id
            vpc_id = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        security_group_id = d.pop("security_group_id", UNSET)
        if not isinstance(security_group_id, (str, Unset)):
            deviate(src_dict, "security_group_id", TypeError("expected a string"))
            d["security_group_id"] = security_group_id
            security_group_id = UNSET

        subnet_network_id = d.pop("subnet_network_id", UNSET)
        if not isinstance(subnet_network_id, (str, Unset)):
            deviate(src_dict, "subnet_network_id", TypeError("expected a string"))
            d["subnet_network_id"] = subnet_network_id
            subnet_network_id = UNSET

        _raw_field_additional_properties = d.pop("additional_properties", UNSET)
        try:
            _field_additional_properties = _raw_field_additional_properties
            field_additional_properties: CreateServiceRequestAdditionalProperties | Unset
            if isinstance(_field_additional_properties, Unset):
                field_additional_properties = UNSET
            else:
                field_additional_properties = CreateServiceRequestAdditionalProperties.from_dict(
                    _field_additional_properties
                )

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "additional_properties", exc)
            d["additional_properties"] = _raw_field_additional_properties
            field_additional_properties = UNSET

        _raw_load_balancer_policy = d.pop("load_balancer_policy", UNSET)
        try:
            _load_balancer_policy = _raw_load_balancer_policy
            load_balancer_policy: CreateServiceRequestLoadBalancerPolicy | Unset
            if isinstance(_load_balancer_policy, Unset):
                load_balancer_policy = UNSET
            else:
                load_balancer_policy = member_of(CreateServiceRequestLoadBalancerPolicy, _load_balancer_policy)

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

        create_service_request = cls(
            infer_type=infer_type,
            service_name=service_name,
            config=config,
            workspace_id=workspace_id,
            schedule=schedule,
            cluster_id=cluster_id,
            pool_name=pool_name,
            vpc_id=vpc_id,
            description=description,
            security_group_id=security_group_id,
            subnet_network_id=subnet_network_id,
            field_additional_properties=field_additional_properties,
            load_balancer_policy=load_balancer_policy,
            service_secrets=service_secrets,
            priority=priority,
        )

        create_service_request.additional_properties = d
        return create_service_request

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


from ..models.create_service_request_additional_properties import CreateServiceRequestAdditionalProperties  # noqa: E402
from ..models.schedule import Schedule  # noqa: E402
from ..models.service_config_request import ServiceConfigRequest  # noqa: E402
from ..models.service_secret import ServiceSecret  # noqa: E402
