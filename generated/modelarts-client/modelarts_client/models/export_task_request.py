from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.export_task_request_annotation_format import ExportTaskRequestAnnotationFormat
from ..models.export_task_request_export_format import ExportTaskRequestExportFormat
from ..models.export_task_request_export_type import ExportTaskRequestExportType
from ..models.export_task_request_version_format import ExportTaskRequestVersionFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_params import ExportParams


T = TypeVar("T", bound="ExportTaskRequest")


@_attrs_define
class ExportTaskRequest:
    """
    Attributes:
        annotation_format (ExportTaskRequestAnnotationFormat | Unset): Labeling format. Options: - **VOC**: VOC -
            **COCO**: COCO
        export_format (ExportTaskRequestExportFormat | Unset): Format of the exported directory. Options: - **1**: tree
            structure. Example: **rabbits/1.jpg,bees/2.jpg**. - **2**: tile structure. Example: 1.jpg, 1.txt; 2.jpg,2.txt.
        export_params (ExportParams | Unset):
        export_type (ExportTaskRequestExportType | Unset): Export type. Options: - **0**: labeled - **1**: unlabeled -
            **2**: all - **3**: conditional search
        path (str | Unset): Output path for exporting data to OBS. This parameter is mandatory when data is exported to
            OBS or a new dataset.
        sample_state (str | Unset): Sample status. The options are as follows: - \\__ALL__: labeled - \\__NONE__: not
            marked - \\__UNCHECK__: to be accepted - \\__ACCEPTED__: The acceptance is passed. - \\__REJECTED__: rejected -
            \\__UNREVIEWED__: to be reviewed - \\__REVIEWED__: approved - \\__WORKFORCE_SAMPLED__: sampled -
            \\__WORKFORCE_SAMPLED_UNCHECK__: Sampling is to be accepted. - \\__WORKFORCE_SAMPLED_CHECKED__: Sampling has
            been accepted. - \\__WORKFORCE_SAMPLED_ACCEPTED__: The sampling is passed. - \\__WORKFORCE_SAMPLED_REJECTED__:
            The sampling has been rejected. - \\__AUTO_ANNOTATION__: to be confirmed
        source_type_header (str | Unset): Prefix of the OBS path in the exported labeling file. The default value is
            **obs://**. You can set it to **s3://**. The image path starting with **obs** cannot be parsed during training.
            Set the path prefix in the exported **manifest** file to **s3://**. Default: 'obs://'.
        status (int | Unset): Task status.
        task_id (str | Unset): Task ID.
        version_format (ExportTaskRequestVersionFormat | Unset): Format of a dataset version. Options: - **Default**:
            default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV
        version_id (str | Unset): Dataset version ID, which must be specified when data of a dataset version is
            exported.
        with_column_header (bool | Unset): Whether to write the column name in the first line of the CSV file during
            export. This field is valid for the table dataset. Options: - **true**: Write the column name in the first line
            of the CSV file. (Default value) - **false**: Do not write the column name in the first line of the CSV file.
    """

    annotation_format: ExportTaskRequestAnnotationFormat | Unset = UNSET
    export_format: ExportTaskRequestExportFormat | Unset = UNSET
    export_params: ExportParams | Unset = UNSET
    export_type: ExportTaskRequestExportType | Unset = UNSET
    path: str | Unset = UNSET
    sample_state: str | Unset = UNSET
    source_type_header: str | Unset = "obs://"
    status: int | Unset = UNSET
    task_id: str | Unset = UNSET
    version_format: ExportTaskRequestVersionFormat | Unset = UNSET
    version_id: str | Unset = UNSET
    with_column_header: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_format: str | Unset = UNSET
        if not isinstance(self.annotation_format, Unset):
            annotation_format = self.annotation_format.value

        export_format: int | Unset = UNSET
        if not isinstance(self.export_format, Unset):
            export_format = self.export_format.value

        export_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_params, Unset):
            export_params = self.export_params.to_dict()

        export_type: int | Unset = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type.value

        path = self.path

        sample_state = self.sample_state

        source_type_header = self.source_type_header

        status = self.status

        task_id = self.task_id

        version_format: str | Unset = UNSET
        if not isinstance(self.version_format, Unset):
            version_format = self.version_format.value

        version_id = self.version_id

        with_column_header = self.with_column_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotation_format is not UNSET:
            field_dict["annotation_format"] = annotation_format
        if export_format is not UNSET:
            field_dict["export_format"] = export_format
        if export_params is not UNSET:
            field_dict["export_params"] = export_params
        if export_type is not UNSET:
            field_dict["export_type"] = export_type
        if path is not UNSET:
            field_dict["path"] = path
        if sample_state is not UNSET:
            field_dict["sample_state"] = sample_state
        if source_type_header is not UNSET:
            field_dict["source_type_header"] = source_type_header
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if version_format is not UNSET:
            field_dict["version_format"] = version_format
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if with_column_header is not UNSET:
            field_dict["with_column_header"] = with_column_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_annotation_format = d.pop("annotation_format", UNSET)
        try:
            _annotation_format = _raw_annotation_format
            annotation_format: ExportTaskRequestAnnotationFormat | Unset
            if isinstance(_annotation_format, Unset):
                annotation_format = UNSET
            else:
                annotation_format = member_of(ExportTaskRequestAnnotationFormat, _annotation_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotation_format", exc)
            d["annotation_format"] = _raw_annotation_format
            annotation_format = UNSET

        _raw_export_format = d.pop("export_format", UNSET)
        try:
            _export_format = _raw_export_format
            export_format: ExportTaskRequestExportFormat | Unset
            if isinstance(_export_format, Unset):
                export_format = UNSET
            else:
                export_format = member_of(ExportTaskRequestExportFormat, _export_format)

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
            export_type: ExportTaskRequestExportType | Unset
            if isinstance(_export_type, Unset):
                export_type = UNSET
            else:
                export_type = member_of(ExportTaskRequestExportType, _export_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "export_type", exc)
            d["export_type"] = _raw_export_type
            export_type = UNSET

        path = d.pop("path", UNSET)
        if not isinstance(path, (str, Unset)):
            deviate(src_dict, "path", TypeError("expected a string"))
            d["path"] = path
            path = UNSET

        sample_state = d.pop("sample_state", UNSET)
        if not isinstance(sample_state, (str, Unset)):
            deviate(src_dict, "sample_state", TypeError("expected a string"))
            d["sample_state"] = sample_state
            sample_state = UNSET

        source_type_header = d.pop("source_type_header", UNSET)
        if not isinstance(source_type_header, (str, Unset)):
            deviate(src_dict, "source_type_header", TypeError("expected a string"))
            d["source_type_header"] = source_type_header
            source_type_header = UNSET

        status = d.pop("status", UNSET)
        if isinstance(status, bool) or not isinstance(status, (int, Unset)):
            deviate(src_dict, "status", TypeError("expected an integer"))
            d["status"] = status
            status = UNSET

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

        _raw_version_format = d.pop("version_format", UNSET)
        try:
            _version_format = _raw_version_format
            version_format: ExportTaskRequestVersionFormat | Unset
            if isinstance(_version_format, Unset):
                version_format = UNSET
            else:
                version_format = member_of(ExportTaskRequestVersionFormat, _version_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "version_format", exc)
            d["version_format"] = _raw_version_format
            version_format = UNSET

        version_id = d.pop("version_id", UNSET)
        if not isinstance(version_id, (str, Unset)):
            deviate(src_dict, "version_id", TypeError("expected a string"))
            d["version_id"] = version_id
            version_id = UNSET

        with_column_header = d.pop("with_column_header", UNSET)
        if not isinstance(with_column_header, (bool, Unset)):
            deviate(src_dict, "with_column_header", TypeError("expected a boolean"))
            d["with_column_header"] = with_column_header
            with_column_header = UNSET

        export_task_request = cls(
            annotation_format=annotation_format,
            export_format=export_format,
            export_params=export_params,
            export_type=export_type,
            path=path,
            sample_state=sample_state,
            source_type_header=source_type_header,
            status=status,
            task_id=task_id,
            version_format=version_format,
            version_id=version_id,
            with_column_header=with_column_header,
        )

        export_task_request.additional_properties = d
        return export_task_request

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
