from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.workforce_information_data_sync_type import WorkforceInformationDataSyncType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workforces_config import WorkforcesConfig


T = TypeVar("T", bound="WorkforceInformation")


@_attrs_define
class WorkforceInformation:
    """
    Attributes:
        task_name (str): Name of a team labeling task. The name contains 1 to 64 characters, including only letters,
            digits, underscores (_), and hyphens (-).
        data_sync_type (WorkforceInformationDataSyncType | Unset): Synchronization type. Options: - **0**: not to be
            synchronized - **1**: data to be synchronized - **2**: label to be synchronized - **3**: data and label to be
            synchronized
        repetition (int | Unset): Number of persons who label each sample. The minimum value is **1**.
        synchronize_auto_labeling_data (bool | Unset): Whether to synchronously update auto labeling data. Options: -
            **true**: Update auto labeling data synchronously. - **false**: Do not update auto labeling data synchronously.
        synchronize_data (bool | Unset): Whether to synchronize updated data, such as uploading files, synchronizing
            data sources, and assigning imported unlabeled files to team members. Options: - **true**: Synchronize updated
            data to team members. - **false**: Do not synchronize updated data to team members.
        task_id (str | Unset): ID of a team labeling task.
        workforces_config (WorkforcesConfig | Unset):
    """

    task_name: str
    data_sync_type: WorkforceInformationDataSyncType | Unset = UNSET
    repetition: int | Unset = UNSET
    synchronize_auto_labeling_data: bool | Unset = UNSET
    synchronize_data: bool | Unset = UNSET
    task_id: str | Unset = UNSET
    workforces_config: WorkforcesConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_sync_type: int | Unset = UNSET
        if not isinstance(self.data_sync_type, Unset):
            data_sync_type = self.data_sync_type.value

        repetition = self.repetition

        synchronize_auto_labeling_data = self.synchronize_auto_labeling_data

        synchronize_data = self.synchronize_data

        task_id = self.task_id

        workforces_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workforces_config, Unset):
            workforces_config = self.workforces_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.task_name is not UNREAD:
            task_name = self.task_name
            field_dict["task_name"] = task_name
        if data_sync_type is not UNSET:
            field_dict["data_sync_type"] = data_sync_type
        if repetition is not UNSET:
            field_dict["repetition"] = repetition
        if synchronize_auto_labeling_data is not UNSET:
            field_dict["synchronize_auto_labeling_data"] = synchronize_auto_labeling_data
        if synchronize_data is not UNSET:
            field_dict["synchronize_data"] = synchronize_data
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if workforces_config is not UNSET:
            field_dict["workforces_config"] = workforces_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        task_name = d.pop("task_name", UNSET)
        if not isinstance(task_name, (str)):
            deviate(src_dict, "task_name", TypeError("expected a string"))
            if not isinstance(task_name, Unset):
                d["task_name"] = task_name
            task_name = UNREAD

        _raw_data_sync_type = d.pop("data_sync_type", UNSET)
        try:
            _data_sync_type = _raw_data_sync_type
            data_sync_type: WorkforceInformationDataSyncType | Unset
            if isinstance(_data_sync_type, Unset):
                data_sync_type = UNSET
            else:
                data_sync_type = member_of(WorkforceInformationDataSyncType, _data_sync_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_sync_type", exc)
            d["data_sync_type"] = _raw_data_sync_type
            data_sync_type = UNSET

        repetition = d.pop("repetition", UNSET)
        if isinstance(repetition, bool) or not isinstance(repetition, (int, Unset)):
            deviate(src_dict, "repetition", TypeError("expected an integer"))
            d["repetition"] = repetition
            repetition = UNSET

        synchronize_auto_labeling_data = d.pop("synchronize_auto_labeling_data", UNSET)
        if not isinstance(synchronize_auto_labeling_data, (bool, Unset)):
            deviate(src_dict, "synchronize_auto_labeling_data", TypeError("expected a boolean"))
            d["synchronize_auto_labeling_data"] = synchronize_auto_labeling_data
            synchronize_auto_labeling_data = UNSET

        synchronize_data = d.pop("synchronize_data", UNSET)
        if not isinstance(synchronize_data, (bool, Unset)):
            deviate(src_dict, "synchronize_data", TypeError("expected a boolean"))
            d["synchronize_data"] = synchronize_data
            synchronize_data = UNSET

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

        workforce_information = cls(
            task_name=task_name,
            data_sync_type=data_sync_type,
            repetition=repetition,
            synchronize_auto_labeling_data=synchronize_auto_labeling_data,
            synchronize_data=synchronize_data,
            task_id=task_id,
            workforces_config=workforces_config,
        )

        workforce_information.additional_properties = d
        return workforce_information

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
