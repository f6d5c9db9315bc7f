from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.sync_data_source_state_response_status import SyncDataSourceStateResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncDataSourceStateResponse")


@_attrs_define
class SyncDataSourceStateResponse:
    """
    Attributes:
        add_sample_count (int | Unset): Number of added samples.
        create_time (int | Unset): Task creation time.
        dataset_id (str | Unset): Dataset ID.
        deleted_sample_count (int | Unset): Number of deleted samples.
        duration_time (int | Unset): Task running time.
        error_code (str | Unset): Error code.
        error_msg (str | Unset): Error message.
        status (SyncDataSourceStateResponseStatus | Unset): Status of a task. Options: - **QUEUING**: queuing -
            **STARTING**: execution started - **RUNNING**: running - **COMPLETED**: completed - **FAILED**: failed -
            **NOT_EXIST**: not found
        task_id (str | Unset): Synchronization task ID.
        total_sample_count (int | Unset): Total number of samples.
    """

    add_sample_count: int | Unset = UNSET
    create_time: int | Unset = UNSET
    dataset_id: str | Unset = UNSET
    deleted_sample_count: int | Unset = UNSET
    duration_time: int | Unset = UNSET
    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    status: SyncDataSourceStateResponseStatus | Unset = UNSET
    task_id: str | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_sample_count = self.add_sample_count

        create_time = self.create_time

        dataset_id = self.dataset_id

        deleted_sample_count = self.deleted_sample_count

        duration_time = self.duration_time

        error_code = self.error_code

        error_msg = self.error_msg

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        task_id = self.task_id

        total_sample_count = self.total_sample_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if add_sample_count is not UNSET:
            field_dict["add_sample_count"] = add_sample_count
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if deleted_sample_count is not UNSET:
            field_dict["deleted_sample_count"] = deleted_sample_count
        if duration_time is not UNSET:
            field_dict["duration_time"] = duration_time
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        add_sample_count = d.pop("add_sample_count", UNSET)
        if isinstance(add_sample_count, bool) or not isinstance(add_sample_count, (int, Unset)):
            deviate(src_dict, "add_sample_count", TypeError("expected an integer"))
            d["add_sample_count"] = add_sample_count
            add_sample_count = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        deleted_sample_count = d.pop("deleted_sample_count", UNSET)
        if isinstance(deleted_sample_count, bool) or not isinstance(deleted_sample_count, (int, Unset)):
            deviate(src_dict, "deleted_sample_count", TypeError("expected an integer"))
            d["deleted_sample_count"] = deleted_sample_count
            deleted_sample_count = UNSET

        duration_time = d.pop("duration_time", UNSET)
        if isinstance(duration_time, bool) or not isinstance(duration_time, (int, Unset)):
            deviate(src_dict, "duration_time", TypeError("expected an integer"))
            d["duration_time"] = duration_time
            duration_time = UNSET

        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        error_msg = d.pop("error_msg", UNSET)
        if not isinstance(error_msg, (str, Unset)):
            deviate(src_dict, "error_msg", TypeError("expected a string"))
            d["error_msg"] = error_msg
            error_msg = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: SyncDataSourceStateResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(SyncDataSourceStateResponseStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

        total_sample_count = d.pop("total_sample_count", UNSET)
        if isinstance(total_sample_count, bool) or not isinstance(total_sample_count, (int, Unset)):
            deviate(src_dict, "total_sample_count", TypeError("expected an integer"))
            d["total_sample_count"] = total_sample_count
            total_sample_count = UNSET

        sync_data_source_state_response = cls(
            add_sample_count=add_sample_count,
            create_time=create_time,
            dataset_id=dataset_id,
            deleted_sample_count=deleted_sample_count,
            duration_time=duration_time,
            error_code=error_code,
            error_msg=error_msg,
            status=status,
            task_id=task_id,
            total_sample_count=total_sample_count,
        )

        sync_data_source_state_response.additional_properties = d
        return sync_data_source_state_response

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
