from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.job_progress_step import JobProgressStep
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobProgress")


@_attrs_define
class JobProgress:
    """
    Attributes:
        notebook_id (str | Unset): Instance ID.
        status (str | Unset): Job status in a specified step. Enums: - **WAITING**: The job is awaiting. -
            **PROCESSING**: The job is being processed. - **FAILED**: The job failed. - **COMPLETED**: The job is complete.
        step (JobProgressStep | Unset): Job step. Options: - **1**: Prepare storage. - **2**: Prepare compute resources.
            - **3**: Configure the network. - **4**: Initialize the instance.
        step_description (str | Unset): Description of a step in a job.
    """

    notebook_id: str | Unset = UNSET
    status: str | Unset = UNSET
    step: JobProgressStep | Unset = UNSET
    step_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notebook_id = self.notebook_id

        status = self.status

        step: int | Unset = UNSET
        if not isinstance(self.step, Unset):
            step = self.step.value

        step_description = self.step_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if notebook_id is not UNSET:
            field_dict["notebook_id"] = notebook_id
        if status is not UNSET:
            field_dict["status"] = status
        if step is not UNSET:
            field_dict["step"] = step
        if step_description is not UNSET:
            field_dict["step_description"] = step_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        notebook_id = d.pop("notebook_id", UNSET)
        if not isinstance(notebook_id, (str, Unset)):
            deviate(src_dict, "notebook_id", TypeError("expected a string"))
            d["notebook_id"] = notebook_id
            notebook_id = UNSET

        status = d.pop("status", UNSET)
        if not isinstance(status, (str, Unset)):
            deviate(src_dict, "status", TypeError("expected a string"))
            d["status"] = status
            status = UNSET

        _raw_step = d.pop("step", UNSET)
        try:
            _step = _raw_step
            step: JobProgressStep | Unset
            if isinstance(_step, Unset):
                step = UNSET
            else:
                step = member_of(JobProgressStep, _step)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "step", exc)
            d["step"] = _raw_step
            step = UNSET

        step_description = d.pop("step_description", UNSET)
        if not isinstance(step_description, (str, Unset)):
            deviate(src_dict, "step_description", TypeError("expected a string"))
            d["step_description"] = step_description
            step_description = UNSET

        job_progress = cls(
            notebook_id=notebook_id,
            status=status,
            step=step,
            step_description=step_description,
        )

        job_progress.additional_properties = d
        return job_progress

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
