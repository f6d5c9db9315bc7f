from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_training_jobs_job_metadata_annotations import ListTrainingJobsJobMetadataAnnotations


T = TypeVar("T", bound="ListTrainingJobsJobMetadata")


@_attrs_define
class ListTrainingJobsJobMetadata:
    """
    Attributes:
        id (str | Unset): Training job ID, which is generated and returned by ModelArts after the training job is
            created.
        name (str | Unset): Name of a training job. The value must contain 1 to 64 characters consisting of only digits,
            letters, underscores (_), and hyphens (-).
        workspace_id (str | Unset): Workspace where a job is located. The default value is **0**. Default: '0'.
        description (str | Unset): Training job description. The value must contain 0 to 256 characters. The default
            value is **NULL**. Default: 'NULL'.
        create_time (int | Unset): Time when a training job was created, in milliseconds. The value is generated and
            returned by ModelArts after a training job is created.
        user_name (str | Unset): Username for creating a training job. The username is generated and returned by
            ModelArts after a training job is created.
        annotations (ListTrainingJobsJobMetadataAnnotations | Unset): Advanced configurations of a training job. The
            options are as follows: - **job_template**: **Template RL** (heterogeneous job) - **fault-tolerance/job-retry-
            num**: **3** (number of retries upon a fault) - **fault-tolerance/job-unconditional-retry**: **true**
            (unconditional restart) - **fault-tolerance/hang-retry**: **true** (restart upon a suspension) - **jupyter-
            lab/enable**: **true** (JupyterLab training application) - **tensorboard/enable**: **true** (TensorBoard
            training application) - **mindstudio-insight/enable**: **true** (MindStudio Insight training application)
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    description: str | Unset = "NULL"
    create_time: int | Unset = UNSET
    user_name: str | Unset = UNSET
    annotations: ListTrainingJobsJobMetadataAnnotations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        workspace_id = self.workspace_id

        description = self.description

        create_time = self.create_time

        user_name = self.user_name

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if description is not UNSET:
            field_dict["description"] = description
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        user_name = d.pop("user_name", UNSET)
        if not isinstance(user_name, (str, Unset)):
            deviate(src_dict, "user_name", TypeError("expected a string"))
            d["user_name"] = user_name
            user_name = UNSET

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            _annotations = _raw_annotations
            annotations: ListTrainingJobsJobMetadataAnnotations | Unset
            if isinstance(_annotations, Unset):
                annotations = UNSET
            else:
                annotations = ListTrainingJobsJobMetadataAnnotations.from_dict(_annotations)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotations", exc)
            d["annotations"] = _raw_annotations
            annotations = UNSET

        list_training_jobs_job_metadata = cls(
            id=id,
            name=name,
            workspace_id=workspace_id,
            description=description,
            create_time=create_time,
            user_name=user_name,
            annotations=annotations,
        )

        list_training_jobs_job_metadata.additional_properties = d
        return list_training_jobs_job_metadata

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


from ..models.list_training_jobs_job_metadata_annotations import ListTrainingJobsJobMetadataAnnotations  # noqa: E402
