from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.show_training_job_details_response_kind import ShowTrainingJobDetailsResponseKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_endpoints_resp import JobEndpointsResp
    from ..models.show_training_job_details_job_algorithm_response import ShowTrainingJobDetailsJobAlgorithmResponse
    from ..models.show_training_job_details_job_metadata import ShowTrainingJobDetailsJobMetadata
    from ..models.show_training_job_details_task_response import ShowTrainingJobDetailsTaskResponse
    from ..models.spec_responce import SpecResponce
    from ..models.status import Status


T = TypeVar("T", bound="ShowTrainingJobDetailsResponse")


@_attrs_define
class ShowTrainingJobDetailsResponse:
    """
    Attributes:
        kind (ShowTrainingJobDetailsResponseKind | Unset): Training job type, which is **job** by default. Options: -
            **job**: training job
        metadata (ShowTrainingJobDetailsJobMetadata | Unset):
        status (Status | Unset):
        algorithm (ShowTrainingJobDetailsJobAlgorithmResponse | Unset):
        tasks (list[ShowTrainingJobDetailsTaskResponse] | Unset): List of tasks in heterogeneous training jobs.
        spec (SpecResponce | Unset):
        endpoints (JobEndpointsResp | Unset):
    """

    kind: ShowTrainingJobDetailsResponseKind | Unset = UNSET
    metadata: ShowTrainingJobDetailsJobMetadata | Unset = UNSET
    status: Status | Unset = UNSET
    algorithm: ShowTrainingJobDetailsJobAlgorithmResponse | Unset = UNSET
    tasks: list[ShowTrainingJobDetailsTaskResponse] | Unset = UNSET
    spec: SpecResponce | Unset = UNSET
    endpoints: JobEndpointsResp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

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
        if kind is not UNSET:
            field_dict["kind"] = kind
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
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
        _raw_kind = d.pop("kind", UNSET)
        try:
            _kind = _raw_kind
            kind: ShowTrainingJobDetailsResponseKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = member_of(ShowTrainingJobDetailsResponseKind, _kind)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "kind", exc)
            d["kind"] = _raw_kind
            kind = UNSET

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: ShowTrainingJobDetailsJobMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = ShowTrainingJobDetailsJobMetadata.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: Status | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = Status.from_dict(_status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        _raw_algorithm = d.pop("algorithm", UNSET)
        try:
            _algorithm = _raw_algorithm
            algorithm: ShowTrainingJobDetailsJobAlgorithmResponse | Unset
            if isinstance(_algorithm, Unset):
                algorithm = UNSET
            else:
                algorithm = ShowTrainingJobDetailsJobAlgorithmResponse.from_dict(_algorithm)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "algorithm", exc)
            d["algorithm"] = _raw_algorithm
            algorithm = UNSET

        _raw_tasks = d.pop("tasks", UNSET)
        try:
            _tasks = _raw_tasks
            tasks: list[ShowTrainingJobDetailsTaskResponse] | Unset = UNSET
            if _tasks is not UNSET:
                tasks = []
                for tasks_item_data in _tasks:
                    tasks_item = ShowTrainingJobDetailsTaskResponse.from_dict(tasks_item_data)

                    tasks.append(tasks_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tasks", exc)
            d["tasks"] = _raw_tasks
            tasks = UNSET

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: SpecResponce | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = SpecResponce.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        _raw_endpoints = d.pop("endpoints", UNSET)
        try:
            _endpoints = _raw_endpoints
            endpoints: JobEndpointsResp | Unset
            if isinstance(_endpoints, Unset):
                endpoints = UNSET
            else:
                endpoints = JobEndpointsResp.from_dict(_endpoints)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "endpoints", exc)
            d["endpoints"] = _raw_endpoints
            endpoints = UNSET

        show_training_job_details_response = cls(
            kind=kind,
            metadata=metadata,
            status=status,
            algorithm=algorithm,
            tasks=tasks,
            spec=spec,
            endpoints=endpoints,
        )

        show_training_job_details_response.additional_properties = d
        return show_training_job_details_response

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


from ..models.job_endpoints_resp import JobEndpointsResp  # noqa: E402
from ..models.show_training_job_details_job_algorithm_response import ShowTrainingJobDetailsJobAlgorithmResponse  # noqa: E402
from ..models.show_training_job_details_job_metadata import ShowTrainingJobDetailsJobMetadata  # noqa: E402
from ..models.show_training_job_details_task_response import ShowTrainingJobDetailsTaskResponse  # noqa: E402
from ..models.spec_responce import SpecResponce  # noqa: E402
from ..models.status import Status  # noqa: E402
