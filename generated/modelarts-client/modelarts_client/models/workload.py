from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.workload_api_version import WorkloadApiVersion
from ..models.workload_kind import WorkloadKind
from ..models.workload_type import WorkloadType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_requirement import ResourceRequirement
    from ..models.workload_node_vo import WorkloadNodeVO
    from ..models.workload_resource_requirement_type_1 import WorkloadResourceRequirementType1


T = TypeVar("T", bound="Workload")


@_attrs_define
class Workload:
    """
    Attributes:
        api_version (WorkloadApiVersion | Unset): Resource version. Options: - **v1**
        kind (WorkloadKind | Unset): Resource type. Options: - **Workload**
        type_ (WorkloadType | Unset): Service type of a job. The options are as follows: - **train**: training job -
            **infer**: inference service
        namespace (str | Unset): ID of the resource pool to which a job belongs.
        name (str | Unset): Job name
        job_name (str | Unset): Upper-layer service job name
        uid (str | Unset): Job UID
        job_uuid (str | Unset): Upper-layer service job ID
        flavor (str | Unset): Job specifications
        status (str | Unset): Job status
        resource_requirement (list[ResourceRequirement] | Unset | WorkloadResourceRequirementType1): Number of resources
            requested for running a job
        priority (str | Unset): Job priority
        running_duration (int | Unset): Running duration of a job
        pending_duration (int | Unset): Queuing duration of a job
        pending_position (int | Unset): Queuing position of a job
        create_time (int | Unset): Job creation time
        gvk (str | Unset): GVK of a job
        host_ips (str | Unset): IP addresses of the nodes where a job is running. The values are separated with commas
            (,).
        nodes (WorkloadNodeVO | Unset):
    """

    api_version: WorkloadApiVersion | Unset = UNSET
    kind: WorkloadKind | Unset = UNSET
    type_: WorkloadType | Unset = UNSET
    namespace: str | Unset = UNSET
    name: str | Unset = UNSET
    job_name: str | Unset = UNSET
    uid: str | Unset = UNSET
    job_uuid: str | Unset = UNSET
    flavor: str | Unset = UNSET
    status: str | Unset = UNSET
    resource_requirement: list[ResourceRequirement] | Unset | WorkloadResourceRequirementType1 = UNSET
    priority: str | Unset = UNSET
    running_duration: int | Unset = UNSET
    pending_duration: int | Unset = UNSET
    pending_position: int | Unset = UNSET
    create_time: int | Unset = UNSET
    gvk: str | Unset = UNSET
    host_ips: str | Unset = UNSET
    nodes: WorkloadNodeVO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        namespace = self.namespace

        name = self.name

        job_name = self.job_name

        uid = self.uid

        job_uuid = self.job_uuid

        flavor = self.flavor

        status = self.status

        resource_requirement: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.resource_requirement, Unset):
            resource_requirement = UNSET
        elif isinstance(self.resource_requirement, list):
            resource_requirement = []
            for resource_requirement_type_0_item_data in self.resource_requirement:
                resource_requirement_type_0_item = resource_requirement_type_0_item_data.to_dict()
                resource_requirement.append(resource_requirement_type_0_item)

        else:
            resource_requirement = self.resource_requirement.to_dict()

        priority = self.priority

        running_duration = self.running_duration

        pending_duration = self.pending_duration

        pending_position = self.pending_position

        create_time = self.create_time

        gvk = self.gvk

        host_ips = self.host_ips

        nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if type_ is not UNSET:
            field_dict["type"] = type_
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if name is not UNSET:
            field_dict["name"] = name
        if job_name is not UNSET:
            field_dict["jobName"] = job_name
        if uid is not UNSET:
            field_dict["uid"] = uid
        if job_uuid is not UNSET:
            field_dict["jobUUID"] = job_uuid
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if status is not UNSET:
            field_dict["status"] = status
        if resource_requirement is not UNSET:
            field_dict["resourceRequirement"] = resource_requirement
        if priority is not UNSET:
            field_dict["priority"] = priority
        if running_duration is not UNSET:
            field_dict["runningDuration"] = running_duration
        if pending_duration is not UNSET:
            field_dict["pendingDuration"] = pending_duration
        if pending_position is not UNSET:
            field_dict["pendingPosition"] = pending_position
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if gvk is not UNSET:
            field_dict["gvk"] = gvk
        if host_ips is not UNSET:
            field_dict["hostIps"] = host_ips
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_api_version = d.pop("apiVersion", UNSET)
        try:
            _api_version = _raw_api_version
            api_version: WorkloadApiVersion | Unset
            if isinstance(_api_version, Unset):
                api_version = UNSET
            else:
                api_version = member_of(WorkloadApiVersion, _api_version)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "apiVersion", exc)
            d["apiVersion"] = _raw_api_version
            api_version = UNSET

        _raw_kind = d.pop("kind", UNSET)
        try:
            _kind = _raw_kind
            kind: WorkloadKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = member_of(WorkloadKind, _kind)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "kind", exc)
            d["kind"] = _raw_kind
            kind = UNSET

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: WorkloadType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(WorkloadType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        namespace = d.pop("namespace", UNSET)
        if not isinstance(namespace, (str, Unset)):
            deviate(src_dict, "namespace", TypeError("expected a string"))
            d["namespace"] = namespace
            namespace = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        job_name = d.pop("jobName", UNSET)
        if not isinstance(job_name, (str, Unset)):
            deviate(src_dict, "jobName", TypeError("expected a string"))
            d["jobName"] = job_name
            job_name = UNSET

        uid = d.pop("uid", UNSET)
        if not isinstance(uid, (str, Unset)):
            deviate(src_dict, "uid", TypeError("expected a string"))
            d["uid"] = uid
            uid = UNSET

        job_uuid = d.pop("jobUUID", UNSET)
        if not isinstance(job_uuid, (str, Unset)):
            deviate(src_dict, "jobUUID", TypeError("expected a string"))
            d["jobUUID"] = job_uuid
            job_uuid = UNSET

        flavor = d.pop("flavor", UNSET)
        if not isinstance(flavor, (str, Unset)):
            deviate(src_dict, "flavor", TypeError("expected a string"))
            d["flavor"] = flavor
            flavor = UNSET

        status = d.pop("status", UNSET)
        if not isinstance(status, (str, Unset)):
            deviate(src_dict, "status", TypeError("expected a string"))
            d["status"] = status
            status = UNSET

        _raw_resource_requirement = d.pop("resourceRequirement", UNSET)
        try:

            def _parse_resource_requirement(
                data: object,
            ) -> list[ResourceRequirement] | Unset | WorkloadResourceRequirementType1:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    resource_requirement_type_0 = []
                    _resource_requirement_type_0 = data
                    for resource_requirement_type_0_item_data in _resource_requirement_type_0:
                        resource_requirement_type_0_item = ResourceRequirement.from_dict(
                            resource_requirement_type_0_item_data
                        )

                        resource_requirement_type_0.append(resource_requirement_type_0_item)

                    return resource_requirement_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                resource_requirement_type_1 = WorkloadResourceRequirementType1.from_dict(data)

                return resource_requirement_type_1

            resource_requirement = _parse_resource_requirement(_raw_resource_requirement)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resourceRequirement", exc)
            d["resourceRequirement"] = _raw_resource_requirement
            resource_requirement = UNSET

        priority = d.pop("priority", UNSET)
        if not isinstance(priority, (str, Unset)):
            deviate(src_dict, "priority", TypeError("expected a string"))
            d["priority"] = priority
            priority = UNSET

        running_duration = d.pop("runningDuration", UNSET)
        if isinstance(running_duration, bool) or not isinstance(running_duration, (int, Unset)):
            deviate(src_dict, "runningDuration", TypeError("expected an integer"))
            d["runningDuration"] = running_duration
            running_duration = UNSET

        pending_duration = d.pop("pendingDuration", UNSET)
        if isinstance(pending_duration, bool) or not isinstance(pending_duration, (int, Unset)):
            deviate(src_dict, "pendingDuration", TypeError("expected an integer"))
            d["pendingDuration"] = pending_duration
            pending_duration = UNSET

        pending_position = d.pop("pendingPosition", UNSET)
        if isinstance(pending_position, bool) or not isinstance(pending_position, (int, Unset)):
            deviate(src_dict, "pendingPosition", TypeError("expected an integer"))
            d["pendingPosition"] = pending_position
            pending_position = UNSET

        create_time = d.pop("createTime", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "createTime", TypeError("expected an integer"))
            d["createTime"] = create_time
            create_time = UNSET

        gvk = d.pop("gvk", UNSET)
        if not isinstance(gvk, (str, Unset)):
            deviate(src_dict, "gvk", TypeError("expected a string"))
            d["gvk"] = gvk
            gvk = UNSET

        host_ips = d.pop("hostIps", UNSET)
        if not isinstance(host_ips, (str, Unset)):
            deviate(src_dict, "hostIps", TypeError("expected a string"))
            d["hostIps"] = host_ips
            host_ips = UNSET

        _raw_nodes = d.pop("nodes", UNSET)
        try:
            _nodes = _raw_nodes
            nodes: WorkloadNodeVO | Unset
            if isinstance(_nodes, Unset):
                nodes = UNSET
            else:
                nodes = WorkloadNodeVO.from_dict(_nodes)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "nodes", exc)
            d["nodes"] = _raw_nodes
            nodes = UNSET

        workload = cls(
            api_version=api_version,
            kind=kind,
            type_=type_,
            namespace=namespace,
            name=name,
            job_name=job_name,
            uid=uid,
            job_uuid=job_uuid,
            flavor=flavor,
            status=status,
            resource_requirement=resource_requirement,
            priority=priority,
            running_duration=running_duration,
            pending_duration=pending_duration,
            pending_position=pending_position,
            create_time=create_time,
            gvk=gvk,
            host_ips=host_ips,
            nodes=nodes,
        )

        workload.additional_properties = d
        return workload

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


from ..models.resource_requirement import ResourceRequirement  # noqa: E402
from ..models.workload_node_vo import WorkloadNodeVO  # noqa: E402
from ..models.workload_resource_requirement_type_1 import WorkloadResourceRequirementType1  # noqa: E402
