from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_algorithm import JobAlgorithm
    from ..models.job_endpoints_req import JobEndpointsReq
    from ..models.job_metadata import JobMetadata
    from ..models.spec import Spec
    from ..models.task import Task


T = TypeVar("T", bound="CreateTrainingJobRequest")


@_attrs_define
class CreateTrainingJobRequest:
    """
    Attributes:
        kind (str): Training job type. The default value is **job**, indicating a training job. **visualization_job**:
            visualization job Default: 'job'.
        metadata (JobMetadata):
        algorithm (JobAlgorithm | Unset):
        tasks (list[Task] | Unset): Task list. This function is not implemented currently.
        spec (Spec | Unset):
        endpoints (JobEndpointsReq | Unset):
    """

    metadata: JobMetadata
    kind: str = "job"
    algorithm: JobAlgorithm | Unset = UNSET
    tasks: list[Task] | Unset = UNSET
    spec: Spec | Unset = UNSET
    endpoints: JobEndpointsReq | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.to_dict()

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        endpoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.kind is not UNREAD:
            kind = self.kind
            field_dict["kind"] = kind
        if self.metadata is not UNREAD:
            metadata = self.metadata.to_dict()
            field_dict["metadata"] = metadata
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if spec is not UNSET:
            field_dict["spec"] = spec
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        kind = d.pop("kind", UNSET)
        if not isinstance(kind, (str)):
            deviate(src_dict, "kind", TypeError("expected a string"))
            if not isinstance(kind, Unset):
                d["kind"] = kind
            kind = UNREAD

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            if isinstance(_raw_metadata, Unset):
                raise KeyError("metadata")
            metadata = JobMetadata.from_dict(_raw_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            if not isinstance(_raw_metadata, Unset):
                d["metadata"] = _raw_metadata
            metadata = UNREAD

        _raw_algorithm = d.pop("algorithm", UNSET)
        try:
            _algorithm = _raw_algorithm
            algorithm: JobAlgorithm | Unset
            if isinstance(_algorithm, Unset):
                algorithm = UNSET
            else:
                algorithm = JobAlgorithm.from_dict(_algorithm)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "algorithm", exc)
            d["algorithm"] = _raw_algorithm
            algorithm = UNSET

        _raw_tasks = d.pop("tasks", UNSET)
        try:
            _tasks = _raw_tasks
            tasks: list[Task] | Unset = UNSET
            if _tasks is not UNSET:
                tasks = []
                for tasks_item_data in _tasks:
                    tasks_item = Task.from_dict(tasks_item_data)

                    tasks.append(tasks_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tasks", exc)
            d["tasks"] = _raw_tasks
            tasks = UNSET

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: Spec | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = Spec.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        _raw_endpoints = d.pop("endpoints", UNSET)
        try:
            _endpoints = _raw_endpoints
            endpoints: JobEndpointsReq | Unset
            if isinstance(_endpoints, Unset):
                endpoints = UNSET
            else:
                endpoints = JobEndpointsReq.from_dict(_endpoints)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "endpoints", exc)
            d["endpoints"] = _raw_endpoints
            endpoints = UNSET

        create_training_job_request = cls(
            kind=kind,
            metadata=metadata,
            algorithm=algorithm,
            tasks=tasks,
            spec=spec,
            endpoints=endpoints,
        )

        create_training_job_request.additional_properties = d
        return create_training_job_request

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


from ..models.job_algorithm import JobAlgorithm  # noqa: E402
from ..models.job_endpoints_req import JobEndpointsReq  # noqa: E402
from ..models.job_metadata import JobMetadata  # noqa: E402
from ..models.spec import Spec  # noqa: E402
from ..models.task import Task  # noqa: E402
