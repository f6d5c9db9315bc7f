from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.desc_dataset_response_dataset_format import DescDatasetResponseDatasetFormat
from ..models.desc_dataset_response_dataset_type import DescDatasetResponseDatasetType
from ..models.desc_dataset_response_status import DescDatasetResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_source import DataSource
    from ..models.dataset_version import DatasetVersion
    from ..models.desc_dataset_response_data_statistics import DescDatasetResponseDataStatistics
    from ..models.desc_dataset_response_deletion_stats import DescDatasetResponseDeletionStats
    from ..models.field import Field
    from ..models.label import Label
    from ..models.workforce_descriptor import WorkforceDescriptor


T = TypeVar("T", bound="DescDatasetResponse")


@_attrs_define
class DescDatasetResponse:
    """
    Attributes:
        annotated_sample_count (int | Unset): Number of labeled samples in a dataset.
        annotated_sub_sample_count (int | Unset): Number of labeled subsamples.
        content_labeling (bool | Unset): Whether to enable content labeling for the speech paragraph labeling dataset.
            This function is enabled by default.
        create_time (int | Unset): Time when a dataset is created.
        current_version_id (str | Unset): Current version ID of a dataset.
        current_version_name (str | Unset): Current version name of a dataset. Version name. The value is a string of 1
            to 32 characters consisting of letters, digits, underscores (_), and hyphens (-).
        data_format (str | Unset): Data format.
        data_sources (list[DataSource] | Unset): Data source list.
        data_statistics (DescDatasetResponseDataStatistics | Unset): Sample statistics on a dataset, including the
            statistics on sample metadata.
        data_update_time (int | Unset): Time when a sample and a label are updated.
        dataset_format (DescDatasetResponseDatasetFormat | Unset): Dataset format. Options: - **0**: file - **1**: table
        dataset_id (str | Unset): Dataset ID.
        dataset_name (str | Unset): Dataset name.
        dataset_tags (list[str] | Unset): Key identifier list of a dataset, for example, ["Image","Object detection"].
        dataset_type (DescDatasetResponseDatasetType | Unset): Dataset type. Options: - **0**: image classification -
            **1**: object detection - **3**: image segmentation - **100**: text classification - **101**: named entity
            recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech
            paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format
        dataset_version_count (int | Unset): Number of dataset versions.
        deleted_sample_count (int | Unset): Number of deleted samples.
        deletion_stats (DescDatasetResponseDeletionStats | Unset): Deletion reason statistics.
        description (str | Unset): Dataset description.
        enterprise_project_id (str | Unset): Enterprise project ID.
        exist_running_task (bool | Unset): Whether the dataset contains running (including initialization) tasks.
            Options: - **true**: The dataset contains running tasks. - **false**: The dataset does not contain running
            tasks.
        exist_workforce_task (bool | Unset): Whether the dataset contains team labeling tasks. Options: - **true**: The
            dataset contains team labeling tasks. - **false**: The dataset does not contain team labeling tasks.
        feature_supports (list[str] | Unset): List of features supported by the dataset. Currently, only the value **0**
            is supported, indicating that the OBS file size is limited.
        import_data (bool | Unset): Whether to import data. Options: - **true**: Import data. - **false**: Do not import
            data.
        import_task_id (str | Unset): ID of an import task.
        inner_annotation_path (str | Unset): Path for storing the labeling result of a dataset.
        inner_data_path (str | Unset): Path for storing the internal data of a dataset.
        inner_log_path (str | Unset): Path for storing internal logs of a dataset.
        inner_task_path (str | Unset): Path for internal task of a dataset.
        inner_temp_path (str | Unset): Path for storing internal temporary files of a dataset.
        inner_work_path (str | Unset): Output directory of a dataset.
        label_task_count (int | Unset): Number of labeling tasks.
        labels (list[Label] | Unset): Dataset label list.
        loading_sample_count (int | Unset): Number of loading samples.
        managed (bool | Unset): Whether a dataset is hosted. Options: - **true**: The dataset is hosted. - **false**:
            The dataset is not hosted.
        next_version_num (int | Unset): Number of next versions of a dataset.
        running_tasks_id (list[str] | Unset): ID list of running (including initialization) tasks.
        schema (list[Field] | Unset): Schema list.
        status (DescDatasetResponseStatus | Unset): Dataset status. Options: - **0**: creating dataset - **1**: normal
            dataset - **2**: deleting dataset - **3**: deleted dataset - **4**: abnormal dataset - **5**: synchronizing
            dataset - **6**: releasing dataset - **7**: dataset in version switching - **8**: importing dataset
        third_path (str | Unset): Third-party path.
        total_sample_count (int | Unset): Total number of dataset samples.
        total_sub_sample_count (int | Unset): Total number of subsamples generated from the parent samples. For example,
            the total number of key frame images extracted from the video labeling dataset is that of subsamples.
        unconfirmed_sample_count (int | Unset): Number of auto labeling samples to be confirmed.
        update_time (int | Unset): Time when a dataset is updated.
        versions (list[DatasetVersion] | Unset): Dataset version information. Currently, only the current version
            information of a dataset is recorded.
        work_path (str | Unset): Output dataset path, which is used to store output files such as label files. The path
            is an OBS path in the format of /*Bucket name*/*File path*. For example: /**obs-bucket**.
        work_path_type (int | Unset): Type of the dataset output path. The default value is 0, indicating an OBS bucket.
        workforce_descriptor (WorkforceDescriptor | Unset):
        workforce_task_count (int | Unset): Number of team labeling tasks of a dataset.
        workspace_id (str | Unset): Workspace ID. If no workspace is created, the default value is **0**. If a workspace
            is created and used, use the actual value. Default: '0'.
    """

    annotated_sample_count: int | Unset = UNSET
    annotated_sub_sample_count: int | Unset = UNSET
    content_labeling: bool | Unset = UNSET
    create_time: int | Unset = UNSET
    current_version_id: str | Unset = UNSET
    current_version_name: str | Unset = UNSET
    data_format: str | Unset = UNSET
    data_sources: list[DataSource] | Unset = UNSET
    data_statistics: DescDatasetResponseDataStatistics | Unset = UNSET
    data_update_time: int | Unset = UNSET
    dataset_format: DescDatasetResponseDatasetFormat | Unset = UNSET
    dataset_id: str | Unset = UNSET
    dataset_name: str | Unset = UNSET
    dataset_tags: list[str] | Unset = UNSET
    dataset_type: DescDatasetResponseDatasetType | Unset = UNSET
    dataset_version_count: int | Unset = UNSET
    deleted_sample_count: int | Unset = UNSET
    deletion_stats: DescDatasetResponseDeletionStats | Unset = UNSET
    description: str | Unset = UNSET
    enterprise_project_id: str | Unset = UNSET
    exist_running_task: bool | Unset = UNSET
    exist_workforce_task: bool | Unset = UNSET
    feature_supports: list[str] | Unset = UNSET
    import_data: bool | Unset = UNSET
    import_task_id: str | Unset = UNSET
    inner_annotation_path: str | Unset = UNSET
    inner_data_path: str | Unset = UNSET
    inner_log_path: str | Unset = UNSET
    inner_task_path: str | Unset = UNSET
    inner_temp_path: str | Unset = UNSET
    inner_work_path: str | Unset = UNSET
    label_task_count: int | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    loading_sample_count: int | Unset = UNSET
    managed: bool | Unset = UNSET
    next_version_num: int | Unset = UNSET
    running_tasks_id: list[str] | Unset = UNSET
    schema: list[Field] | Unset = UNSET
    status: DescDatasetResponseStatus | Unset = UNSET
    third_path: str | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    total_sub_sample_count: int | Unset = UNSET
    unconfirmed_sample_count: int | Unset = UNSET
    update_time: int | Unset = UNSET
    versions: list[DatasetVersion] | Unset = UNSET
    work_path: str | Unset = UNSET
    work_path_type: int | Unset = UNSET
    workforce_descriptor: WorkforceDescriptor | Unset = UNSET
    workforce_task_count: int | Unset = UNSET
    workspace_id: str | Unset = "0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotated_sample_count = self.annotated_sample_count

        annotated_sub_sample_count = self.annotated_sub_sample_count

        content_labeling = self.content_labeling

        create_time = self.create_time

        current_version_id = self.current_version_id

        current_version_name = self.current_version_name

        data_format = self.data_format

        data_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_sources, Unset):
            data_sources = []
            for data_sources_item_data in self.data_sources:
                data_sources_item = data_sources_item_data.to_dict()
                data_sources.append(data_sources_item)

        data_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_statistics, Unset):
            data_statistics = self.data_statistics.to_dict()

        data_update_time = self.data_update_time

        dataset_format: int | Unset = UNSET
        if not isinstance(self.dataset_format, Unset):
            dataset_format = self.dataset_format.value

        dataset_id = self.dataset_id

        dataset_name = self.dataset_name

        dataset_tags: list[str] | Unset = UNSET
        if not isinstance(self.dataset_tags, Unset):
            dataset_tags = self.dataset_tags

        dataset_type: int | Unset = UNSET
        if not isinstance(self.dataset_type, Unset):
            dataset_type = self.dataset_type.value

        dataset_version_count = self.dataset_version_count

        deleted_sample_count = self.deleted_sample_count

        deletion_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deletion_stats, Unset):
            deletion_stats = self.deletion_stats.to_dict()

        description = self.description

        enterprise_project_id = self.enterprise_project_id

        exist_running_task = self.exist_running_task

        exist_workforce_task = self.exist_workforce_task

        feature_supports: list[str] | Unset = UNSET
        if not isinstance(self.feature_supports, Unset):
            feature_supports = self.feature_supports

        import_data = self.import_data

        import_task_id = self.import_task_id

        inner_annotation_path = self.inner_annotation_path

        inner_data_path = self.inner_data_path

        inner_log_path = self.inner_log_path

        inner_task_path = self.inner_task_path

        inner_temp_path = self.inner_temp_path

        inner_work_path = self.inner_work_path

        label_task_count = self.label_task_count

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        loading_sample_count = self.loading_sample_count

        managed = self.managed

        next_version_num = self.next_version_num

        running_tasks_id: list[str] | Unset = UNSET
        if not isinstance(self.running_tasks_id, Unset):
            running_tasks_id = self.running_tasks_id

        schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = []
            for schema_item_data in self.schema:
                schema_item = schema_item_data.to_dict()
                schema.append(schema_item)

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        third_path = self.third_path

        total_sample_count = self.total_sample_count

        total_sub_sample_count = self.total_sub_sample_count

        unconfirmed_sample_count = self.unconfirmed_sample_count

        update_time = self.update_time

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        work_path = self.work_path

        work_path_type = self.work_path_type

        workforce_descriptor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workforce_descriptor, Unset):
            workforce_descriptor = self.workforce_descriptor.to_dict()

        workforce_task_count = self.workforce_task_count

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotated_sample_count is not UNSET:
            field_dict["annotated_sample_count"] = annotated_sample_count
        if annotated_sub_sample_count is not UNSET:
            field_dict["annotated_sub_sample_count"] = annotated_sub_sample_count
        if content_labeling is not UNSET:
            field_dict["content_labeling"] = content_labeling
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if current_version_id is not UNSET:
            field_dict["current_version_id"] = current_version_id
        if current_version_name is not UNSET:
            field_dict["current_version_name"] = current_version_name
        if data_format is not UNSET:
            field_dict["data_format"] = data_format
        if data_sources is not UNSET:
            field_dict["data_sources"] = data_sources
        if data_statistics is not UNSET:
            field_dict["data_statistics"] = data_statistics
        if data_update_time is not UNSET:
            field_dict["data_update_time"] = data_update_time
        if dataset_format is not UNSET:
            field_dict["dataset_format"] = dataset_format
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_tags is not UNSET:
            field_dict["dataset_tags"] = dataset_tags
        if dataset_type is not UNSET:
            field_dict["dataset_type"] = dataset_type
        if dataset_version_count is not UNSET:
            field_dict["dataset_version_count"] = dataset_version_count
        if deleted_sample_count is not UNSET:
            field_dict["deleted_sample_count"] = deleted_sample_count
        if deletion_stats is not UNSET:
            field_dict["deletion_stats"] = deletion_stats
        if description is not UNSET:
            field_dict["description"] = description
        if enterprise_project_id is not UNSET:
            field_dict["enterprise_project_id"] = enterprise_project_id
        if exist_running_task is not UNSET:
            field_dict["exist_running_task"] = exist_running_task
        if exist_workforce_task is not UNSET:
            field_dict["exist_workforce_task"] = exist_workforce_task
        if feature_supports is not UNSET:
            field_dict["feature_supports"] = feature_supports
        if import_data is not UNSET:
            field_dict["import_data"] = import_data
        if import_task_id is not UNSET:
            field_dict["import_task_id"] = import_task_id
        if inner_annotation_path is not UNSET:
            field_dict["inner_annotation_path"] = inner_annotation_path
        if inner_data_path is not UNSET:
            field_dict["inner_data_path"] = inner_data_path
        if inner_log_path is not UNSET:
            field_dict["inner_log_path"] = inner_log_path
        if inner_task_path is not UNSET:
            field_dict["inner_task_path"] = inner_task_path
        if inner_temp_path is not UNSET:
            field_dict["inner_temp_path"] = inner_temp_path
        if inner_work_path is not UNSET:
            field_dict["inner_work_path"] = inner_work_path
        if label_task_count is not UNSET:
            field_dict["label_task_count"] = label_task_count
        if labels is not UNSET:
            field_dict["labels"] = labels
        if loading_sample_count is not UNSET:
            field_dict["loading_sample_count"] = loading_sample_count
        if managed is not UNSET:
            field_dict["managed"] = managed
        if next_version_num is not UNSET:
            field_dict["next_version_num"] = next_version_num
        if running_tasks_id is not UNSET:
            field_dict["running_tasks_id"] = running_tasks_id
        if schema is not UNSET:
            field_dict["schema"] = schema
        if status is not UNSET:
            field_dict["status"] = status
        if third_path is not UNSET:
            field_dict["third_path"] = third_path
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if total_sub_sample_count is not UNSET:
            field_dict["total_sub_sample_count"] = total_sub_sample_count
        if unconfirmed_sample_count is not UNSET:
            field_dict["unconfirmed_sample_count"] = unconfirmed_sample_count
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if versions is not UNSET:
            field_dict["versions"] = versions
        if work_path is not UNSET:
            field_dict["work_path"] = work_path
        if work_path_type is not UNSET:
            field_dict["work_path_type"] = work_path_type
        if workforce_descriptor is not UNSET:
            field_dict["workforce_descriptor"] = workforce_descriptor
        if workforce_task_count is not UNSET:
            field_dict["workforce_task_count"] = workforce_task_count
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
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

        content_labeling = d.pop("content_labeling", UNSET)
        if not isinstance(content_labeling, (bool, Unset)):
            deviate(src_dict, "content_labeling", TypeError("expected a boolean"))
            d["content_labeling"] = content_labeling
            content_labeling = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        current_version_id = d.pop("current_version_id", UNSET)
        if not isinstance(current_version_id, (str, Unset)):
            deviate(src_dict, "current_version_id", TypeError("expected a string"))
            d["current_version_id"] = current_version_id
            current_version_id = UNSET

        current_version_name = d.pop("current_version_name", UNSET)
        if not isinstance(current_version_name, (str, Unset)):
            deviate(src_dict, "current_version_name", TypeError("expected a string"))
            d["current_version_name"] = current_version_name
            current_version_name = UNSET

        data_format = d.pop("data_format", UNSET)
        if not isinstance(data_format, (str, Unset)):
            deviate(src_dict, "data_format", TypeError("expected a string"))
            d["data_format"] = data_format
            data_format = UNSET

        _raw_data_sources = d.pop("data_sources", UNSET)
        try:
            _data_sources = _raw_data_sources
            data_sources: list[DataSource] | Unset = UNSET
            if _data_sources is not UNSET:
                data_sources = []
                for data_sources_item_data in _data_sources:
                    data_sources_item = DataSource.from_dict(data_sources_item_data)

                    data_sources.append(data_sources_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_sources", exc)
            d["data_sources"] = _raw_data_sources
            data_sources = UNSET

        _raw_data_statistics = d.pop("data_statistics", UNSET)
        try:
            _data_statistics = _raw_data_statistics
            data_statistics: DescDatasetResponseDataStatistics | Unset
            if isinstance(_data_statistics, Unset):
                data_statistics = UNSET
            else:
                data_statistics = DescDatasetResponseDataStatistics.from_dict(_data_statistics)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_statistics", exc)
            d["data_statistics"] = _raw_data_statistics
            data_statistics = UNSET

        data_update_time = d.pop("data_update_time", UNSET)
        if isinstance(data_update_time, bool) or not isinstance(data_update_time, (int, Unset)):
            deviate(src_dict, "data_update_time", TypeError("expected an integer"))
            d["data_update_time"] = data_update_time
            data_update_time = UNSET

        _raw_dataset_format = d.pop("dataset_format", UNSET)
        try:
            _dataset_format = _raw_dataset_format
            dataset_format: DescDatasetResponseDatasetFormat | Unset
            if isinstance(_dataset_format, Unset):
                dataset_format = UNSET
            else:
                dataset_format = member_of(DescDatasetResponseDatasetFormat, _dataset_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dataset_format", exc)
            d["dataset_format"] = _raw_dataset_format
            dataset_format = UNSET

        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        dataset_name = d.pop("dataset_name", UNSET)
        if not isinstance(dataset_name, (str, Unset)):
            deviate(src_dict, "dataset_name", TypeError("expected a string"))
            d["dataset_name"] = dataset_name
            dataset_name = UNSET

        dataset_tags = d.pop("dataset_tags", UNSET)
        if dataset_tags is not UNSET and (_misfit := list_misfit(dataset_tags, (str), False, "a string")):
            deviate(src_dict, "dataset_tags", _misfit)
            d["dataset_tags"] = dataset_tags
            dataset_tags = UNSET

        _raw_dataset_type = d.pop("dataset_type", UNSET)
        try:
            _dataset_type = _raw_dataset_type
            dataset_type: DescDatasetResponseDatasetType | Unset
            if isinstance(_dataset_type, Unset):
                dataset_type = UNSET
            else:
                dataset_type = member_of(DescDatasetResponseDatasetType, _dataset_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dataset_type", exc)
            d["dataset_type"] = _raw_dataset_type
            dataset_type = UNSET

        dataset_version_count = d.pop("dataset_version_count", UNSET)
        if isinstance(dataset_version_count, bool) or not isinstance(dataset_version_count, (int, Unset)):
            deviate(src_dict, "dataset_version_count", TypeError("expected an integer"))
            d["dataset_version_count"] = dataset_version_count
            dataset_version_count = UNSET

        deleted_sample_count = d.pop("deleted_sample_count", UNSET)
        if isinstance(deleted_sample_count, bool) or not isinstance(deleted_sample_count, (int, Unset)):
            deviate(src_dict, "deleted_sample_count", TypeError("expected an integer"))
            d["deleted_sample_count"] = deleted_sample_count
            deleted_sample_count = UNSET

        _raw_deletion_stats = d.pop("deletion_stats", UNSET)
        try:
            _deletion_stats = _raw_deletion_stats
            deletion_stats: DescDatasetResponseDeletionStats | Unset
            if isinstance(_deletion_stats, Unset):
                deletion_stats = UNSET
            else:
                deletion_stats = DescDatasetResponseDeletionStats.from_dict(_deletion_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "deletion_stats", exc)
            d["deletion_stats"] = _raw_deletion_stats
            deletion_stats = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)
        if not isinstance(enterprise_project_id, (str, Unset)):
            deviate(src_dict, "enterprise_project_id", TypeError("expected a string"))
            d["enterprise_project_id"] = enterprise_project_id
            enterprise_project_id = UNSET

        exist_running_task = d.pop("exist_running_task", UNSET)
        if not isinstance(exist_running_task, (bool, Unset)):
            deviate(src_dict, "exist_running_task", TypeError("expected a boolean"))
            d["exist_running_task"] = exist_running_task
            exist_running_task = UNSET

        exist_workforce_task = d.pop("exist_workforce_task", UNSET)
        if not isinstance(exist_workforce_task, (bool, Unset)):
            deviate(src_dict, "exist_workforce_task", TypeError("expected a boolean"))
            d["exist_workforce_task"] = exist_workforce_task
            exist_workforce_task = UNSET

        feature_supports = d.pop("feature_supports", UNSET)
        if feature_supports is not UNSET and (_misfit := list_misfit(feature_supports, (str), False, "a string")):
            deviate(src_dict, "feature_supports", _misfit)
            d["feature_supports"] = feature_supports
            feature_supports = UNSET

        import_data = d.pop("import_data", UNSET)
        if not isinstance(import_data, (bool, Unset)):
            deviate(src_dict, "import_data", TypeError("expected a boolean"))
            d["import_data"] = import_data
            import_data = UNSET

        import_task_id = d.pop("import_task_id", UNSET)
        if not isinstance(import_task_id, (str, Unset)):
            deviate(src_dict, "import_task_id", TypeError("expected a string"))
            d["import_task_id"] = import_task_id
            import_task_id = UNSET

        inner_annotation_path = d.pop("inner_annotation_path", UNSET)
        if not isinstance(inner_annotation_path, (str, Unset)):
            deviate(src_dict, "inner_annotation_path", TypeError("expected a string"))
            d["inner_annotation_path"] = inner_annotation_path
            inner_annotation_path = UNSET

        inner_data_path = d.pop("inner_data_path", UNSET)
        if not isinstance(inner_data_path, (str, Unset)):
            deviate(src_dict, "inner_data_path", TypeError("expected a string"))
            d["inner_data_path"] = inner_data_path
            inner_data_path = UNSET

        inner_log_path = d.pop("inner_log_path", UNSET)
        if not isinstance(inner_log_path, (str, Unset)):
            deviate(src_dict, "inner_log_path", TypeError("expected a string"))
            d["inner_log_path"] = inner_log_path
            inner_log_path = UNSET

        inner_task_path = d.pop("inner_task_path", UNSET)
        if not isinstance(inner_task_path, (str, Unset)):
            deviate(src_dict, "inner_task_path", TypeError("expected a string"))
            d["inner_task_path"] = inner_task_path
            inner_task_path = UNSET

        inner_temp_path = d.pop("inner_temp_path", UNSET)
        if not isinstance(inner_temp_path, (str, Unset)):
            deviate(src_dict, "inner_temp_path", TypeError("expected a string"))
            d["inner_temp_path"] = inner_temp_path
            inner_temp_path = UNSET

        inner_work_path = d.pop("inner_work_path", UNSET)
        if not isinstance(inner_work_path, (str, Unset)):
            deviate(src_dict, "inner_work_path", TypeError("expected a string"))
            d["inner_work_path"] = inner_work_path
            inner_work_path = UNSET

        label_task_count = d.pop("label_task_count", UNSET)
        if isinstance(label_task_count, bool) or not isinstance(label_task_count, (int, Unset)):
            deviate(src_dict, "label_task_count", TypeError("expected an integer"))
            d["label_task_count"] = label_task_count
            label_task_count = UNSET

        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: list[Label] | Unset = UNSET
            if _labels is not UNSET:
                labels = []
                for labels_item_data in _labels:
                    labels_item = Label.from_dict(labels_item_data)

                    labels.append(labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        loading_sample_count = d.pop("loading_sample_count", UNSET)
        if isinstance(loading_sample_count, bool) or not isinstance(loading_sample_count, (int, Unset)):
            deviate(src_dict, "loading_sample_count", TypeError("expected an integer"))
            d["loading_sample_count"] = loading_sample_count
            loading_sample_count = UNSET

        managed = d.pop("managed", UNSET)
        if not isinstance(managed, (bool, Unset)):
            deviate(src_dict, "managed", TypeError("expected a boolean"))
            d["managed"] = managed
            managed = UNSET

        next_version_num = d.pop("next_version_num", UNSET)
        if isinstance(next_version_num, bool) or not isinstance(next_version_num, (int, Unset)):
            deviate(src_dict, "next_version_num", TypeError("expected an integer"))
            d["next_version_num"] = next_version_num
            next_version_num = UNSET

        running_tasks_id = d.pop("running_tasks_id", UNSET)
        if running_tasks_id is not UNSET and (_misfit := list_misfit(running_tasks_id, (str), False, "a string")):
            deviate(src_dict, "running_tasks_id", _misfit)
            d["running_tasks_id"] = running_tasks_id
            running_tasks_id = UNSET

        _raw_schema = d.pop("schema", UNSET)
        try:
            _schema = _raw_schema
            schema: list[Field] | Unset = UNSET
            if _schema is not UNSET:
                schema = []
                for schema_item_data in _schema:
                    schema_item = Field.from_dict(schema_item_data)

                    schema.append(schema_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "schema", exc)
            d["schema"] = _raw_schema
            schema = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: DescDatasetResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(DescDatasetResponseStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        third_path = d.pop("third_path", UNSET)
        if not isinstance(third_path, (str, Unset)):
            deviate(src_dict, "third_path", TypeError("expected a string"))
            d["third_path"] = third_path
            third_path = UNSET

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

        update_time = d.pop("update_time", UNSET)
        if isinstance(update_time, bool) or not isinstance(update_time, (int, Unset)):
            deviate(src_dict, "update_time", TypeError("expected an integer"))
            d["update_time"] = update_time
            update_time = UNSET

        _raw_versions = d.pop("versions", UNSET)
        try:
            _versions = _raw_versions
            versions: list[DatasetVersion] | Unset = UNSET
            if _versions is not UNSET:
                versions = []
                for versions_item_data in _versions:
                    versions_item = DatasetVersion.from_dict(versions_item_data)

                    versions.append(versions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "versions", exc)
            d["versions"] = _raw_versions
            versions = UNSET

        work_path = d.pop("work_path", UNSET)
        if not isinstance(work_path, (str, Unset)):
            deviate(src_dict, "work_path", TypeError("expected a string"))
            d["work_path"] = work_path
            work_path = UNSET

        work_path_type = d.pop("work_path_type", UNSET)
        if isinstance(work_path_type, bool) or not isinstance(work_path_type, (int, Unset)):
            deviate(src_dict, "work_path_type", TypeError("expected an integer"))
            d["work_path_type"] = work_path_type
            work_path_type = UNSET

        _raw_workforce_descriptor = d.pop("workforce_descriptor", UNSET)
        try:
            _workforce_descriptor = _raw_workforce_descriptor
            workforce_descriptor: WorkforceDescriptor | Unset
            if isinstance(_workforce_descriptor, Unset):
                workforce_descriptor = UNSET
            else:
                workforce_descriptor = WorkforceDescriptor.from_dict(_workforce_descriptor)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "workforce_descriptor", exc)
            d["workforce_descriptor"] = _raw_workforce_descriptor
            workforce_descriptor = UNSET

        workforce_task_count = d.pop("workforce_task_count", UNSET)
        if isinstance(workforce_task_count, bool) or not isinstance(workforce_task_count, (int, Unset)):
            deviate(src_dict, "workforce_task_count", TypeError("expected an integer"))
            d["workforce_task_count"] = workforce_task_count
            workforce_task_count = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        desc_dataset_response = cls(
            annotated_sample_count=annotated_sample_count,
            annotated_sub_sample_count=annotated_sub_sample_count,
            content_labeling=content_labeling,
            create_time=create_time,
            current_version_id=current_version_id,
            current_version_name=current_version_name,
            data_format=data_format,
            data_sources=data_sources,
            data_statistics=data_statistics,
            data_update_time=data_update_time,
            dataset_format=dataset_format,
            dataset_id=dataset_id,
            dataset_name=dataset_name,
            dataset_tags=dataset_tags,
            dataset_type=dataset_type,
            dataset_version_count=dataset_version_count,
            deleted_sample_count=deleted_sample_count,
            deletion_stats=deletion_stats,
            description=description,
            enterprise_project_id=enterprise_project_id,
            exist_running_task=exist_running_task,
            exist_workforce_task=exist_workforce_task,
            feature_supports=feature_supports,
            import_data=import_data,
            import_task_id=import_task_id,
            inner_annotation_path=inner_annotation_path,
            inner_data_path=inner_data_path,
            inner_log_path=inner_log_path,
            inner_task_path=inner_task_path,
            inner_temp_path=inner_temp_path,
            inner_work_path=inner_work_path,
            label_task_count=label_task_count,
            labels=labels,
            loading_sample_count=loading_sample_count,
            managed=managed,
            next_version_num=next_version_num,
            running_tasks_id=running_tasks_id,
            schema=schema,
            status=status,
            third_path=third_path,
            total_sample_count=total_sample_count,
            total_sub_sample_count=total_sub_sample_count,
            unconfirmed_sample_count=unconfirmed_sample_count,
            update_time=update_time,
            versions=versions,
            work_path=work_path,
            work_path_type=work_path_type,
            workforce_descriptor=workforce_descriptor,
            workforce_task_count=workforce_task_count,
            workspace_id=workspace_id,
        )

        desc_dataset_response.additional_properties = d
        return desc_dataset_response

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
from ..models.dataset_version import DatasetVersion  # noqa: E402
from ..models.desc_dataset_response_data_statistics import DescDatasetResponseDataStatistics  # noqa: E402
from ..models.desc_dataset_response_deletion_stats import DescDatasetResponseDeletionStats  # noqa: E402
from ..models.field import Field  # noqa: E402
from ..models.label import Label  # noqa: E402
from ..models.workforce_descriptor import WorkforceDescriptor  # noqa: E402
