from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.desc_processor_task_version_response_status import DescProcessorTaskVersionResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.processor_data_source import ProcessorDataSource
    from ..models.template_param import TemplateParam
    from ..models.work_path import WorkPath


T = TypeVar("T", bound="DescProcessorTaskVersionResponse")


@_attrs_define
class DescProcessorTaskVersionResponse:
    """
    Attributes:
        add_sample_count (int | Unset): Number of added images after processing.
        create_time (int | Unset): Time when a data processing task is created.
        deleted_sample_count (int | Unset): Number of deleted images after processing.
        description (str | Unset): Version description of a data processing task.
        duration_seconds (int | Unset): Running time of a data processing task, in seconds.
        inputs (list[ProcessorDataSource] | Unset): Input channel of a data processing task.
        modified_sample_count (int | Unset): Number of modified images after processing.
        origin_sample_count (int | Unset): Number of images before processing.
        status (DescProcessorTaskVersionResponseStatus | Unset): Status of a data processing task. Options: - **0**:
            initialized - **1**: running - **2**: completed - **3**: failed - **4**: stopped
        task_id (str | Unset): ID of a data processing task.
        task_version_id (str | Unset): Version ID of a data processing task.
        template (TemplateParam | Unset):
        unmodified_sample_count (int | Unset): Number of unmodified images after processing.
        update_time (int | Unset): Time when a data processing task is created.
        version_name (str | Unset): Version name of a data processing task.
        work_path (WorkPath | Unset):
    """

    add_sample_count: int | Unset = UNSET
    create_time: int | Unset = UNSET
    deleted_sample_count: int | Unset = UNSET
    description: str | Unset = UNSET
    duration_seconds: int | Unset = UNSET
    inputs: list[ProcessorDataSource] | Unset = UNSET
    modified_sample_count: int | Unset = UNSET
    origin_sample_count: int | Unset = UNSET
    status: DescProcessorTaskVersionResponseStatus | Unset = UNSET
    task_id: str | Unset = UNSET
    task_version_id: str | Unset = UNSET
    template: TemplateParam | Unset = UNSET
    unmodified_sample_count: int | Unset = UNSET
    update_time: int | Unset = UNSET
    version_name: str | Unset = UNSET
    work_path: WorkPath | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_sample_count = self.add_sample_count

        create_time = self.create_time

        deleted_sample_count = self.deleted_sample_count

        description = self.description

        duration_seconds = self.duration_seconds

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        modified_sample_count = self.modified_sample_count

        origin_sample_count = self.origin_sample_count

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        task_id = self.task_id

        task_version_id = self.task_version_id

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        unmodified_sample_count = self.unmodified_sample_count

        update_time = self.update_time

        version_name = self.version_name

        work_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_path, Unset):
            work_path = self.work_path.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if add_sample_count is not UNSET:
            field_dict["add_sample_count"] = add_sample_count
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if deleted_sample_count is not UNSET:
            field_dict["deleted_sample_count"] = deleted_sample_count
        if description is not UNSET:
            field_dict["description"] = description
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if modified_sample_count is not UNSET:
            field_dict["modified_sample_count"] = modified_sample_count
        if origin_sample_count is not UNSET:
            field_dict["origin_sample_count"] = origin_sample_count
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_version_id is not UNSET:
            field_dict["task_version_id"] = task_version_id
        if template is not UNSET:
            field_dict["template"] = template
        if unmodified_sample_count is not UNSET:
            field_dict["unmodified_sample_count"] = unmodified_sample_count
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if work_path is not UNSET:
            field_dict["work_path"] = work_path

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

        deleted_sample_count = d.pop("deleted_sample_count", UNSET)
        if isinstance(deleted_sample_count, bool) or not isinstance(deleted_sample_count, (int, Unset)):
            deviate(src_dict, "deleted_sample_count", TypeError("expected an integer"))
            d["deleted_sample_count"] = deleted_sample_count
            deleted_sample_count = UNSET

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

        modified_sample_count = d.pop("modified_sample_count", UNSET)
        if isinstance(modified_sample_count, bool) or not isinstance(modified_sample_count, (int, Unset)):
            deviate(src_dict, "modified_sample_count", TypeError("expected an integer"))
            d["modified_sample_count"] = modified_sample_count
            modified_sample_count = UNSET

        origin_sample_count = d.pop("origin_sample_count", UNSET)
        if isinstance(origin_sample_count, bool) or not isinstance(origin_sample_count, (int, Unset)):
            deviate(src_dict, "origin_sample_count", TypeError("expected an integer"))
            d["origin_sample_count"] = origin_sample_count
            origin_sample_count = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: DescProcessorTaskVersionResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(DescProcessorTaskVersionResponseStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

        task_version_id = d.pop("task_version_id", UNSET)
        if not isinstance(task_version_id, (str, Unset)):
            deviate(src_dict, "task_version_id", TypeError("expected a string"))
            d["task_version_id"] = task_version_id
            task_version_id = UNSET

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

        unmodified_sample_count = d.pop("unmodified_sample_count", UNSET)
        if isinstance(unmodified_sample_count, bool) or not isinstance(unmodified_sample_count, (int, Unset)):
            deviate(src_dict, "unmodified_sample_count", TypeError("expected an integer"))
            d["unmodified_sample_count"] = unmodified_sample_count
            unmodified_sample_count = UNSET

        update_time = d.pop("update_time", UNSET)
        if isinstance(update_time, bool) or not isinstance(update_time, (int, Unset)):
            deviate(src_dict, "update_time", TypeError("expected an integer"))
            d["update_time"] = update_time
            update_time = UNSET

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

        desc_processor_task_version_response = cls(
            add_sample_count=add_sample_count,
            create_time=create_time,
            deleted_sample_count=deleted_sample_count,
            description=description,
            duration_seconds=duration_seconds,
            inputs=inputs,
            modified_sample_count=modified_sample_count,
            origin_sample_count=origin_sample_count,
            status=status,
            task_id=task_id,
            task_version_id=task_version_id,
            template=template,
            unmodified_sample_count=unmodified_sample_count,
            update_time=update_time,
            version_name=version_name,
            work_path=work_path,
        )

        desc_processor_task_version_response.additional_properties = d
        return desc_processor_task_version_response

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


from ..models.processor_data_source import ProcessorDataSource  # noqa: E402
from ..models.template_param import TemplateParam  # noqa: E402
from ..models.work_path import WorkPath  # noqa: E402
