from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.list_services_item_infer_type import ListServicesItemInferType
from ..models.list_services_item_status import ListServicesItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_services_item_additional_properties import ListServicesItemAdditionalProperties
    from ..models.list_services_schedule import ListServicesSchedule


T = TypeVar("T", bound="ListServicesItem")


@_attrs_define
class ListServicesItem:
    """
    Attributes:
        failed_times (int | Unset): Number of failed service calls
        owner (str | Unset): User to which a service belongs
        due_time (float | Unset): Time when an online service automatically stops, in milliseconds calculated from
            1970.1.1 0:0:0 UTC. This parameter is not returned if automatic stop is not configured.
        finished_time (float | Unset): Batch service completion time, in milliseconds calculated from 1970.1.1 0:0:0
            UTC. This parameter is returned only when the service is a batch service.
        infer_type (ListServicesItemInferType | Unset): Inference mode. Options: - **real-time** - **batch**
        service_name (str | Unset): Service name
        description (str | Unset): Service description.
        project (str | Unset): Project to which a service belongs
        invocation_times (int | Unset): Total number of service calls
        publish_at (int | Unset): Latest service release time, in milliseconds calculated from 1970.1.1 0:0:0 UTC.
        workspace_id (int | str | Unset): Workspace ID
        schedule (list[ListServicesSchedule] | Unset): Service scheduling configuration. If this parameter is not
            configured, no value will be returned.
        start_time (float | Unset): Batch service start time, in milliseconds calculated from 1970.1.1 0:0:0 UTC. This
            parameter is returned only when the service is a batch service.
        operation_time (float | Unset): Operation time of a request
        is_shared (bool | Unset): Whether a service is subscribed True indicates that the service is a subscription
            service.
        service_id (str | Unset): Service ID
        progress (int | Unset): Deployment progress. This parameter is available when the status is **deploying**.
        shared_count (float | Unset): Number of subscribed services
        tenant (str | Unset): Tenant to which a service belongs
        status (ListServicesItemStatus | Unset): Service status. The options are as follows: - **running**: The service
            is running properly. - **deploying**: The service is being deployed, including image creation and resource
            scheduling deployment. - **concerning**: An alarm has been generated, indicating that some backend instances
            malfunction. - **failed**: Deploying the service failed. For details about the failure cause, see the event and
            log tab pages. - **stopped**: The service has been stopped. - **finished**: Service running is completed. This
            status is available only for batch services.
        is_opened_sample_collection (str | Unset): Whether to enable data collection, which defaults to **false**
        transition_at (float | Unset): Time when the service status changes
        is_free (bool | Unset): Whether a free-of-charge flavor is used
        field_additional_properties (ListServicesItemAdditionalProperties | Unset): Additional service attribute. If
            this parameter is not configured, no value will be returned.
    """

    failed_times: int | Unset = UNSET
    owner: str | Unset = UNSET
    due_time: float | Unset = UNSET
    finished_time: float | Unset = UNSET
    infer_type: ListServicesItemInferType | Unset = UNSET
    service_name: str | Unset = UNSET
    description: str | Unset = UNSET
    project: str | Unset = UNSET
    invocation_times: int | Unset = UNSET
    publish_at: int | Unset = UNSET
    workspace_id: int | str | Unset = UNSET
    schedule: list[ListServicesSchedule] | Unset = UNSET
    start_time: float | Unset = UNSET
    operation_time: float | Unset = UNSET
    is_shared: bool | Unset = UNSET
    service_id: str | Unset = UNSET
    progress: int | Unset = UNSET
    shared_count: float | Unset = UNSET
    tenant: str | Unset = UNSET
    status: ListServicesItemStatus | Unset = UNSET
    is_opened_sample_collection: str | Unset = UNSET
    transition_at: float | Unset = UNSET
    is_free: bool | Unset = UNSET
    field_additional_properties: ListServicesItemAdditionalProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed_times = self.failed_times

        owner = self.owner

        due_time = self.due_time

        finished_time = self.finished_time

        infer_type: str | Unset = UNSET
        if not isinstance(self.infer_type, Unset):
            infer_type = self.infer_type.value

        service_name = self.service_name

        description = self.description

        project = self.project

        invocation_times = self.invocation_times

        publish_at = self.publish_at

        workspace_id: int | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        start_time = self.start_time

        operation_time = self.operation_time

        is_shared = self.is_shared

        service_id = self.service_id

        progress = self.progress

        shared_count = self.shared_count

        tenant = self.tenant

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_opened_sample_collection = self.is_opened_sample_collection

        transition_at = self.transition_at

        is_free = self.is_free

        field_additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_additional_properties, Unset):
            field_additional_properties = self.field_additional_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if failed_times is not UNSET:
            field_dict["failed_times"] = failed_times
        if owner is not UNSET:
            field_dict["owner"] = owner
        if due_time is not UNSET:
            field_dict["due_time"] = due_time
        if finished_time is not UNSET:
            field_dict["finished_time"] = finished_time
        if infer_type is not UNSET:
            field_dict["infer_type"] = infer_type
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if description is not UNSET:
            field_dict["description"] = description
        if project is not UNSET:
            field_dict["project"] = project
        if invocation_times is not UNSET:
            field_dict["invocation_times"] = invocation_times
        if publish_at is not UNSET:
            field_dict["publish_at"] = publish_at
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if operation_time is not UNSET:
            field_dict["operation_time"] = operation_time
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if shared_count is not UNSET:
            field_dict["shared_count"] = shared_count
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if status is not UNSET:
            field_dict["status"] = status
        if is_opened_sample_collection is not UNSET:
            field_dict["is_opened_sample_collection"] = is_opened_sample_collection
        if transition_at is not UNSET:
            field_dict["transition_at"] = transition_at
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
        if field_additional_properties is not UNSET:
            field_dict["additional_properties"] = field_additional_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        failed_times = d.pop("failed_times", UNSET)
        if isinstance(failed_times, bool) or not isinstance(failed_times, (int, Unset)):
            deviate(src_dict, "failed_times", TypeError("expected an integer"))
            d["failed_times"] = failed_times
            failed_times = UNSET

        owner = d.pop("owner", UNSET)
        if not isinstance(owner, (str, Unset)):
            deviate(src_dict, "owner", TypeError("expected a string"))
            d["owner"] = owner
            owner = UNSET

        due_time = d.pop("due_time", UNSET)
        if isinstance(due_time, bool) or not isinstance(due_time, (int, float, Unset)):
            deviate(src_dict, "due_time", TypeError("expected a number"))
            d["due_time"] = due_time
            due_time = UNSET

        finished_time = d.pop("finished_time", UNSET)
        if isinstance(finished_time, bool) or not isinstance(finished_time, (int, float, Unset)):
            deviate(src_dict, "finished_time", TypeError("expected a number"))
            d["finished_time"] = finished_time
            finished_time = UNSET

        _raw_infer_type = d.pop("infer_type", UNSET)
        try:
            _infer_type = _raw_infer_type
            infer_type: ListServicesItemInferType | Unset
            if isinstance(_infer_type, Unset):
                infer_type = UNSET
            else:
                infer_type = member_of(ListServicesItemInferType, _infer_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "infer_type", exc)
            d["infer_type"] = _raw_infer_type
            infer_type = UNSET

        service_name = d.pop("service_name", UNSET)
        if not isinstance(service_name, (str, Unset)):
            deviate(src_dict, "service_name", TypeError("expected a string"))
            d["service_name"] = service_name
            service_name = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        project = d.pop("project", UNSET)
        if not isinstance(project, (str, Unset)):
            deviate(src_dict, "project", TypeError("expected a string"))
            d["project"] = project
            project = UNSET

        invocation_times = d.pop("invocation_times", UNSET)
        if isinstance(invocation_times, bool) or not isinstance(invocation_times, (int, Unset)):
            deviate(src_dict, "invocation_times", TypeError("expected an integer"))
            d["invocation_times"] = invocation_times
            invocation_times = UNSET

        publish_at = d.pop("publish_at", UNSET)
        if isinstance(publish_at, bool) or not isinstance(publish_at, (int, Unset)):
            deviate(src_dict, "publish_at", TypeError("expected an integer"))
            d["publish_at"] = publish_at
            publish_at = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if isinstance(workspace_id, bool) or not isinstance(workspace_id, (int, str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected an integer or a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        _raw_schedule = d.pop("schedule", UNSET)
        try:
            _schedule = _raw_schedule
            schedule: list[ListServicesSchedule] | Unset = UNSET
            if _schedule is not UNSET:
                schedule = []
                for schedule_item_data in _schedule:
                    schedule_item = ListServicesSchedule.from_dict(schedule_item_data)

                    schedule.append(schedule_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "schedule", exc)
            d["schedule"] = _raw_schedule
            schedule = UNSET

        start_time = d.pop("start_time", UNSET)
        if isinstance(start_time, bool) or not isinstance(start_time, (int, float, Unset)):
            deviate(src_dict, "start_time", TypeError("expected a number"))
            d["start_time"] = start_time
            start_time = UNSET

        operation_time = d.pop("operation_time", UNSET)
        if isinstance(operation_time, bool) or not isinstance(operation_time, (int, float, Unset)):
            deviate(src_dict, "operation_time", TypeError("expected a number"))
            d["operation_time"] = operation_time
            operation_time = UNSET

        is_shared = d.pop("is_shared", UNSET)
        if not isinstance(is_shared, (bool, Unset)):
            deviate(src_dict, "is_shared", TypeError("expected a boolean"))
            d["is_shared"] = is_shared
            is_shared = UNSET

        service_id = d.pop("service_id", UNSET)
        if not isinstance(service_id, (str, Unset)):
            deviate(src_dict, "service_id", TypeError("expected a string"))
            d["service_id"] = service_id
            service_id = UNSET

        progress = d.pop("progress", UNSET)
        if isinstance(progress, bool) or not isinstance(progress, (int, Unset)):
            deviate(src_dict, "progress", TypeError("expected an integer"))
            d["progress"] = progress
            progress = UNSET

        shared_count = d.pop("shared_count", UNSET)
        if isinstance(shared_count, bool) or not isinstance(shared_count, (int, float, Unset)):
            deviate(src_dict, "shared_count", TypeError("expected a number"))
            d["shared_count"] = shared_count
            shared_count = UNSET

        tenant = d.pop("tenant", UNSET)
        if not isinstance(tenant, (str, Unset)):
            deviate(src_dict, "tenant", TypeError("expected a string"))
            d["tenant"] = tenant
            tenant = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: ListServicesItemStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(ListServicesItemStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        is_opened_sample_collection = d.pop("is_opened_sample_collection", UNSET)
        if not isinstance(is_opened_sample_collection, (str, Unset)):
            deviate(src_dict, "is_opened_sample_collection", TypeError("expected a string"))
            d["is_opened_sample_collection"] = is_opened_sample_collection
            is_opened_sample_collection = UNSET

        transition_at = d.pop("transition_at", UNSET)
        if isinstance(transition_at, bool) or not isinstance(transition_at, (int, float, Unset)):
            deviate(src_dict, "transition_at", TypeError("expected a number"))
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
            field_additional_properties: ListServicesItemAdditionalProperties | Unset
            if isinstance(_field_additional_properties, Unset):
                field_additional_properties = UNSET
            else:
                field_additional_properties = ListServicesItemAdditionalProperties.from_dict(
                    _field_additional_properties
                )

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "additional_properties", exc)
            d["additional_properties"] = _raw_field_additional_properties
            field_additional_properties = UNSET

        list_services_item = cls(
            failed_times=failed_times,
            owner=owner,
            due_time=due_time,
            finished_time=finished_time,
            infer_type=infer_type,
            service_name=service_name,
            description=description,
            project=project,
            invocation_times=invocation_times,
            publish_at=publish_at,
            workspace_id=workspace_id,
            schedule=schedule,
            start_time=start_time,
            operation_time=operation_time,
            is_shared=is_shared,
            service_id=service_id,
            progress=progress,
            shared_count=shared_count,
            tenant=tenant,
            status=status,
            is_opened_sample_collection=is_opened_sample_collection,
            transition_at=transition_at,
            is_free=is_free,
            field_additional_properties=field_additional_properties,
        )

        list_services_item.additional_properties = d
        return list_services_item

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


from ..models.list_services_item_additional_properties import ListServicesItemAdditionalProperties  # noqa: E402
from ..models.list_services_schedule import ListServicesSchedule  # noqa: E402
