from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.create_workforce_task_request_data_sync_type import CreateWorkforceTaskRequestDataSyncType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workforces_config import WorkforcesConfig


T = TypeVar("T", bound="CreateWorkforceTaskRequest")


@_attrs_define
class CreateWorkforceTaskRequest:
    """
    Attributes:
        auto_sync_dataset (bool | Unset): Whether to automatically synchronize the result of a team labeling task to the
            dataset. Options: - **true**: Automatically synchronize the result of a team labeling task to the dataset.
            (Default value) - **false**: Do not automatically synchronize the result of a team labeling task to the dataset.
        data_sync_type (CreateWorkforceTaskRequestDataSyncType | Unset): Synchronization type. Options: - **0**:
            unsynchronization - **1**: data synchronization - **2**: label synchronization - **3**: data and label
            synchronization
        repetition (int | Unset): Number of persons who label each sample in a team labeling task. The minimum value is
            **1**.
        sample_conditions (str | Unset): Search conditions of dataset samples. Samples that meet the conditions are
            filtered for team labeling.
        synchronize_auto_labeling_data (bool | Unset): Whether to synchronize the auto labeling result of a team
            labeling task. Options: - **true**: Synchronize the results to be confirmed to team members after auto labeling
            is complete. - **false**: Do not synchronize the auto labeling results. (Default value)
        workforces_config (WorkforcesConfig | Unset):
        task_name (str | Unset): Name of a team labeling task.
        synchronize_data (bool | Unset): Whether to synchronously update new data.
    """

    auto_sync_dataset: bool | Unset = UNSET
    data_sync_type: CreateWorkforceTaskRequestDataSyncType | Unset = UNSET
    repetition: int | Unset = UNSET
    sample_conditions: str | Unset = UNSET
    synchronize_auto_labeling_data: bool | Unset = UNSET
    workforces_config: WorkforcesConfig | Unset = UNSET
    task_name: str | Unset = UNSET
    synchronize_data: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_sync_dataset = self.auto_sync_dataset

        data_sync_type: int | Unset = UNSET
        if not isinstance(self.data_sync_type, Unset):
            data_sync_type = self.data_sync_type.value

        repetition = self.repetition

        sample_conditions = self.sample_conditions

        synchronize_auto_labeling_data = self.synchronize_auto_labeling_data

        workforces_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workforces_config, Unset):
            workforces_config = self.workforces_config.to_dict()

        task_name = self.task_name

        synchronize_data = self.synchronize_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auto_sync_dataset is not UNSET:
            field_dict["auto_sync_dataset"] = auto_sync_dataset
        if data_sync_type is not UNSET:
            field_dict["data_sync_type"] = data_sync_type
        if repetition is not UNSET:
            field_dict["repetition"] = repetition
        if sample_conditions is not UNSET:
            field_dict["sample_conditions"] = sample_conditions
        if synchronize_auto_labeling_data is not UNSET:
            field_dict["synchronize_auto_labeling_data"] = synchronize_auto_labeling_data
        if workforces_config is not UNSET:
            field_dict["workforces_config"] = workforces_config
        if task_name is not UNSET:
            field_dict["task_name"] = task_name
        if synchronize_data is not UNSET:
            field_dict["synchronize_data"] = synchronize_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        auto_sync_dataset = d.pop("auto_sync_dataset", UNSET)
        if not isinstance(auto_sync_dataset, (bool, Unset)):
            deviate(src_dict, "auto_sync_dataset", TypeError("expected a boolean"))
            d["auto_sync_dataset"] = auto_sync_dataset
            auto_sync_dataset = UNSET

        _raw_data_sync_type = d.pop("data_sync_type", UNSET)
        try:
            _data_sync_type = _raw_data_sync_type
            data_sync_type: CreateWorkforceTaskRequestDataSyncType | Unset
            if isinstance(_data_sync_type, Unset):
                data_sync_type = UNSET
            else:
                data_sync_type = member_of(CreateWorkforceTaskRequestDataSyncType, _data_sync_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_sync_type", exc)
            d["data_sync_type"] = _raw_data_sync_type
            data_sync_type = UNSET

        repetition = d.pop("repetition", UNSET)
        if isinstance(repetition, bool) or not isinstance(repetition, (int, Unset)):
            deviate(src_dict, "repetition", TypeError("expected an integer"))
            d["repetition"] = repetition
            repetition = UNSET

        sample_conditions = d.pop("sample_conditions", UNSET)
        if not isinstance(sample_conditions, (str, Unset)):
            deviate(src_dict, "sample_conditions", TypeError("expected a string"))
            d["sample_conditions"] = sample_conditions
            sample_conditions = UNSET

        synchronize_auto_labeling_data = d.pop("synchronize_auto_labeling_data", UNSET)
        if not isinstance(synchronize_auto_labeling_data, (bool, Unset)):
            deviate(src_dict, "synchronize_auto_labeling_data", TypeError("expected a boolean"))
            d["synchronize_auto_labeling_data"] = synchronize_auto_labeling_data
            synchronize_auto_labeling_data = UNSET

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

        task_name = d.pop("task_name", UNSET)
        if not isinstance(task_name, (str, Unset)):
            deviate(src_dict, "task_name", TypeError("expected a string"))
            d["task_name"] = task_name
            task_name = UNSET

        synchronize_data = d.pop("synchronize_data", UNSET)
        if not isinstance(synchronize_data, (bool, Unset)):
            deviate(src_dict, "synchronize_data", TypeError("expected a boolean"))
            d["synchronize_data"] = synchronize_data
            synchronize_data = UNSET

        create_workforce_task_request = cls(
            auto_sync_dataset=auto_sync_dataset,
            data_sync_type=data_sync_type,
            repetition=repetition,
            sample_conditions=sample_conditions,
            synchronize_auto_labeling_data=synchronize_auto_labeling_data,
            workforces_config=workforces_config,
            task_name=task_name,
            synchronize_data=synchronize_data,
        )

        create_workforce_task_request.additional_properties = d
        return create_workforce_task_request

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
