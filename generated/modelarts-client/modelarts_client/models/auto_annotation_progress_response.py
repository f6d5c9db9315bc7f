from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.auto_annotation_progress_response_export_type import AutoAnnotationProgressResponseExportType
from ..models.auto_annotation_progress_response_status import AutoAnnotationProgressResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_annotation_progress_result import AutoAnnotationProgressResult
    from ..models.auto_annotation_progress_smart_task_config import AutoAnnotationProgressSmartTaskConfig


T = TypeVar("T", bound="AutoAnnotationProgressResponse")


@_attrs_define
class AutoAnnotationProgressResponse:
    """
    Attributes:
        code (str | Unset): Task running status code
        config (AutoAnnotationProgressSmartTaskConfig | Unset):
        create_time (str | Unset): Task creation time
        elapsed_time (int | Unset): Execution time
        error_code (str | Unset): Error code
        error_detail (str | Unset): Error details
        error_msg (str | Unset): Error message
        message (str | Unset): Task running information.
        progress (float | Unset): Percentage of current task progress.
        resource_id (str | Unset): Resource ID.
        result (AutoAnnotationProgressResult | Unset):
        status (AutoAnnotationProgressResponseStatus | Unset): Task status. Options: - **-1**: queuing - **0**:
            initializing - **1**: running - **2**: failed - **3**: succeeded - **4**: stopping - **5**: stopped
        task_id (str | Unset): Task ID
        task_name (str | Unset): Task name
        export_type (AutoAnnotationProgressResponseExportType | Unset): Export type. Options: Options: - **0**: Export
            to OBS. - **1**: Export to sample attributes.
    """

    code: str | Unset = UNSET
    config: AutoAnnotationProgressSmartTaskConfig | Unset = UNSET
    create_time: str | Unset = UNSET
    elapsed_time: int | Unset = UNSET
    error_code: str | Unset = UNSET
    error_detail: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    message: str | Unset = UNSET
    progress: float | Unset = UNSET
    resource_id: str | Unset = UNSET
    result: AutoAnnotationProgressResult | Unset = UNSET
    status: AutoAnnotationProgressResponseStatus | Unset = UNSET
    task_id: str | Unset = UNSET
    task_name: str | Unset = UNSET
    export_type: AutoAnnotationProgressResponseExportType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        create_time = self.create_time

        elapsed_time = self.elapsed_time

        error_code = self.error_code

        error_detail = self.error_detail

        error_msg = self.error_msg

        message = self.message

        progress = self.progress

        resource_id = self.resource_id

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        task_id = self.task_id

        task_name = self.task_name

        export_type: int | Unset = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if config is not UNSET:
            field_dict["config"] = config
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if elapsed_time is not UNSET:
            field_dict["elapsed_time"] = elapsed_time
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_detail is not UNSET:
            field_dict["error_detail"] = error_detail
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if message is not UNSET:
            field_dict["message"] = message
        if progress is not UNSET:
            field_dict["progress"] = progress
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_name is not UNSET:
            field_dict["task_name"] = task_name
        if export_type is not UNSET:
            field_dict["export_type"] = export_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        code = d.pop("code", UNSET)
        if not isinstance(code, (str, Unset)):
            deviate(src_dict, "code", TypeError("expected a string"))
            d["code"] = code
            code = UNSET

        _raw_config = d.pop("config", UNSET)
        try:
            _config = _raw_config
            config: AutoAnnotationProgressSmartTaskConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = AutoAnnotationProgressSmartTaskConfig.from_dict(_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "config", exc)
            d["config"] = _raw_config
            config = UNSET

        create_time = d.pop("create_time", UNSET)
        if not isinstance(create_time, (str, Unset)):
            deviate(src_dict, "create_time", TypeError("expected a string"))
            d["create_time"] = create_time
            create_time = UNSET

        elapsed_time = d.pop("elapsed_time", UNSET)
        if isinstance(elapsed_time, bool) or not isinstance(elapsed_time, (int, Unset)):
            deviate(src_dict, "elapsed_time", TypeError("expected an integer"))
            d["elapsed_time"] = elapsed_time
            elapsed_time = UNSET

        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        error_detail = d.pop("error_detail", UNSET)
        if not isinstance(error_detail, (str, Unset)):
            deviate(src_dict, "error_detail", TypeError("expected a string"))
            d["error_detail"] = error_detail
            error_detail = UNSET

        error_msg = d.pop("error_msg", UNSET)
        if not isinstance(error_msg, (str, Unset)):
            deviate(src_dict, "error_msg", TypeError("expected a string"))
            d["error_msg"] = error_msg
            error_msg = UNSET

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            deviate(src_dict, "message", TypeError("expected a string"))
            d["message"] = message
            message = UNSET

        progress = d.pop("progress", UNSET)
        if isinstance(progress, bool) or not isinstance(progress, (int, float, Unset)):
            deviate(src_dict, "progress", TypeError("expected a number"))
            d["progress"] = progress
            progress = UNSET

        resource_id = d.pop("resource_id", UNSET)
        if not isinstance(resource_id, (str, Unset)):
            deviate(src_dict, "resource_id", TypeError("expected a string"))
            d["resource_id"] = resource_id
            resource_id = UNSET

        _raw_result = d.pop("result", UNSET)
        try:
            _result = _raw_result
            result: AutoAnnotationProgressResult | Unset
            if isinstance(_result, Unset):
                result = UNSET
            else:
                result = AutoAnnotationProgressResult.from_dict(_result)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "result", exc)
            d["result"] = _raw_result
            result = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: AutoAnnotationProgressResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(AutoAnnotationProgressResponseStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

        task_name = d.pop("task_name", UNSET)
        if not isinstance(task_name, (str, Unset)):
            deviate(src_dict, "task_name", TypeError("expected a string"))
            d["task_name"] = task_name
            task_name = UNSET

        _raw_export_type = d.pop("export_type", UNSET)
        try:
            _export_type = _raw_export_type
            export_type: AutoAnnotationProgressResponseExportType | Unset
            if isinstance(_export_type, Unset):
                export_type = UNSET
            else:
                export_type = member_of(AutoAnnotationProgressResponseExportType, _export_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "export_type", exc)
            d["export_type"] = _raw_export_type
            export_type = UNSET

        auto_annotation_progress_response = cls(
            code=code,
            config=config,
            create_time=create_time,
            elapsed_time=elapsed_time,
            error_code=error_code,
            error_detail=error_detail,
            error_msg=error_msg,
            message=message,
            progress=progress,
            resource_id=resource_id,
            result=result,
            status=status,
            task_id=task_id,
            task_name=task_name,
            export_type=export_type,
        )

        auto_annotation_progress_response.additional_properties = d
        return auto_annotation_progress_response

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


from ..models.auto_annotation_progress_result import AutoAnnotationProgressResult  # noqa: E402
from ..models.auto_annotation_progress_smart_task_config import AutoAnnotationProgressSmartTaskConfig  # noqa: E402
