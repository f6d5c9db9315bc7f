from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workforces_config import WorkforcesConfig


T = TypeVar("T", bound="UpdateWorkforceTaskRequest")


@_attrs_define
class UpdateWorkforceTaskRequest:
    """
    Attributes:
        dataset_id (str | Unset): Dataset ID.
        description (str | Unset): Team labeling task description. The value contains 0 to 256 characters and does not
            support the following special characters: ``^!<>=&"'``
        task_id (str | Unset): ID of a team labeling task.
        task_name (str | Unset): Team labeling task name. The value contains 1 to 64 characters and only letters,
            digits, underscores (_), and hyphens (-) are allowed.
        workforces_config (WorkforcesConfig | Unset):
    """

    dataset_id: str | Unset = UNSET
    description: str | Unset = UNSET
    task_id: str | Unset = UNSET
    task_name: str | Unset = UNSET
    workforces_config: WorkforcesConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        description = self.description

        task_id = self.task_id

        task_name = self.task_name

        workforces_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workforces_config, Unset):
            workforces_config = self.workforces_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if description is not UNSET:
            field_dict["description"] = description
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_name is not UNSET:
            field_dict["task_name"] = task_name
        if workforces_config is not UNSET:
            field_dict["workforces_config"] = workforces_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

        task_name = d.pop("task_name", UNSET)
        if not isinstance(task_name, (str, Unset)):
            deviate(src_dict, "task_name", TypeError("expected a string"))
            d["task_name"] = task_name
            task_name = UNSET

        _raw_workforces_config = d.pop("workforces_config", UNSET)
        try:
            _workforces_config = _raw_workforces_config
            workforces_config: WorkforcesConfig | Unset
            if isinstance(_workforces_config, Unset):
                workforces_config = UNSET
            else:
                workforces_config = WorkforcesConfig.from_dict(_workforces_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "workforces_config", exc)
            d["workforces_config"] = _raw_workforces_config
            workforces_config = UNSET

        update_workforce_task_request = cls(
            dataset_id=dataset_id,
            description=description,
            task_id=task_id,
            task_name=task_name,
            workforces_config=workforces_config,
        )

        update_workforce_task_request.additional_properties = d
        return update_workforce_task_request

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


from ..models.workforces_config import WorkforcesConfig  # noqa: E402
