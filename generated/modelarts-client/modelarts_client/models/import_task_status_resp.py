from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.import_task_status_resp_import_type import ImportTaskStatusRespImportType
from ..models.import_task_status_resp_status import ImportTaskStatusRespStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_source import DataSource
    from ..models.file_copy_progress import FileCopyProgress


T = TypeVar("T", bound="ImportTaskStatusResp")


@_attrs_define
class ImportTaskStatusResp:
    """
    Attributes:
        annotated_sample_count (int | Unset): Number of labeled samples.
        create_time (int | Unset): Time when a task is created.
        data_source (DataSource | Unset):
        dataset_id (str | Unset): Dataset ID.
        elapsed_time (int | Unset): Task running time, in seconds.
        error_code (str | Unset): Error code.
        error_msg (str | Unset): Error message.
        file_statistics (FileCopyProgress | Unset):
        finished_file_count (int | Unset): Number of files that have been transferred.
        finished_file_size (int | Unset): Size of the file that has been transferred, in bytes.
        import_path (str | Unset): OBS path or **manifest** path to be imported. - When importing a manifest file,
            ensure that the path is accurate to the manifest file. - When a path is imported as a directory, the dataset
            type can only support image classification, object detection, text classification, or sound classification.
        import_type (ImportTaskStatusRespImportType | Unset): Import mode. Options: - **0**: Import by directory. -
            **1**: Import by manifest file.
        imported_sample_count (int | Unset): Number of imported samples.
        imported_sub_sample_count (int | Unset): Number of imported subsamples.
        processor_task_id (str | Unset): ID of a preprocessing task.
        processor_task_status (int | Unset): Status of a preprocessing task.
        status (ImportTaskStatusRespStatus | Unset): Status of an import task. Options: - **QUEUING**: queuing -
            **STARTING**: execution started - **RUNNING**: running - **COMPLETED**: completed - **FAILED**: failed -
            **NOT_EXIST**: not found
        task_id (str | Unset): Task ID.
        total_file_count (int | Unset): Total number of files.
        total_file_size (int | Unset): Total file size, in bytes.
        total_sample_count (int | Unset): Total number of samples.
        total_sub_sample_count (int | Unset): Total number of subsamples generated from the parent samples.
        unconfirmed_sample_count (int | Unset): Number of samples to be confirmed.
        update_ms (int | Unset): Time when a task is updated.
    """

    annotated_sample_count: int | Unset = UNSET
    create_time: int | Unset = UNSET
    data_source: DataSource | Unset = UNSET
    dataset_id: str | Unset = UNSET
    elapsed_time: int | Unset = UNSET
    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    file_statistics: FileCopyProgress | Unset = UNSET
    finished_file_count: int | Unset = UNSET
    finished_file_size: int | Unset = UNSET
    import_path: str | Unset = UNSET
    import_type: ImportTaskStatusRespImportType | Unset = UNSET
    imported_sample_count: int | Unset = UNSET
    imported_sub_sample_count: int | Unset = UNSET
    processor_task_id: str | Unset = UNSET
    processor_task_status: int | Unset = UNSET
    status: ImportTaskStatusRespStatus | Unset = UNSET
    task_id: str | Unset = UNSET
    total_file_count: int | Unset = UNSET
    total_file_size: int | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    total_sub_sample_count: int | Unset = UNSET
    unconfirmed_sample_count: int | Unset = UNSET
    update_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotated_sample_count = self.annotated_sample_count

        create_time = self.create_time

        data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = self.data_source.to_dict()

        dataset_id = self.dataset_id

        elapsed_time = self.elapsed_time

        error_code = self.error_code

        error_msg = self.error_msg

        file_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_statistics, Unset):
            file_statistics = self.file_statistics.to_dict()

        finished_file_count = self.finished_file_count

        finished_file_size = self.finished_file_size

        import_path = self.import_path

        import_type: int | Unset = UNSET
        if not isinstance(self.import_type, Unset):
            import_type = self.import_type.value

        imported_sample_count = self.imported_sample_count

        imported_sub_sample_count = self.imported_sub_sample_count

        processor_task_id = self.processor_task_id

        processor_task_status = self.processor_task_status

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        task_id = self.task_id

        total_file_count = self.total_file_count

        total_file_size = self.total_file_size

        total_sample_count = self.total_sample_count

        total_sub_sample_count = self.total_sub_sample_count

        unconfirmed_sample_count = self.unconfirmed_sample_count

        update_ms = self.update_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotated_sample_count is not UNSET:
            field_dict["annotated_sample_count"] = annotated_sample_count
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if elapsed_time is not UNSET:
            field_dict["elapsed_time"] = elapsed_time
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if file_statistics is not UNSET:
            field_dict["file_statistics"] = file_statistics
        if finished_file_count is not UNSET:
            field_dict["finished_file_count"] = finished_file_count
        if finished_file_size is not UNSET:
            field_dict["finished_file_size"] = finished_file_size
        if import_path is not UNSET:
            field_dict["import_path"] = import_path
        if import_type is not UNSET:
            field_dict["import_type"] = import_type
        if imported_sample_count is not UNSET:
            field_dict["imported_sample_count"] = imported_sample_count
        if imported_sub_sample_count is not UNSET:
            field_dict["imported_sub_sample_count"] = imported_sub_sample_count
        if processor_task_id is not UNSET:
            field_dict["processor_task_id"] = processor_task_id
        if processor_task_status is not UNSET:
            field_dict["processor_task_status"] = processor_task_status
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if total_file_count is not UNSET:
            field_dict["total_file_count"] = total_file_count
        if total_file_size is not UNSET:
            field_dict["total_file_size"] = total_file_size
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if total_sub_sample_count is not UNSET:
            field_dict["total_sub_sample_count"] = total_sub_sample_count
        if unconfirmed_sample_count is not UNSET:
            field_dict["unconfirmed_sample_count"] = unconfirmed_sample_count
        if update_ms is not UNSET:
            field_dict["update_ms"] = update_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        annotated_sample_count = d.pop("annotated_sample_count", UNSET)
        if isinstance(annotated_sample_count, bool) or not isinstance(annotated_sample_count, (int, Unset)):
            deviate(src_dict, "annotated_sample_count", TypeError("expected an integer"))
            d["annotated_sample_count"] = annotated_sample_count
            annotated_sample_count = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        _raw_data_source = d.pop("data_source", UNSET)
        try:
            _data_source = _raw_data_source
            data_source: DataSource | Unset
            if isinstance(_data_source, Unset):
                data_source = UNSET
            else:
                data_source = DataSource.from_dict(_data_source)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_source", exc)
            d["data_source"] = _raw_data_source
            data_source = UNSET

        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

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

        error_msg = d.pop("error_msg", UNSET)
        if not isinstance(error_msg, (str, Unset)):
            deviate(src_dict, "error_msg", TypeError("expected a string"))
            d["error_msg"] = error_msg
            error_msg = UNSET

        _raw_file_statistics = d.pop("file_statistics", UNSET)
        try:
            _file_statistics = _raw_file_statistics
            file_statistics: FileCopyProgress | Unset
            if isinstance(_file_statistics, Unset):
                file_statistics = UNSET
            else:
                file_statistics = FileCopyProgress.from_dict(_file_statistics)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "file_statistics", exc)
            d["file_statistics"] = _raw_file_statistics
            file_statistics = UNSET

        finished_file_count = d.pop("finished_file_count", UNSET)
        if isinstance(finished_file_count, bool) or not isinstance(finished_file_count, (int, Unset)):
            deviate(src_dict, "finished_file_count", TypeError("expected an integer"))
            d["finished_file_count"] = finished_file_count
            finished_file_count = UNSET

        finished_file_size = d.pop("finished_file_size", UNSET)
        if isinstance(finished_file_size, bool) or not isinstance(finished_file_size, (int, Unset)):
            deviate(src_dict, "finished_file_size", TypeError("expected an integer"))
            d["finished_file_size"] = finished_file_size
            finished_file_size = UNSET

        import_path = d.pop("import_path", UNSET)
        if not isinstance(import_path, (str, Unset)):
            deviate(src_dict, "import_path", TypeError("expected a string"))
            d["import_path"] = import_path
            import_path = UNSET

        _raw_import_type = d.pop("import_type", UNSET)
        try:
            _import_type = _raw_import_type
            import_type: ImportTaskStatusRespImportType | Unset
            if isinstance(_import_type, Unset):
                import_type = UNSET
            else:
                import_type = member_of(ImportTaskStatusRespImportType, _import_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "import_type", exc)
            d["import_type"] = _raw_import_type
            import_type = UNSET

        imported_sample_count = d.pop("imported_sample_count", UNSET)
        if isinstance(imported_sample_count, bool) or not isinstance(imported_sample_count, (int, Unset)):
            deviate(src_dict, "imported_sample_count", TypeError("expected an integer"))
            d["imported_sample_count"] = imported_sample_count
            imported_sample_count = UNSET

        imported_sub_sample_count = d.pop("imported_sub_sample_count", UNSET)
        if isinstance(imported_sub_sample_count, bool) or not isinstance(imported_sub_sample_count, (int, Unset)):
            deviate(src_dict, "imported_sub_sample_count", TypeError("expected an integer"))
            d["imported_sub_sample_count"] = imported_sub_sample_count
            imported_sub_sample_count = UNSET

        processor_task_id = d.pop("processor_task_id", UNSET)
        if not isinstance(processor_task_id, (str, Unset)):
            deviate(src_dict, "processor_task_id", TypeError("expected a string"))
            d["processor_task_id"] = processor_task_id
            processor_task_id = UNSET

        processor_task_status = d.pop("processor_task_status", UNSET)
        if isinstance(processor_task_status, bool) or not isinstance(processor_task_status, (int, Unset)):
            deviate(src_dict, "processor_task_status", TypeError("expected an integer"))
            d["processor_task_status"] = processor_task_status
            processor_task_status = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: ImportTaskStatusRespStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(ImportTaskStatusRespStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

        total_file_count = d.pop("total_file_count", UNSET)
        if isinstance(total_file_count, bool) or not isinstance(total_file_count, (int, Unset)):
            deviate(src_dict, "total_file_count", TypeError("expected an integer"))
            d["total_file_count"] = total_file_count
            total_file_count = UNSET

        total_file_size = d.pop("total_file_size", UNSET)
        if isinstance(total_file_size, bool) or not isinstance(total_file_size, (int, Unset)):
            deviate(src_dict, "total_file_size", TypeError("expected an integer"))
            d["total_file_size"] = total_file_size
            total_file_size = UNSET

        total_sample_count = d.pop("total_sample_count", UNSET)
        if isinstance(total_sample_count, bool) or not isinstance(total_sample_count, (int, Unset)):
            deviate(src_dict, "total_sample_count", TypeError("expected an integer"))
            d["total_sample_count"] = total_sample_count
            total_sample_count = UNSET

        total_sub_sample_count = d.pop("total_sub_sample_count", UNSET)
        if isinstance(total_sub_sample_count, bool) or not isinstance(total_sub_sample_count, (int, Unset)):
            deviate(src_dict, "total_sub_sample_count", TypeError("expected an integer"))
            d["total_sub_sample_count"] = total_sub_sample_count
            total_sub_sample_count = UNSET

        unconfirmed_sample_count = d.pop("unconfirmed_sample_count", UNSET)
        if isinstance(unconfirmed_sample_count, bool) or not isinstance(unconfirmed_sample_count, (int, Unset)):
            deviate(src_dict, "unconfirmed_sample_count", TypeError("expected an integer"))
            d["unconfirmed_sample_count"] = unconfirmed_sample_count
            unconfirmed_sample_count = UNSET

        update_ms = d.pop("update_ms", UNSET)
        if isinstance(update_ms, bool) or not isinstance(update_ms, (int, Unset)):
            deviate(src_dict, "update_ms", TypeError("expected an integer"))
            d["update_ms"] = update_ms
            update_ms = UNSET

        import_task_status_resp = cls(
            annotated_sample_count=annotated_sample_count,
            create_time=create_time,
            data_source=data_source,
            dataset_id=dataset_id,
            elapsed_time=elapsed_time,
            error_code=error_code,
            error_msg=error_msg,
            file_statistics=file_statistics,
            finished_file_count=finished_file_count,
            finished_file_size=finished_file_size,
            import_path=import_path,
            import_type=import_type,
            imported_sample_count=imported_sample_count,
            imported_sub_sample_count=imported_sub_sample_count,
            processor_task_id=processor_task_id,
            processor_task_status=processor_task_status,
            status=status,
            task_id=task_id,
            total_file_count=total_file_count,
            total_file_size=total_file_size,
            total_sample_count=total_sample_count,
            total_sub_sample_count=total_sub_sample_count,
            unconfirmed_sample_count=unconfirmed_sample_count,
            update_ms=update_ms,
        )

        import_task_status_resp.additional_properties = d
        return import_task_status_resp

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


from ..models.data_source import DataSource  # noqa: E402
from ..models.file_copy_progress import FileCopyProgress  # noqa: E402
