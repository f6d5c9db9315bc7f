from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.auto_annotation_progress_result_dataset_type import AutoAnnotationProgressResultDatasetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_annotation_progress_event import AutoAnnotationProgressEvent
    from ..models.hard_select_task import HardSelectTask
    from ..models.sample_labels import SampleLabels


T = TypeVar("T", bound="AutoAnnotationProgressResult")


@_attrs_define
class AutoAnnotationProgressResult:
    """
    Attributes:
        annotated_sample_count (int | Unset): Number of labeled samples.
        confidence_scope (str | Unset): Confidence. The value ranges from **0** to **1**.
        dataset_name (str | Unset): Dataset name
        dataset_type (AutoAnnotationProgressResultDatasetType | Unset): Dataset type. Options: - **0**: image
            classification - **1**: object detection - **3**: image segmentation - **100**: text classification - **101**:
            named entity recognition - **102**: text triplet - **200**: sound classification - **201**: speech content -
            **202**: speech paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: free format
        description (str | Unset): Result description
        dlf_model_job_name (str | Unset): DLF model inference job name
        dlf_service_job_name (str | Unset): DLF real-time service job name
        dlf_train_job_name (str | Unset): DLF training job name
        events (list[AutoAnnotationProgressEvent] | Unset): Event
        hard_example_path (str | Unset): Path for storing hard examples
        hard_select_tasks (list[HardSelectTask] | Unset): List of selected hard example jobs
        manifest_path (str | Unset): Path for storing the **manifest** files
        model_id (str | Unset): Model ID
        model_name (str | Unset): Model name
        model_version (str | Unset): Model version
        samples (list[SampleLabels] | Unset): Inference result of the real-time video service.
        service_id (str | Unset): Real-time service ID
        service_name (str | Unset): Real-time service name
        service_resource (str | Unset): ID of the real-time service bound to a user.
        total_sample_count (int | Unset): Total number of samples
        train_data_path (str | Unset): Path for storing training data
        train_job_id (str | Unset): Training job ID
        train_job_name (str | Unset): Training job name
        unconfirmed_sample_count (int | Unset): Number of samples to be confirmed
        version_id (str | Unset): Dataset version ID
        version_name (str | Unset): Dataset version name
        workspace_id (str | Unset): Workspace ID. If no workspace is created, the default value is **0**. If a workspace
            is created and used, use the actual value. Default: '0'.
    """

    annotated_sample_count: int | Unset = UNSET
    confidence_scope: str | Unset = UNSET
    dataset_name: str | Unset = UNSET
    dataset_type: AutoAnnotationProgressResultDatasetType | Unset = UNSET
    description: str | Unset = UNSET
    dlf_model_job_name: str | Unset = UNSET
    dlf_service_job_name: str | Unset = UNSET
    dlf_train_job_name: str | Unset = UNSET
    events: list[AutoAnnotationProgressEvent] | Unset = UNSET
    hard_example_path: str | Unset = UNSET
    hard_select_tasks: list[HardSelectTask] | Unset = UNSET
    manifest_path: str | Unset = UNSET
    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    samples: list[SampleLabels] | Unset = UNSET
    service_id: str | Unset = UNSET
    service_name: str | Unset = UNSET
    service_resource: str | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    train_data_path: str | Unset = UNSET
    train_job_id: str | Unset = UNSET
    train_job_name: str | Unset = UNSET
    unconfirmed_sample_count: int | Unset = UNSET
    version_id: str | Unset = UNSET
    version_name: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotated_sample_count = self.annotated_sample_count

        confidence_scope = self.confidence_scope

        dataset_name = self.dataset_name

        dataset_type: str | Unset = UNSET
        if not isinstance(self.dataset_type, Unset):
            dataset_type = self.dataset_type.value

        description = self.description

        dlf_model_job_name = self.dlf_model_job_name

        dlf_service_job_name = self.dlf_service_job_name

        dlf_train_job_name = self.dlf_train_job_name

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        hard_example_path = self.hard_example_path

        hard_select_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hard_select_tasks, Unset):
            hard_select_tasks = []
            for hard_select_tasks_item_data in self.hard_select_tasks:
                hard_select_tasks_item = hard_select_tasks_item_data.to_dict()
                hard_select_tasks.append(hard_select_tasks_item)

        manifest_path = self.manifest_path

        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        samples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = []
            for samples_item_data in self.samples:
                samples_item = samples_item_data.to_dict()
                samples.append(samples_item)

        service_id = self.service_id

        service_name = self.service_name

        service_resource = self.service_resource

        total_sample_count = self.total_sample_count

        train_data_path = self.train_data_path

        train_job_id = self.train_job_id

        train_job_name = self.train_job_name

        unconfirmed_sample_count = self.unconfirmed_sample_count

        version_id = self.version_id

        version_name = self.version_name

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotated_sample_count is not UNSET:
            field_dict["annotated_sample_count"] = annotated_sample_count
        if confidence_scope is not UNSET:
            field_dict["confidence_scope"] = confidence_scope
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_type is not UNSET:
            field_dict["dataset_type"] = dataset_type
        if description is not UNSET:
            field_dict["description"] = description
        if dlf_model_job_name is not UNSET:
            field_dict["dlf_model_job_name"] = dlf_model_job_name
        if dlf_service_job_name is not UNSET:
            field_dict["dlf_service_job_name"] = dlf_service_job_name
        if dlf_train_job_name is not UNSET:
            field_dict["dlf_train_job_name"] = dlf_train_job_name
        if events is not UNSET:
            field_dict["events"] = events
        if hard_example_path is not UNSET:
            field_dict["hard_example_path"] = hard_example_path
        if hard_select_tasks is not UNSET:
            field_dict["hard_select_tasks"] = hard_select_tasks
        if manifest_path is not UNSET:
            field_dict["manifest_path"] = manifest_path
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if samples is not UNSET:
            field_dict["samples"] = samples
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if service_resource is not UNSET:
            field_dict["service_resource"] = service_resource
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if train_data_path is not UNSET:
            field_dict["train_data_path"] = train_data_path
        if train_job_id is not UNSET:
            field_dict["train_job_id"] = train_job_id
        if train_job_name is not UNSET:
            field_dict["train_job_name"] = train_job_name
        if unconfirmed_sample_count is not UNSET:
            field_dict["unconfirmed_sample_count"] = unconfirmed_sample_count
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
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

        confidence_scope = d.pop("confidence_scope", UNSET)
        if not isinstance(confidence_scope, (str, Unset)):
            deviate(src_dict, "confidence_scope", TypeError("expected a string"))
            d["confidence_scope"] = confidence_scope
            confidence_scope = UNSET

        dataset_name = d.pop("dataset_name", UNSET)
        if not isinstance(dataset_name, (str, Unset)):
            deviate(src_dict, "dataset_name", TypeError("expected a string"))
            d["dataset_name"] = dataset_name
            dataset_name = UNSET

        _raw_dataset_type = d.pop("dataset_type", UNSET)
        try:
            _dataset_type = _raw_dataset_type
            dataset_type: AutoAnnotationProgressResultDatasetType | Unset
            if isinstance(_dataset_type, Unset):
                dataset_type = UNSET
            else:
                dataset_type = member_of(AutoAnnotationProgressResultDatasetType, _dataset_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dataset_type", exc)
            d["dataset_type"] = _raw_dataset_type
            dataset_type = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        dlf_model_job_name = d.pop("dlf_model_job_name", UNSET)
        if not isinstance(dlf_model_job_name, (str, Unset)):
            deviate(src_dict, "dlf_model_job_name", TypeError("expected a string"))
            d["dlf_model_job_name"] = dlf_model_job_name
            dlf_model_job_name = UNSET

        dlf_service_job_name = d.pop("dlf_service_job_name", UNSET)
        if not isinstance(dlf_service_job_name, (str, Unset)):
            deviate(src_dict, "dlf_service_job_name", TypeError("expected a string"))
            d["dlf_service_job_name"] = dlf_service_job_name
            dlf_service_job_name = UNSET

        dlf_train_job_name = d.pop("dlf_train_job_name", UNSET)
        if not isinstance(dlf_train_job_name, (str, Unset)):
            deviate(src_dict, "dlf_train_job_name", TypeError("expected a string"))
            d["dlf_train_job_name"] = dlf_train_job_name
            dlf_train_job_name = UNSET

        _raw_events = d.pop("events", UNSET)
        try:
            _events = _raw_events
            events: list[AutoAnnotationProgressEvent] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = AutoAnnotationProgressEvent.from_dict(events_item_data)

                    events.append(events_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "events", exc)
            d["events"] = _raw_events
            events = UNSET

        hard_example_path = d.pop("hard_example_path", UNSET)
        if not isinstance(hard_example_path, (str, Unset)):
            deviate(src_dict, "hard_example_path", TypeError("expected a string"))
            d["hard_example_path"] = hard_example_path
            hard_example_path = UNSET

        _raw_hard_select_tasks = d.pop("hard_select_tasks", UNSET)
        try:
            _hard_select_tasks = _raw_hard_select_tasks
            hard_select_tasks: list[HardSelectTask] | Unset = UNSET
            if _hard_select_tasks is not UNSET:
                hard_select_tasks = []
                for hard_select_tasks_item_data in _hard_select_tasks:
                    hard_select_tasks_item = HardSelectTask.from_dict(hard_select_tasks_item_data)

                    hard_select_tasks.append(hard_select_tasks_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "hard_select_tasks", exc)
            d["hard_select_tasks"] = _raw_hard_select_tasks
            hard_select_tasks = UNSET

        manifest_path = d.pop("manifest_path", UNSET)
        if not isinstance(manifest_path, (str, Unset)):
            deviate(src_dict, "manifest_path", TypeError("expected a string"))
            d["manifest_path"] = manifest_path
            manifest_path = UNSET

        model_id = d.pop("model_id", UNSET)
        if not isinstance(model_id, (str, Unset)):
            deviate(src_dict, "model_id", TypeError("expected a string"))
            d["model_id"] = model_id
            model_id = UNSET

        model_name = d.pop("model_name", UNSET)
        if not isinstance(model_name, (str, Unset)):
            deviate(src_dict, "model_name", TypeError("expected a string"))
            d["model_name"] = model_name
            model_name = UNSET

        model_version = d.pop("model_version", UNSET)
        if not isinstance(model_version, (str, Unset)):
            deviate(src_dict, "model_version", TypeError("expected a string"))
            d["model_version"] = model_version
            model_version = UNSET

        _raw_samples = d.pop("samples", UNSET)
        try:
            _samples = _raw_samples
            samples: list[SampleLabels] | Unset = UNSET
            if _samples is not UNSET:
                samples = []
                for samples_item_data in _samples:
                    samples_item = SampleLabels.from_dict(samples_item_data)

                    samples.append(samples_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "samples", exc)
            d["samples"] = _raw_samples
            samples = UNSET

        service_id = d.pop("service_id", UNSET)
        if not isinstance(service_id, (str, Unset)):
            deviate(src_dict, "service_id", TypeError("expected a string"))
            d["service_id"] = service_id
            service_id = UNSET

        service_name = d.pop("service_name", UNSET)
        if not isinstance(service_name, (str, Unset)):
            deviate(src_dict, "service_name", TypeError("expected a string"))
            d["service_name"] = service_name
            service_name = UNSET

        service_resource = d.pop("service_resource", UNSET)
        if not isinstance(service_resource, (str, Unset)):
            deviate(src_dict, "service_resource", TypeError("expected a string"))
            d["service_resource"] = service_resource
            service_resource = UNSET

        total_sample_count = d.pop("total_sample_count", UNSET)
        if isinstance(total_sample_count, bool) or not isinstance(total_sample_count, (int, Unset)):
            deviate(src_dict, "total_sample_count", TypeError("expected an integer"))
            d["total_sample_count"] = total_sample_count
            total_sample_count = UNSET

        train_data_path = d.pop("train_data_path", UNSET)
        if not isinstance(train_data_path, (str, Unset)):
            deviate(src_dict, "train_data_path", TypeError("expected a string"))
            d["train_data_path"] = train_data_path
            train_data_path = UNSET

        train_job_id = d.pop("train_job_id", UNSET)
        if not isinstance(train_job_id, (str, Unset)):
            deviate(src_dict, "train_job_id", TypeError("expected a string"))
            d["train_job_id"] = train_job_id
            train_job_id = UNSET

        train_job_name = d.pop("train_job_name", UNSET)
        if not isinstance(train_job_name, (str, Unset)):
            deviate(src_dict, "train_job_name", TypeError("expected a string"))
            d["train_job_name"] = train_job_name
            train_job_name = UNSET

        unconfirmed_sample_count = d.pop("unconfirmed_sample_count", UNSET)
        if isinstance(unconfirmed_sample_count, bool) or not isinstance(unconfirmed_sample_count, (int, Unset)):
            deviate(src_dict, "unconfirmed_sample_count", TypeError("expected an integer"))
            d["unconfirmed_sample_count"] = unconfirmed_sample_count
            unconfirmed_sample_count = UNSET

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

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        auto_annotation_progress_result = cls(
            annotated_sample_count=annotated_sample_count,
            confidence_scope=confidence_scope,
            dataset_name=dataset_name,
            dataset_type=dataset_type,
            description=description,
            dlf_model_job_name=dlf_model_job_name,
            dlf_service_job_name=dlf_service_job_name,
            dlf_train_job_name=dlf_train_job_name,
            events=events,
            hard_example_path=hard_example_path,
            hard_select_tasks=hard_select_tasks,
            manifest_path=manifest_path,
            model_id=model_id,
            model_name=model_name,
            model_version=model_version,
            samples=samples,
            service_id=service_id,
            service_name=service_name,
            service_resource=service_resource,
            total_sample_count=total_sample_count,
            train_data_path=train_data_path,
            train_job_id=train_job_id,
            train_job_name=train_job_name,
            unconfirmed_sample_count=unconfirmed_sample_count,
            version_id=version_id,
            version_name=version_name,
            workspace_id=workspace_id,
        )

        auto_annotation_progress_result.additional_properties = d
        return auto_annotation_progress_result

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


from ..models.auto_annotation_progress_event import AutoAnnotationProgressEvent  # noqa: E402
from ..models.hard_select_task import HardSelectTask  # noqa: E402
from ..models.sample_labels import SampleLabels  # noqa: E402
