from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workforces_config import WorkforcesConfig


T = TypeVar("T", bound="StartWorkforceTaskRequest")


@_attrs_define
class StartWorkforceTaskRequest:
    """
    Attributes:
        dataset_id (str | Unset): Dataset ID.
        task_id (str | Unset): ID of a team labeling task.
        workforces_config (WorkforcesConfig | Unset):
    """

    dataset_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    workforces_config: WorkforcesConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        task_id = self.task_id

        workforces_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workforces_config, Unset):
            workforces_config = self.workforces_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
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

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

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

        start_workforce_task_request = cls(
            dataset_id=dataset_id,
            task_id=task_id,
            workforces_config=workforces_config,
        )

        start_workforce_task_request.additional_properties = d
        return start_workforce_task_request

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
