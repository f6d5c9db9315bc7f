from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.dataset_version_analysis_status import DatasetVersionAnalysisStatus
from ..models.dataset_version_label_type import DatasetVersionLabelType
from ..models.dataset_version_processor_task_status import DatasetVersionProcessorTaskStatus
from ..models.dataset_version_status import DatasetVersionStatus
from ..models.dataset_version_version_format import DatasetVersionVersionFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_version_data_analysis import DatasetVersionDataAnalysis
    from ..models.dataset_version_data_statistics import DatasetVersionDataStatistics
    from ..models.dataset_version_deletion_stats import DatasetVersionDeletionStats
    from ..models.label_stats import LabelStats


T = TypeVar("T", bound="DatasetVersion")


@_attrs_define
class DatasetVersion:
    """
    Attributes:
        add_sample_count (int | Unset): Number of added samples.
        analysis_cache_path (str | Unset): Cache path for feature analysis.
        analysis_status (DatasetVersionAnalysisStatus | Unset): Status of a feature analysis task. Options: - **0**:
            initialized - **1**: running - **2**: completed - **3**: failed
        analysis_task_id (str | Unset): ID of a feature analysis task.
        annotated_sample_count (int | Unset): Number of samples with labeled versions.
        annotated_sub_sample_count (int | Unset): Number of labeled subsamples.
        clear_hard_property (bool | Unset): Whether to clear hard example properties during release. Options: -
            **true**: Clear hard example properties. (Default value) - **false**: Do not clear hard example properties.
        code (str | Unset): Status code of a preprocessing task such as rotation and cropping.
        create_time (int | Unset): Time when a version is created.
        crop (bool | Unset): Whether to crop the image. This field is valid only for the object detection dataset whose
            labeling box is in the rectangle shape. Options: - **true**: Crop the image. - **false**: Do not crop the image.
            (Default value)
        crop_path (str | Unset): Path for storing cropped files.
        crop_rotate_cache_path (str | Unset): Temporary directory for executing the rotation and cropping task.
        data_analysis (DatasetVersionDataAnalysis | Unset): Feature analysis result in JSON format.
        data_path (str | Unset): Path for storing data.
        data_statistics (DatasetVersionDataStatistics | Unset): Sample statistics on a dataset, including the statistics
            on sample metadata in JSON format.
        data_validate (bool | Unset): Whether data is validated by the validation algorithm before release. Options: -
            **true**: The data has been validated. - **false**: The data has not been validated.
        deleted_sample_count (int | Unset): Number of deleted samples.
        deletion_stats (DatasetVersionDeletionStats | Unset): Deletion reason statistics.
        description (str | Unset): Description of a version.
        export_images (bool | Unset): Whether to export images to the version output directory during release. Options:
            - **true**: Export images to the version output directory. - **false**: Do not export images to the version
            output directory. (Default value)
        extract_serial_number (bool | Unset): Whether to parse the subsample number during release. The field is valid
            for the healthcare dataset. Options: - **true**: Parse the subsample number. - **false**: Do not parse the
            subsample number. (Default value)
        include_dataset_data (bool | Unset): Whether to include the source data of a dataset during release. Options: -
            **true**: The source data of a dataset is included. - **false**: The source data of a dataset is not included.
        is_current (bool | Unset): Whether the current dataset version is used. Options: - **true**: The current dataset
            version is used. - **false**: The current dataset version is not used.
        label_stats (list[LabelStats] | Unset): Label statistics list of a released version.
        label_type (DatasetVersionLabelType | Unset): Label type of a released version. Options: - **multi**: Multi-
            label samples are included. - **single**: All samples are single-labeled.
        manifest_cache_input_path (str | Unset): Input path for the **manifest** file cache during version release.
        manifest_path (str | Unset): Path for storing the **manifest** file with the released version.
        message (str | Unset): Task information recorded during release (for example, error information).
        modified_sample_count (int | Unset): Number of modified samples.
        previous_annotated_sample_count (int | Unset): Number of labeled samples of parent versions.
        previous_total_sample_count (int | Unset): Total samples of parent versions.
        previous_version_id (str | Unset): Parent version ID
        processor_task_id (str | Unset): ID of a preprocessing task such as rotation and cropping.
        processor_task_status (DatasetVersionProcessorTaskStatus | Unset): Status of a preprocessing task such as
            rotation and cropping. The options are as follows: - 0: initialized - **1**: running - 2: completed - 3: failed
            - 4: stopped - 5: timeout - 6: Deletion failed. - 7: Failed to stop.
        remove_sample_usage (bool | Unset): Whether to clear the existing usage information of a dataset during release.
            Options: - **true**: Clear the existing usage information of a dataset. (Default value) - **false**: Do not
            clear the existing usage information of a dataset.
        rotate (bool | Unset): Whether to rotate the image. Options: - **true**: Rotate the image. - **false**: Do not
            rotate the image. (Default value)
        rotate_path (str | Unset): Path for storing the rotated file.
        sample_state (str | Unset): Sample status. The options are as follows: - \\__ALL__: labeled - \\__NONE__: not
            marked - \\__UNCHECK__: to be accepted - \\__ACCEPTED__: The acceptance is passed. - \\__REJECTED__: rejected -
            \\__UNREVIEWED__: to be reviewed - \\__REVIEWED__: approved - \\__WORKFORCE_SAMPLED__: sampled -
            \\__WORKFORCE_SAMPLED_UNCHECK__: Sampling is to be accepted. - \\__WORKFORCE_SAMPLED_CHECKED__: Sampling has
            been accepted. - \\__WORKFORCE_SAMPLED_ACCEPTED__: The sampling is passed. - \\__WORKFORCE_SAMPLED_REJECTED__:
            The sampling has been rejected. - \\__AUTO_ANNOTATION__: to be confirmed
        start_processor_task (bool | Unset): Whether to start a data analysis task during release. Options: - **true**:
            Start a data analysis task during release. - **false**: Do not start a data analysis task during release.
            (Default value)
        status (DatasetVersionStatus | Unset): Status of a dataset version. Options: - **0**: creating - **1**: running
            - **2**: deleting - **3**: deleted - **4**: error
        tags (list[str] | Unset): Key identifier list of the dataset. The labeling type is used as the default label
            when the labeling task releases a version. For example, ["Image","Object detection"].
        task_type (int | Unset): Labeling task type of the released version, which is the same as the dataset type.
        total_sample_count (int | Unset): Total number of version samples.
        total_sub_sample_count (int | Unset): Total number of subsamples generated from the parent samples.
        train_evaluate_sample_ratio (str | Unset): Split training and verification ratio during version release. The
            default value is **1.00**, indicating that all released versions are training sets. Default: '1.00'.
        update_time (int | Unset): Time when a version is updated.
        version_format (DatasetVersionVersionFormat | Unset): Format of a dataset version. Options: - **Default**:
            default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV
        version_id (str | Unset): Dataset version ID.
        version_name (str | Unset): Dataset version name.
        with_column_header (bool | Unset): Whether the first row in the released CSV file is a column name. This field
            is valid for the table dataset. Options: - **true**: The first row in the released CSV file is a column name. -
            **false**: The first row in the released CSV file is not a column name.
    """

    add_sample_count: int | Unset = UNSET
    analysis_cache_path: str | Unset = UNSET
    analysis_status: DatasetVersionAnalysisStatus | Unset = UNSET
    analysis_task_id: str | Unset = UNSET
    annotated_sample_count: int | Unset = UNSET
    annotated_sub_sample_count: int | Unset = UNSET
    clear_hard_property: bool | Unset = UNSET
    code: str | Unset = UNSET
    create_time: int | Unset = UNSET
    crop: bool | Unset = UNSET
    crop_path: str | Unset = UNSET
    crop_rotate_cache_path: str | Unset = UNSET
    data_analysis: DatasetVersionDataAnalysis | Unset = UNSET
    data_path: str | Unset = UNSET
    data_statistics: DatasetVersionDataStatistics | Unset = UNSET
    data_validate: bool | Unset = UNSET
    deleted_sample_count: int | Unset = UNSET
    deletion_stats: DatasetVersionDeletionStats | Unset = UNSET
    description: str | Unset = UNSET
    export_images: bool | Unset = UNSET
    extract_serial_number: bool | Unset = UNSET
    include_dataset_data: bool | Unset = UNSET
    is_current: bool | Unset = UNSET
    label_stats: list[LabelStats] | Unset = UNSET
    label_type: DatasetVersionLabelType | Unset = UNSET
    manifest_cache_input_path: str | Unset = UNSET
    manifest_path: str | Unset = UNSET
    message: str | Unset = UNSET
    modified_sample_count: int | Unset = UNSET
    previous_annotated_sample_count: int | Unset = UNSET
    previous_total_sample_count: int | Unset = UNSET
    previous_version_id: str | Unset = UNSET
    processor_task_id: str | Unset = UNSET
    processor_task_status: DatasetVersionProcessorTaskStatus | Unset = UNSET
    remove_sample_usage: bool | Unset = UNSET
    rotate: bool | Unset = UNSET
    rotate_path: str | Unset = UNSET
    sample_state: str | Unset = UNSET
    start_processor_task: bool | Unset = UNSET
    status: DatasetVersionStatus | Unset = UNSET
    tags: list[str] | Unset = UNSET
    task_type: int | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    total_sub_sample_count: int | Unset = UNSET
    train_evaluate_sample_ratio: str | Unset = "1.00"
    update_time: int | Unset = UNSET
    version_format: DatasetVersionVersionFormat | Unset = UNSET
    version_id: str | Unset = UNSET
    version_name: str | Unset = UNSET
    with_column_header: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_sample_count = self.add_sample_count

        analysis_cache_path = self.analysis_cache_path

        analysis_status: int | Unset = UNSET
        if not isinstance(self.analysis_status, Unset):
            analysis_status = self.analysis_status.value

        analysis_task_id = self.analysis_task_id

        annotated_sample_count = self.annotated_sample_count

        annotated_sub_sample_count = self.annotated_sub_sample_count

        clear_hard_property = self.clear_hard_property

        code = self.code

        create_time = self.create_time

        crop = self.crop

        crop_path = self.crop_path

        crop_rotate_cache_path = self.crop_rotate_cache_path

        data_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_analysis, Unset):
            data_analysis = self.data_analysis.to_dict()

        data_path = self.data_path

        data_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_statistics, Unset):
            data_statistics = self.data_statistics.to_dict()

        data_validate = self.data_validate

        deleted_sample_count = self.deleted_sample_count

        deletion_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deletion_stats, Unset):
            deletion_stats = self.deletion_stats.to_dict()

        description = self.description

        export_images = self.export_images

        extract_serial_number = self.extract_serial_number

        include_dataset_data = self.include_dataset_data

        is_current = self.is_current

        label_stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.label_stats, Unset):
            label_stats = []
            for label_stats_item_data in self.label_stats:
                label_stats_item = label_stats_item_data.to_dict()
                label_stats.append(label_stats_item)

        label_type: str | Unset = UNSET
        if not isinstance(self.label_type, Unset):
            label_type = self.label_type.value

        manifest_cache_input_path = self.manifest_cache_input_path

        manifest_path = self.manifest_path

        message = self.message

        modified_sample_count = self.modified_sample_count

        previous_annotated_sample_count = self.previous_annotated_sample_count

        previous_total_sample_count = self.previous_total_sample_count

        previous_version_id = self.previous_version_id

        processor_task_id = self.processor_task_id

        processor_task_status: int | Unset = UNSET
        if not isinstance(self.processor_task_status, Unset):
            processor_task_status = self.processor_task_status.value

        remove_sample_usage = self.remove_sample_usage

        rotate = self.rotate

        rotate_path = self.rotate_path

        sample_state = self.sample_state

        start_processor_task = self.start_processor_task

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        task_type = self.task_type

        total_sample_count = self.total_sample_count

        total_sub_sample_count = self.total_sub_sample_count

        train_evaluate_sample_ratio = self.train_evaluate_sample_ratio

        update_time = self.update_time

        version_format: str | Unset = UNSET
        if not isinstance(self.version_format, Unset):
            version_format = self.version_format.value

        version_id = self.version_id

        version_name = self.version_name

        with_column_header = self.with_column_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if add_sample_count is not UNSET:
            field_dict["add_sample_count"] = add_sample_count
        if analysis_cache_path is not UNSET:
            field_dict["analysis_cache_path"] = analysis_cache_path
        if analysis_status is not UNSET:
            field_dict["analysis_status"] = analysis_status
        if analysis_task_id is not UNSET:
            field_dict["analysis_task_id"] = analysis_task_id
        if annotated_sample_count is not UNSET:
            field_dict["annotated_sample_count"] = annotated_sample_count
        if annotated_sub_sample_count is not UNSET:
            field_dict["annotated_sub_sample_count"] = annotated_sub_sample_count
        if clear_hard_property is not UNSET:
            field_dict["clear_hard_property"] = clear_hard_property
        if code is not UNSET:
            field_dict["code"] = code
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if crop is not UNSET:
            field_dict["crop"] = crop
        if crop_path is not UNSET:
            field_dict["crop_path"] = crop_path
        if crop_rotate_cache_path is not UNSET:
            field_dict["crop_rotate_cache_path"] = crop_rotate_cache_path
        if data_analysis is not UNSET:
            field_dict["data_analysis"] = data_analysis
        if data_path is not UNSET:
            field_dict["data_path"] = data_path
        if data_statistics is not UNSET:
            field_dict["data_statistics"] = data_statistics
        if data_validate is not UNSET:
            field_dict["data_validate"] = data_validate
        if deleted_sample_count is not UNSET:
            field_dict["deleted_sample_count"] = deleted_sample_count
        if deletion_stats is not UNSET:
            field_dict["deletion_stats"] = deletion_stats
        if description is not UNSET:
            field_dict["description"] = description
        if export_images is not UNSET:
            field_dict["export_images"] = export_images
        if extract_serial_number is not UNSET:
            field_dict["extract_serial_number"] = extract_serial_number
        if include_dataset_data is not UNSET:
            field_dict["include_dataset_data"] = include_dataset_data
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
        if label_stats is not UNSET:
            field_dict["label_stats"] = label_stats
        if label_type is not UNSET:
            field_dict["label_type"] = label_type
        if manifest_cache_input_path is not UNSET:
            field_dict["manifest_cache_input_path"] = manifest_cache_input_path
        if manifest_path is not UNSET:
            field_dict["manifest_path"] = manifest_path
        if message is not UNSET:
            field_dict["message"] = message
        if modified_sample_count is not UNSET:
            field_dict["modified_sample_count"] = modified_sample_count
        if previous_annotated_sample_count is not UNSET:
            field_dict["previous_annotated_sample_count"] = previous_annotated_sample_count
        if previous_total_sample_count is not UNSET:
            field_dict["previous_total_sample_count"] = previous_total_sample_count
        if previous_version_id is not UNSET:
            field_dict["previous_version_id"] = previous_version_id
        if processor_task_id is not UNSET:
            field_dict["processor_task_id"] = processor_task_id
        if processor_task_status is not UNSET:
            field_dict["processor_task_status"] = processor_task_status
        if remove_sample_usage is not UNSET:
            field_dict["remove_sample_usage"] = remove_sample_usage
        if rotate is not UNSET:
            field_dict["rotate"] = rotate
        if rotate_path is not UNSET:
            field_dict["rotate_path"] = rotate_path
        if sample_state is not UNSET:
            field_dict["sample_state"] = sample_state
        if start_processor_task is not UNSET:
            field_dict["start_processor_task"] = start_processor_task
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if total_sub_sample_count is not UNSET:
            field_dict["total_sub_sample_count"] = total_sub_sample_count
        if train_evaluate_sample_ratio is not UNSET:
            field_dict["train_evaluate_sample_ratio"] = train_evaluate_sample_ratio
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if version_format is not UNSET:
            field_dict["version_format"] = version_format
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if with_column_header is not UNSET:
            field_dict["with_column_header"] = with_column_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        add_sample_count = d.pop("add_sample_count", UNSET)
        if isinstance(add_sample_count, bool) or not isinstance(add_sample_count, (int, Unset)):
            deviate(src_dict, "add_sample_count", TypeError("expected an integer"))
            d["add_sample_count"] = add_sample_count
            add_sample_count = UNSET

        analysis_cache_path = d.pop("analysis_cache_path", UNSET)
        if not isinstance(analysis_cache_path, (str, Unset)):
            deviate(src_dict, "analysis_cache_path", TypeError("expected a string"))
            d["analysis_cache_path"] = analysis_cache_path
            analysis_cache_path = UNSET

        _raw_analysis_status = d.pop("analysis_status", UNSET)
        try:
            _analysis_status = _raw_analysis_status
            analysis_status: DatasetVersionAnalysisStatus | Unset
            if isinstance(_analysis_status, Unset):
                analysis_status = UNSET
            else:
                analysis_status = member_of(DatasetVersionAnalysisStatus, _analysis_status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "analysis_status", exc)
            d["analysis_status"] = _raw_analysis_status
            analysis_status = UNSET

        analysis_task_id = d.pop("analysis_task_id", UNSET)
        if not isinstance(analysis_task_id, (str, Unset)):
            deviate(src_dict, "analysis_task_id", TypeError("expected a string"))
            d["analysis_task_id"] = analysis_task_id
            analysis_task_id = UNSET

        annotated_sample_count = d.pop("annotated_sample_count", UNSET)
        if isinstance(annotated_sample_count, bool) or not isinstance(annotated_sample_count, (int, Unset)):
            deviate(src_dict, "annotated_sample_count", TypeError("expected an integer"))
            d["annotated_sample_count"] = annotated_sample_count
            annotated_sample_count = UNSET

        annotated_sub_sample_count = d.pop("annotated_sub_sample_count", UNSET)
        if isinstance(annotated_sub_sample_count, bool) or not isinstance(annotated_sub_sample_count, (int, Unset)):
            deviate(src_dict, "annotated_sub_sample_count", TypeError("expected an integer"))
            d["annotated_sub_sample_count"] = annotated_sub_sample_count
            annotated_sub_sample_count = UNSET

        clear_hard_property = d.pop("clear_hard_property", UNSET)
        if not isinstance(clear_hard_property, (bool, Unset)):
            deviate(src_dict, "clear_hard_property", TypeError("expected a boolean"))
            d["clear_hard_property"] = clear_hard_property
            clear_hard_property = UNSET

        code = d.pop("code", UNSET)
        if not isinstance(code, (str, Unset)):
            deviate(src_dict, "code", TypeError("expected a string"))
            d["code"] = code
            code = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        crop = d.pop("crop", UNSET)
        if not isinstance(crop, (bool, Unset)):
            deviate(src_dict, "crop", TypeError("expected a boolean"))
            d["crop"] = crop
            crop = UNSET

        crop_path = d.pop("crop_path", UNSET)
        if not isinstance(crop_path, (str, Unset)):
            deviate(src_dict, "crop_path", TypeError("expected a string"))
            d["crop_path"] = crop_path
            crop_path = UNSET

        crop_rotate_cache_path = d.pop("crop_rotate_cache_path", UNSET)
        if not isinstance(crop_rotate_cache_path, (str, Unset)):
            deviate(src_dict, "crop_rotate_cache_path", TypeError("expected a string"))
            d["crop_rotate_cache_path"] = crop_rotate_cache_path
            crop_rotate_cache_path = UNSET

        _raw_data_analysis = d.pop("data_analysis", UNSET)
        try:
            _data_analysis = _raw_data_analysis
            data_analysis: DatasetVersionDataAnalysis | Unset
            if isinstance(_data_analysis, Unset):
                data_analysis = UNSET
            else:
                data_analysis = DatasetVersionDataAnalysis.from_dict(_data_analysis)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_analysis", exc)
            d["data_analysis"] = _raw_data_analysis
            data_analysis = UNSET

        data_path = d.pop("data_path", UNSET)
        if not isinstance(data_path, (str, Unset)):
            deviate(src_dict, "data_path", TypeError("expected a string"))
            d["data_path"] = data_path
            data_path = UNSET

        _raw_data_statistics = d.pop("data_statistics", UNSET)
        try:
            _data_statistics = _raw_data_statistics
            data_statistics: DatasetVersionDataStatistics | Unset
            if isinstance(_data_statistics, Unset):
                data_statistics = UNSET
            else:
                data_statistics = DatasetVersionDataStatistics.from_dict(_data_statistics)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_statistics", exc)
            d["data_statistics"] = _raw_data_statistics
            data_statistics = UNSET

        data_validate = d.pop("data_validate", UNSET)
        if not isinstance(data_validate, (bool, Unset)):
            deviate(src_dict, "data_validate", TypeError("expected a boolean"))
            d["data_validate"] = data_validate
            data_validate = UNSET

        deleted_sample_count = d.pop("deleted_sample_count", UNSET)
        if isinstance(deleted_sample_count, bool) or not isinstance(deleted_sample_count, (int, Unset)):
            deviate(src_dict, "deleted_sample_count", TypeError("expected an integer"))
            d["deleted_sample_count"] = deleted_sample_count
            deleted_sample_count = UNSET

        _raw_deletion_stats = d.pop("deletion_stats", UNSET)
        try:
            _deletion_stats = _raw_deletion_stats
            deletion_stats: DatasetVersionDeletionStats | Unset
            if isinstance(_deletion_stats, Unset):
                deletion_stats = UNSET
            else:
                deletion_stats = DatasetVersionDeletionStats.from_dict(_deletion_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "deletion_stats", exc)
            d["deletion_stats"] = _raw_deletion_stats
            deletion_stats = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        export_images = d.pop("export_images", UNSET)
        if not isinstance(export_images, (bool, Unset)):
            deviate(src_dict, "export_images", TypeError("expected a boolean"))
            d["export_images"] = export_images
            export_images = UNSET

        extract_serial_number = d.pop("extract_serial_number", UNSET)
        if not isinstance(extract_serial_number, (bool, Unset)):
            deviate(src_dict, "extract_serial_number", TypeError("expected a boolean"))
            d["extract_serial_number"] = extract_serial_number
            extract_serial_number = UNSET

        include_dataset_data = d.pop("include_dataset_data", UNSET)
        if not isinstance(include_dataset_data, (bool, Unset)):
            deviate(src_dict, "include_dataset_data", TypeError("expected a boolean"))
            d["include_dataset_data"] = include_dataset_data
            include_dataset_data = UNSET

        is_current = d.pop("is_current", UNSET)
        if not isinstance(is_current, (bool, Unset)):
            deviate(src_dict, "is_current", TypeError("expected a boolean"))
            d["is_current"] = is_current
            is_current = UNSET

        _raw_label_stats = d.pop("label_stats", UNSET)
        try:
            _label_stats = _raw_label_stats
            label_stats: list[LabelStats] | Unset = UNSET
            if _label_stats is not UNSET:
                label_stats = []
                for label_stats_item_data in _label_stats:
                    label_stats_item = LabelStats.from_dict(label_stats_item_data)

                    label_stats.append(label_stats_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "label_stats", exc)
            d["label_stats"] = _raw_label_stats
            label_stats = UNSET

        _raw_label_type = d.pop("label_type", UNSET)
        try:
            _label_type = _raw_label_type
            label_type: DatasetVersionLabelType | Unset
            if isinstance(_label_type, Unset):
                label_type = UNSET
            else:
                label_type = member_of(DatasetVersionLabelType, _label_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "label_type", exc)
            d["label_type"] = _raw_label_type
            label_type = UNSET

        manifest_cache_input_path = d.pop("manifest_cache_input_path", UNSET)
        if not isinstance(manifest_cache_input_path, (str, Unset)):
            deviate(src_dict, "manifest_cache_input_path", TypeError("expected a string"))
            d["manifest_cache_input_path"] = manifest_cache_input_path
            manifest_cache_input_path = UNSET

        manifest_path = d.pop("manifest_path", UNSET)
        if not isinstance(manifest_path, (str, Unset)):
            deviate(src_dict, "manifest_path", TypeError("expected a string"))
            d["manifest_path"] = manifest_path
            manifest_path = UNSET

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            deviate(src_dict, "message", TypeError("expected a string"))
            d["message"] = message
            message = UNSET

        modified_sample_count = d.pop("modified_sample_count", UNSET)
        if isinstance(modified_sample_count, bool) or not isinstance(modified_sample_count, (int, Unset)):
            deviate(src_dict, "modified_sample_count", TypeError("expected an integer"))
            d["modified_sample_count"] = modified_sample_count
            modified_sample_count = UNSET

        previous_annotated_sample_count = d.pop("previous_annotated_sample_count", UNSET)
        if isinstance(previous_annotated_sample_count, bool) or not isinstance(
            previous_annotated_sample_count, (int, Unset)
        ):
            deviate(src_dict, "previous_annotated_sample_count", TypeError("expected an integer"))
            d["previous_annotated_sample_count"] = previous_annotated_sample_count
            previous_annotated_sample_count = UNSET

        previous_total_sample_count = d.pop("previous_total_sample_count", UNSET)
        if isinstance(previous_total_sample_count, bool) or not isinstance(previous_total_sample_count, (int, Unset)):
            deviate(src_dict, "previous_total_sample_count", TypeError("expected an integer"))
            d["previous_total_sample_count"] = previous_total_sample_count
            previous_total_sample_count = UNSET

        previous_version_id = d.pop("previous_version_id", UNSET)
        if not isinstance(previous_version_id, (str, Unset)):
            deviate(src_dict, "previous_version_id", TypeError("expected a string"))
            d["previous_version_id"] = previous_version_id
            previous_version_id = UNSET

        processor_task_id = d.pop("processor_task_id", UNSET)
        if not isinstance(processor_task_id, (str, Unset)):
            deviate(src_dict, "processor_task_id", TypeError("expected a string"))
            d["processor_task_id"] = processor_task_id
            processor_task_id = UNSET

        _raw_processor_task_status = d.pop("processor_task_status", UNSET)
        try:
            _processor_task_status = _raw_processor_task_status
            processor_task_status: DatasetVersionProcessorTaskStatus | Unset
            if isinstance(_processor_task_status, Unset):
                processor_task_status = UNSET
            else:
                processor_task_status = member_of(DatasetVersionProcessorTaskStatus, _processor_task_status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "processor_task_status", exc)
            d["processor_task_status"] = _raw_processor_task_status
            processor_task_status = UNSET

        remove_sample_usage = d.pop("remove_sample_usage", UNSET)
        if not isinstance(remove_sample_usage, (bool, Unset)):
            deviate(src_dict, "remove_sample_usage", TypeError("expected a boolean"))
            d["remove_sample_usage"] = remove_sample_usage
            remove_sample_usage = UNSET

        rotate = d.pop("rotate", UNSET)
        if not isinstance(rotate, (bool, Unset)):
            deviate(src_dict, "rotate", TypeError("expected a boolean"))
            d["rotate"] = rotate
            rotate = UNSET

        rotate_path = d.pop("rotate_path", UNSET)
        if not isinstance(rotate_path, (str, Unset)):
            deviate(src_dict, "rotate_path", TypeError("expected a string"))
            d["rotate_path"] = rotate_path
            rotate_path = UNSET

        sample_state = d.pop("sample_state", UNSET)
        if not isinstance(sample_state, (str, Unset)):
            deviate(src_dict, "sample_state", TypeError("expected a string"))
            d["sample_state"] = sample_state
            sample_state = UNSET

        start_processor_task = d.pop("start_processor_task", UNSET)
        if not isinstance(start_processor_task, (bool, Unset)):
            deviate(src_dict, "start_processor_task", TypeError("expected a boolean"))
            d["start_processor_task"] = start_processor_task
            start_processor_task = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: DatasetVersionStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(DatasetVersionStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        tags = d.pop("tags", UNSET)
        if tags is not UNSET and (_misfit := list_misfit(tags, (str), False, "a string")):
            deviate(src_dict, "tags", _misfit)
            d["tags"] = tags
            tags = UNSET

        task_type = d.pop("task_type", UNSET)
        if isinstance(task_type, bool) or not isinstance(task_type, (int, Unset)):
            deviate(src_dict, "task_type", TypeError("expected an integer"))
            d["task_type"] = task_type
            task_type = UNSET

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

        train_evaluate_sample_ratio = d.pop("train_evaluate_sample_ratio", UNSET)
        if not isinstance(train_evaluate_sample_ratio, (str, Unset)):
            deviate(src_dict, "train_evaluate_sample_ratio", TypeError("expected a string"))
            d["train_evaluate_sample_ratio"] = train_evaluate_sample_ratio
            train_evaluate_sample_ratio = UNSET

        update_time = d.pop("update_time", UNSET)
        if isinstance(update_time, bool) or not isinstance(update_time, (int, Unset)):
            deviate(src_dict, "update_time", TypeError("expected an integer"))
            d["update_time"] = update_time
            update_time = UNSET

        _raw_version_format = d.pop("version_format", UNSET)
        try:
            _version_format = _raw_version_format
            version_format: DatasetVersionVersionFormat | Unset
            if isinstance(_version_format, Unset):
                version_format = UNSET
            else:
                version_format = member_of(DatasetVersionVersionFormat, _version_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "version_format", exc)
            d["version_format"] = _raw_version_format
            version_format = UNSET

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

        with_column_header = d.pop("with_column_header", UNSET)
        if not isinstance(with_column_header, (bool, Unset)):
            deviate(src_dict, "with_column_header", TypeError("expected a boolean"))
            d["with_column_header"] = with_column_header
            with_column_header = UNSET

        dataset_version = cls(
            add_sample_count=add_sample_count,
            analysis_cache_path=analysis_cache_path,
            analysis_status=analysis_status,
            analysis_task_id=analysis_task_id,
            annotated_sample_count=annotated_sample_count,
            annotated_sub_sample_count=annotated_sub_sample_count,
            clear_hard_property=clear_hard_property,
            code=code,
            create_time=create_time,
            crop=crop,
            crop_path=crop_path,
            crop_rotate_cache_path=crop_rotate_cache_path,
            data_analysis=data_analysis,
            data_path=data_path,
            data_statistics=data_statistics,
            data_validate=data_validate,
            deleted_sample_count=deleted_sample_count,
            deletion_stats=deletion_stats,
            description=description,
            export_images=export_images,
            extract_serial_number=extract_serial_number,
            include_dataset_data=include_dataset_data,
            is_current=is_current,
            label_stats=label_stats,
            label_type=label_type,
            manifest_cache_input_path=manifest_cache_input_path,
            manifest_path=manifest_path,
            message=message,
            modified_sample_count=modified_sample_count,
            previous_annotated_sample_count=previous_annotated_sample_count,
            previous_total_sample_count=previous_total_sample_count,
            previous_version_id=previous_version_id,
            processor_task_id=processor_task_id,
            processor_task_status=processor_task_status,
            remove_sample_usage=remove_sample_usage,
            rotate=rotate,
            rotate_path=rotate_path,
            sample_state=sample_state,
            start_processor_task=start_processor_task,
            status=status,
            tags=tags,
            task_type=task_type,
            total_sample_count=total_sample_count,
            total_sub_sample_count=total_sub_sample_count,
            train_evaluate_sample_ratio=train_evaluate_sample_ratio,
            update_time=update_time,
            version_format=version_format,
            version_id=version_id,
            version_name=version_name,
            with_column_header=with_column_header,
        )

        dataset_version.additional_properties = d
        return dataset_version

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


from ..models.dataset_version_data_analysis import DatasetVersionDataAnalysis  # noqa: E402
from ..models.dataset_version_data_statistics import DatasetVersionDataStatistics  # noqa: E402
from ..models.dataset_version_deletion_stats import DatasetVersionDeletionStats  # noqa: E402
from ..models.label_stats import LabelStats  # noqa: E402
