from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.describe_processor_task_response_status import DescribeProcessorTaskResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.describe_processor_task_response_result_type_0 import DescribeProcessorTaskResponseResultType0
    from ..models.processor_data_source import ProcessorDataSource
    from ..models.template_param import TemplateParam
    from ..models.work_path import WorkPath


T = TypeVar("T", bound="DescribeProcessorTaskResponse")


@_attrs_define
class DescribeProcessorTaskResponse:
    """
    Attributes:
        create_time (int | Unset): Time when a data processing task is created.
        data_source (ProcessorDataSource | Unset):
        description (str | Unset): Description of a data processing task.
        duration_seconds (int | Unset): Running time of data processing, in seconds.
        error_msg (str | Unset): Error message. This field is displayed when the value of status is **3**.
        inputs (list[ProcessorDataSource] | Unset): Input channel list of a data processing task. Either this parameter
            or **data_source** is delivered.
        is_current (bool | Unset): Whether the current task is the latest of the same type of this version.
        name (str | Unset): Name of a data processing task.
        result (DescribeProcessorTaskResponseResultType0 | str | Unset): Output result of a data processing task. This
            field is displayed when status is set to **2** and is valid for a feature analysis task.
        status (DescribeProcessorTaskResponseStatus | Unset): Status of a data processing task. Options: - **0**:
            initialized - **1**: running - **2**: completed - **3**: failed - **4**: stopped
        task_id (str | Unset): ID of a data processing task.
        template (TemplateParam | Unset):
        version_count (int | Unset): Version number of a data processing task.
        version_id (str | Unset): Dataset version ID corresponding to a data processing task.
        version_name (str | Unset): Dataset version name corresponding to a data processing task.
        work_path (WorkPath | Unset):
        workspace_id (str | Unset): Workspace ID of a data processing task. If no workspace is created, the default
            value is **0**. If a workspace is created and used, use the actual value. Default: '0'.
    """

    create_time: int | Unset = UNSET
    data_source: ProcessorDataSource | Unset = UNSET
    description: str | Unset = UNSET
    duration_seconds: int | Unset = UNSET
    error_msg: str | Unset = UNSET
    inputs: list[ProcessorDataSource] | Unset = UNSET
    is_current: bool | Unset = UNSET
    name: str | Unset = UNSET
    result: DescribeProcessorTaskResponseResultType0 | str | Unset = UNSET
    status: DescribeProcessorTaskResponseStatus | Unset = UNSET
    task_id: str | Unset = UNSET
    template: TemplateParam | Unset = UNSET
    version_count: int | Unset = UNSET
    version_id: str | Unset = UNSET
    version_name: str | Unset = UNSET
    work_path: WorkPath | Unset = UNSET
    workspace_id: str | Unset = "0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = self.data_source.to_dict()

        description = self.description

        duration_seconds = self.duration_seconds

        error_msg = self.error_msg

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        is_current = self.is_current

        name = self.name

        result: dict[str, Any] | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, DescribeProcessorTaskResponseResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        task_id = self.task_id

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        version_count = self.version_count

        version_id = self.version_id

        version_name = self.version_name

        work_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_path, Unset):
            work_path = self.work_path.to_dict()

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if description is not UNSET:
            field_dict["description"] = description
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
        if name is not UNSET:
            field_dict["name"] = name
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if template is not UNSET:
            field_dict["template"] = template
        if version_count is not UNSET:
            field_dict["version_count"] = version_count
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if work_path is not UNSET:
            field_dict["work_path"] = work_path
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        _raw_data_source = d.pop("data_source", UNSET)
        try:
            _data_source = _raw_data_source
            data_source: ProcessorDataSource | Unset
            if isinstance(_data_source, Unset):
                data_source = UNSET
            else:
                data_source = ProcessorDataSource.from_dict(_data_source)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_source", exc)
            d["data_source"] = _raw_data_source
            data_source = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        duration_seconds = d.pop("duration_seconds", UNSET)
        if isinstance(duration_seconds, bool) or not isinstance(duration_seconds, (int, Unset)):
            deviate(src_dict, "duration_seconds", TypeError("expected an integer"))
            d["duration_seconds"] = duration_seconds
            duration_seconds = UNSET

        error_msg = d.pop("error_msg", UNSET)
        if not isinstance(error_msg, (str, Unset)):
            deviate(src_dict, "error_msg", TypeError("expected a string"))
            d["error_msg"] = error_msg
            error_msg = UNSET

        _raw_inputs = d.pop("inputs", UNSET)
        try:
            _inputs = _raw_inputs
            inputs: list[ProcessorDataSource] | Unset = UNSET
            if _inputs is not UNSET:
                inputs = []
                for inputs_item_data in _inputs:
                    inputs_item = ProcessorDataSource.from_dict(inputs_item_data)

                    inputs.append(inputs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "inputs", exc)
            d["inputs"] = _raw_inputs
            inputs = UNSET

        is_current = d.pop("is_current", UNSET)
        if not isinstance(is_current, (bool, Unset)):
            deviate(src_dict, "is_current", TypeError("expected a boolean"))
            d["is_current"] = is_current
            is_current = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_result = d.pop("result", UNSET)
        try:

            def _parse_result(data: object) -> DescribeProcessorTaskResponseResultType0 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    result_type_0 = DescribeProcessorTaskResponseResultType0.from_dict(data)

                    return result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DescribeProcessorTaskResponseResultType0 | str | Unset, data)

            result = _parse_result(_raw_result)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "result", exc)
            d["result"] = _raw_result
            result = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: DescribeProcessorTaskResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(DescribeProcessorTaskResponseStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

        _raw_template = d.pop("template", UNSET)
        try:
            _template = _raw_template
            template: TemplateParam | Unset
            if isinstance(_template, Unset):
                template = UNSET
            else:
                template = TemplateParam.from_dict(_template)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "template", exc)
            d["template"] = _raw_template
            template = UNSET

        version_count = d.pop("version_count", UNSET)
        if isinstance(version_count, bool) or not isinstance(version_count, (int, Unset)):
            deviate(src_dict, "version_count", TypeError("expected an integer"))
            d["version_count"] = version_count
            version_count = UNSET

        version_id = d.pop("version_id", UNSET)
        if not isinstance(version_id, (str, Unset)):
            deviate(src_dict, "version_id", TypeError("expected a string"))
            d["version_id"] = version_id
            version_id = UNSET

        version_name = d.pop("version_name", UNSET)
        if not isinstance(version_name, (str, Unset)):
            deviate(src_dict, "version_name", TypeError("expected a string"))
            d["version_name"] = version_name
            version_name = UNSET

        _raw_work_path = d.pop("work_path", UNSET)
        try:
            _work_path = _raw_work_path
            work_path: WorkPath | Unset
            if isinstance(_work_path, Unset):
                work_path = UNSET
            else:
                work_path = WorkPath.from_dict(_work_path)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "work_path", exc)
            d["work_path"] = _raw_work_path
            work_path = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        describe_processor_task_response = cls(
            create_time=create_time,
            data_source=data_source,
            description=description,
            duration_seconds=duration_seconds,
            error_msg=error_msg,
            inputs=inputs,
            is_current=is_current,
            name=name,
            result=result,
            status=status,
            task_id=task_id,
            template=template,
            version_count=version_count,
            version_id=version_id,
            version_name=version_name,
            work_path=work_path,
            workspace_id=workspace_id,
        )

        describe_processor_task_response.additional_properties = d
        return describe_processor_task_response

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


from ..models.describe_processor_task_response_result_type_0 import DescribeProcessorTaskResponseResultType0  # noqa: E402
from ..models.processor_data_source import ProcessorDataSource  # noqa: E402
from ..models.template_param import TemplateParam  # noqa: E402
from ..models.work_path import WorkPath  # noqa: E402
