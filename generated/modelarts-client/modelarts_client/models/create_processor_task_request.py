from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.processor_data_source import ProcessorDataSource
    from ..models.template_param import TemplateParam
    from ..models.work_path import WorkPath


T = TypeVar("T", bound="CreateProcessorTaskRequest")


@_attrs_define
class CreateProcessorTaskRequest:
    """
    Attributes:
        name (str): Name of a data processing task.
        template (TemplateParam):
        create_version (bool | Unset): Whether to synchronously create a task version when creating a task. Set this
            parameter to **true** only when creating a data processing task. For other types of tasks, this parameter is set
            to **false** or left blank. Options: - **true**: Create a task version when creating a task. - **false**: Do not
            create a task version when creating a task. (Default value)
        data_source (ProcessorDataSource | Unset):
        description (str | Unset): Description of a data processing task. The description contains 0 to 256 characters
            and does not support the following special characters: ``^!<>=&"'``
        inputs (list[ProcessorDataSource] | Unset): Data sources. Either this parameter or **data_source** is used. A
            data source path cannot be an OBS path in a KMS-encrypted bucket.
        version_id (str | Unset): Dataset version ID.
        work_path (WorkPath | Unset):
        workspace_id (str | Unset): Workspace ID. If no workspace is created, the default value is **0**. If a workspace
            is created and used, use the actual value. Default: '0'.
    """

    name: str
    template: TemplateParam
    create_version: bool | Unset = UNSET
    data_source: ProcessorDataSource | Unset = UNSET
    description: str | Unset = UNSET
    inputs: list[ProcessorDataSource] | Unset = UNSET
    version_id: str | Unset = UNSET
    work_path: WorkPath | Unset = UNSET
    workspace_id: str | Unset = "0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_version = self.create_version

        data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = self.data_source.to_dict()

        description = self.description

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        version_id = self.version_id

        work_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_path, Unset):
            work_path = self.work_path.to_dict()

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if self.template is not UNREAD:
            template = self.template.to_dict()
            field_dict["template"] = template
        if create_version is not UNSET:
            field_dict["create_version"] = create_version
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if description is not UNSET:
            field_dict["description"] = description
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if work_path is not UNSET:
            field_dict["work_path"] = work_path
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str)):
            deviate(src_dict, "name", TypeError("expected a string"))
            if not isinstance(name, Unset):
                d["name"] = name
            name = UNREAD

        _raw_template = d.pop("template", UNSET)
        try:
            if isinstance(_raw_template, Unset):
                raise KeyError("template")
            template = TemplateParam.from_dict(_raw_template)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "template", exc)
            if not isinstance(_raw_template, Unset):
                d["template"] = _raw_template
            template = UNREAD

        create_version = d.pop("create_version", UNSET)
        if not isinstance(create_version, (bool, Unset)):
            deviate(src_dict, "create_version", TypeError("expected a boolean"))
            d["create_version"] = create_version
            create_version = UNSET

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

        version_id = d.pop("version_id", UNSET)
        if not isinstance(version_id, (str, Unset)):
            deviate(src_dict, "version_id", TypeError("expected a string"))
            d["version_id"] = version_id
            version_id = UNSET

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

        create_processor_task_request = cls(
            name=name,
            template=template,
            create_version=create_version,
            data_source=data_source,
            description=description,
            inputs=inputs,
            version_id=version_id,
            work_path=work_path,
            workspace_id=workspace_id,
        )

        create_processor_task_request.additional_properties = d
        return create_processor_task_request

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
