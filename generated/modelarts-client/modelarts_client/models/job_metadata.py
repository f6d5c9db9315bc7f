from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_metadata_annotations import JobMetadataAnnotations


T = TypeVar("T", bound="JobMetadata")


@_attrs_define
class JobMetadata:
    """
    Attributes:
        name (str): Name of a training job. The value must contain 1 to 64 characters consisting of only digits,
            letters, underscores (_), and hyphens (-).
        workspace_id (str | Unset): Workspace where a job is located. The default value is **0**. Default: '0'.
        description (str | Unset): Training job description. The value must contain 0 to 256 characters. The default
            value is **NULL**. Default: 'NULL'.
        annotations (JobMetadataAnnotations | Unset): Advanced configurations of a training job. The options are as
            follows: - **job_template**: **Template RL** (heterogeneous job) - **fault-tolerance/job-retry-num**: **3**
            (number of retries upon a fault) - **fault-tolerance/job-unconditional-retry**: **true** (unconditional restart)
            - **fault-tolerance/hang-retry**: **true** (restart upon a suspension) - **jupyter-lab/enable**: **true**
            (JupyterLab training application) - **tensorboard/enable**: **true** (TensorBoard training application) -
            **mindstudio-insight/enable**: **true** (MindStudio Insight training application)
    """

    name: str
    workspace_id: str | Unset = "0"
    description: str | Unset = "NULL"
    annotations: JobMetadataAnnotations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        description = self.description

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if description is not UNSET:
            field_dict["description"] = description
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

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

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            _annotations = _raw_annotations
            annotations: JobMetadataAnnotations | Unset
            if isinstance(_annotations, Unset):
                annotations = UNSET
            else:
                annotations = JobMetadataAnnotations.from_dict(_annotations)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotations", exc)
            d["annotations"] = _raw_annotations
            annotations = UNSET

        job_metadata = cls(
            name=name,
            workspace_id=workspace_id,
            description=description,
            annotations=annotations,
        )

        job_metadata.additional_properties = d
        return job_metadata

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


from ..models.job_metadata_annotations import JobMetadataAnnotations  # noqa: E402
