from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flavor_response import FlavorResponse
    from ..models.show_training_job_details_task_response_algorithm import ShowTrainingJobDetailsTaskResponseAlgorithm


T = TypeVar("T", bound="ShowTrainingJobDetailsTaskResponse")


@_attrs_define
class ShowTrainingJobDetailsTaskResponse:
    """
    Attributes:
        role (str | Unset): Task role. This function is not supported currently.
        algorithm (ShowTrainingJobDetailsTaskResponseAlgorithm | Unset):
        task_resource (FlavorResponse | Unset):
    """

    role: str | Unset = UNSET
    algorithm: ShowTrainingJobDetailsTaskResponseAlgorithm | Unset = UNSET
    task_resource: FlavorResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        algorithm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.to_dict()

        task_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_resource, Unset):
            task_resource = self.task_resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if role is not UNSET:
            field_dict["role"] = role
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if task_resource is not UNSET:
            field_dict["task_resource"] = task_resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        role = d.pop("role", UNSET)
        if not isinstance(role, (str, Unset)):
            deviate(src_dict, "role", TypeError("expected a string"))
            d["role"] = role
            role = UNSET

        _raw_algorithm = d.pop("algorithm", UNSET)
        try:
            _algorithm = _raw_algorithm
            algorithm: ShowTrainingJobDetailsTaskResponseAlgorithm | Unset
            if isinstance(_algorithm, Unset):
                algorithm = UNSET
            else:
                algorithm = ShowTrainingJobDetailsTaskResponseAlgorithm.from_dict(_algorithm)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "algorithm", exc)
            d["algorithm"] = _raw_algorithm
            algorithm = UNSET

        _raw_task_resource = d.pop("task_resource", UNSET)
        try:
            _task_resource = _raw_task_resource
            task_resource: FlavorResponse | Unset
            if isinstance(_task_resource, Unset):
                task_resource = UNSET
            else:
                task_resource = FlavorResponse.from_dict(_task_resource)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "task_resource", exc)
            d["task_resource"] = _raw_task_resource
            task_resource = UNSET

        show_training_job_details_task_response = cls(
            role=role,
            algorithm=algorithm,
            task_resource=task_resource,
        )

        show_training_job_details_task_response.additional_properties = d
        return show_training_job_details_task_response

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


from ..models.flavor_response import FlavorResponse  # noqa: E402
from ..models.show_training_job_details_task_response_algorithm import ShowTrainingJobDetailsTaskResponseAlgorithm  # noqa: E402
