from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.export_task_response_export_format import ExportTaskResponseExportFormat
from ..models.export_task_response_export_type import ExportTaskResponseExportType
from ..models.export_task_response_status import ExportTaskResponseStatus
from ..models.export_task_response_version_format import ExportTaskResponseVersionFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_params import ExportParams


T = TypeVar("T", bound="ExportTaskResponse")


@_attrs_define
class ExportTaskResponse:
    """
    Attributes:
        create_time (int | Unset): Time when a task is created.
        error_code (str | Unset): Error code.
        error_msg (str | Unset): Error message.
        export_format (ExportTaskResponseExportFormat | Unset): Format of the exported directory. Options: - **1**: tree
            structure. Example: **rabbits/1.jpg,bees/2.jpg**. - **2**: tile structure. Example: 1.jpg, 1.txt; 2.jpg,2.txt.
        export_params (ExportParams | Unset):
        export_type (ExportTaskResponseExportType | Unset): Export type. Options: - **0**: labeled - **1**: unlabeled -
            **2**: all - **3**: conditional search
        finished_sample_count (int | Unset): Number of completed samples.
        path (str | Unset): Export output path.
        progress (float | Unset): Percentage of current task progress.
        status (ExportTaskResponseStatus | Unset): Task status. Options: - **INIT**: initialized - **RUNNING**: running
            - **FAILED**: failed - **SUCCESSED**: completed
        task_id (str | Unset): Task ID.
        total_sample_count (int | Unset): Total number of samples.
        update_time (int | Unset): Time when a task is updated.
        version_format (ExportTaskResponseVersionFormat | Unset): Format of a dataset version. Options: - **Default**:
            default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV
        version_id (str | Unset): Dataset version ID.
    """

    create_time: int | Unset = UNSET
    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    export_format: ExportTaskResponseExportFormat | Unset = UNSET
    export_params: ExportParams | Unset = UNSET
    export_type: ExportTaskResponseExportType | Unset = UNSET
    finished_sample_count: int | Unset = UNSET
    path: str | Unset = UNSET
    progress: float | Unset = UNSET
    status: ExportTaskResponseStatus | Unset = UNSET
    task_id: str | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    update_time: int | Unset = UNSET
    version_format: ExportTaskResponseVersionFormat | Unset = UNSET
    version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        error_code = self.error_code

        error_msg = self.error_msg

        export_format: int | Unset = UNSET
        if not isinstance(self.export_format, Unset):
            export_format = self.export_format.value

        export_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_params, Unset):
            export_params = self.export_params.to_dict()

        export_type: int | Unset = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type.value

        finished_sample_count = self.finished_sample_count

        path = self.path

        progress = self.progress

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        task_id = self.task_id

        total_sample_count = self.total_sample_count

        update_time = self.update_time

        version_format: str | Unset = UNSET
        if not isinstance(self.version_format, Unset):
            version_format = self.version_format.value

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if export_format is not UNSET:
            field_dict["export_format"] = export_format
        if export_params is not UNSET:
            field_dict["export_params"] = export_params
        if export_type is not UNSET:
            field_dict["export_type"] = export_type
        if finished_sample_count is not UNSET:
            field_dict["finished_sample_count"] = finished_sample_count
        if path is not UNSET:
            field_dict["path"] = path
        if progress is not UNSET:
            field_dict["progress"] = progress
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if version_format is not UNSET:
            field_dict["version_format"] = version_format
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

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

        _raw_export_format = d.pop("export_format", UNSET)
        try:
            _export_format = _raw_export_format
            export_format: ExportTaskResponseExportFormat | Unset
            if isinstance(_export_format, Unset):
                export_format = UNSET
            else:
                export_format = member_of(ExportTaskResponseExportFormat, _export_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "export_format", exc)
            d["export_format"] = _raw_export_format
            export_format = UNSET

        _raw_export_params = d.pop("export_params", UNSET)
        try:
            _export_params = _raw_export_params
            export_params: ExportParams | Unset
            if isinstance(_export_params, Unset):
                export_params = UNSET
            else:
                export_params = ExportParams.from_dict(_export_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "export_params", exc)
            d["export_params"] = _raw_export_params
            export_params = UNSET

        _raw_export_type = d.pop("export_type", UNSET)
        try:
            _export_type = _raw_export_type
            export_type: ExportTaskResponseExportType | Unset
            if isinstance(_export_type, Unset):
                export_type = UNSET
            else:
                export_type = member_of(ExportTaskResponseExportType, _export_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "export_type", exc)
            d["export_type"] = _raw_export_type
            export_type = UNSET

        finished_sample_count = d.pop("finished_sample_count", UNSET)
        if isinstance(finished_sample_count, bool) or not isinstance(finished_sample_count, (int, Unset)):
            deviate(src_dict, "finished_sample_count", TypeError("expected an integer"))
            d["finished_sample_count"] = finished_sample_count
            finished_sample_count = UNSET

        path = d.pop("path", UNSET)
        if not isinstance(path, (str, Unset)):
            deviate(src_dict, "path", TypeError("expected a string"))
            d["path"] = path
            path = UNSET

        progress = d.pop("progress", UNSET)
        if isinstance(progress, bool) or not isinstance(progress, (int, float, Unset)):
            deviate(src_dict, "progress", TypeError("expected a number"))
            d["progress"] = progress
            progress = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: ExportTaskResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(ExportTaskResponseStatus, _status)

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

        update_time = d.pop("update_time", UNSET)
        if isinstance(update_time, bool) or not isinstance(update_time, (int, Unset)):
            deviate(src_dict, "update_time", TypeError("expected an integer"))
            d["update_time"] = update_time
            update_time = UNSET

        _raw_version_format = d.pop("version_format", UNSET)
        try:
            _version_format = _raw_version_format
            version_format: ExportTaskResponseVersionFormat | Unset
            if isinstance(_version_format, Unset):
                version_format = UNSET
            else:
                version_format = member_of(ExportTaskResponseVersionFormat, _version_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "version_format", exc)
            d["version_format"] = _raw_version_format
            version_format = UNSET

        version_id = d.pop("version_id", UNSET)
        if not isinstance(version_id, (str, Unset)):
            deviate(src_dict, "version_id", TypeError("expected a string"))
            d["version_id"] = version_id
            version_id = UNSET

        export_task_response = cls(
            create_time=create_time,
            error_code=error_code,
            error_msg=error_msg,
            export_format=export_format,
            export_params=export_params,
            export_type=export_type,
            finished_sample_count=finished_sample_count,
            path=path,
            progress=progress,
            status=status,
            task_id=task_id,
            total_sample_count=total_sample_count,
            update_time=update_time,
            version_format=version_format,
            version_id=version_id,
        )

        export_task_response.additional_properties = d
        return export_task_response

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


from ..models.export_params import ExportParams  # noqa: E402
