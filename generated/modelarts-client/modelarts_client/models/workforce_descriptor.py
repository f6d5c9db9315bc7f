from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker import Worker


T = TypeVar("T", bound="WorkforceDescriptor")


@_attrs_define
class WorkforceDescriptor:
    """
    Attributes:
        current_task_id (str | Unset): ID of a team labeling task.
        current_task_name (str | Unset): Name of a team labeling task.
        reject_num (int | Unset): Number of rejected samples.
        repetition (int | Unset): Number of persons who label each sample. The minimum value is **1**.
        is_synchronize_auto_labeling_data (bool | Unset): Whether to synchronously update auto labeling data. Options: -
            **true**: Update auto labeling data synchronously. - **false**: Do not update auto labeling data synchronously.
        is_synchronize_data (bool | Unset): Whether to synchronize updated data, such as uploading files, synchronizing
            data sources, and assigning imported unlabeled files to team members. Options: - **true**: Synchronize updated
            data to team members. - **false**: Do not synchronize updated data to team members.
        workers (list[Worker] | Unset): List of labeling team members.
        workforce_id (str | Unset): ID of a labeling team.
        workforce_name (str | Unset): Name of a labeling team.
    """

    current_task_id: str | Unset = UNSET
    current_task_name: str | Unset = UNSET
    reject_num: int | Unset = UNSET
    repetition: int | Unset = UNSET
    is_synchronize_auto_labeling_data: bool | Unset = UNSET
    is_synchronize_data: bool | Unset = UNSET
    workers: list[Worker] | Unset = UNSET
    workforce_id: str | Unset = UNSET
    workforce_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_task_id = self.current_task_id

        current_task_name = self.current_task_name

        reject_num = self.reject_num

        repetition = self.repetition

        is_synchronize_auto_labeling_data = self.is_synchronize_auto_labeling_data

        is_synchronize_data = self.is_synchronize_data

        workers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = []
            for workers_item_data in self.workers:
                workers_item = workers_item_data.to_dict()
                workers.append(workers_item)

        workforce_id = self.workforce_id

        workforce_name = self.workforce_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if current_task_id is not UNSET:
            field_dict["current_task_id"] = current_task_id
        if current_task_name is not UNSET:
            field_dict["current_task_name"] = current_task_name
        if reject_num is not UNSET:
            field_dict["reject_num"] = reject_num
        if repetition is not UNSET:
            field_dict["repetition"] = repetition
        if is_synchronize_auto_labeling_data is not UNSET:
            field_dict["is_synchronize_auto_labeling_data"] = is_synchronize_auto_labeling_data
        if is_synchronize_data is not UNSET:
            field_dict["is_synchronize_data"] = is_synchronize_data
        if workers is not UNSET:
            field_dict["workers"] = workers
        if workforce_id is not UNSET:
            field_dict["workforce_id"] = workforce_id
        if workforce_name is not UNSET:
            field_dict["workforce_name"] = workforce_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        current_task_id = d.pop("current_task_id", UNSET)
        if not isinstance(current_task_id, (str, Unset)):
            deviate(src_dict, "current_task_id", TypeError("expected a string"))
            d["current_task_id"] = current_task_id
            current_task_id = UNSET

        current_task_name = d.pop("current_task_name", UNSET)
        if not isinstance(current_task_name, (str, Unset)):
            deviate(src_dict, "current_task_name", TypeError("expected a string"))
            d["current_task_name"] = current_task_name
            current_task_name = UNSET

        reject_num = d.pop("reject_num", UNSET)
        if isinstance(reject_num, bool) or not isinstance(reject_num, (int, Unset)):
            deviate(src_dict, "reject_num", TypeError("expected an integer"))
            d["reject_num"] = reject_num
            reject_num = UNSET

        repetition = d.pop("repetition", UNSET)
        if isinstance(repetition, bool) or not isinstance(repetition, (int, Unset)):
            deviate(src_dict, "repetition", TypeError("expected an integer"))
            d["repetition"] = repetition
            repetition = UNSET

        is_synchronize_auto_labeling_data = d.pop("is_synchronize_auto_labeling_data", UNSET)
        if not isinstance(is_synchronize_auto_labeling_data, (bool, Unset)):
            deviate(src_dict, "is_synchronize_auto_labeling_data", TypeError("expected a boolean"))
            d["is_synchronize_auto_labeling_data"] = is_synchronize_auto_labeling_data
            is_synchronize_auto_labeling_data = UNSET

        is_synchronize_data = d.pop("is_synchronize_data", UNSET)
        if not isinstance(is_synchronize_data, (bool, Unset)):
            deviate(src_dict, "is_synchronize_data", TypeError("expected a boolean"))
            d["is_synchronize_data"] = is_synchronize_data
            is_synchronize_data = UNSET

        _raw_workers = d.pop("workers", UNSET)
        try:
            _workers = _raw_workers
            workers: list[Worker] | Unset = UNSET
            if _workers is not UNSET:
                workers = []
                for workers_item_data in _workers:
                    workers_item = Worker.from_dict(workers_item_data)

                    workers.append(workers_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "workers", exc)
            d["workers"] = _raw_workers
            workers = UNSET

        workforce_id = d.pop("workforce_id", UNSET)
        if not isinstance(workforce_id, (str, Unset)):
            deviate(src_dict, "workforce_id", TypeError("expected a string"))
            d["workforce_id"] = workforce_id
            workforce_id = UNSET

        workforce_name = d.pop("workforce_name", UNSET)
        if not isinstance(workforce_name, (str, Unset)):
            deviate(src_dict, "workforce_name", TypeError("expected a string"))
            d["workforce_name"] = workforce_name
            workforce_name = UNSET

        workforce_descriptor = cls(
            current_task_id=current_task_id,
            current_task_name=current_task_name,
            reject_num=reject_num,
            repetition=repetition,
            is_synchronize_auto_labeling_data=is_synchronize_auto_labeling_data,
            is_synchronize_data=is_synchronize_data,
            workers=workers,
            workforce_id=workforce_id,
            workforce_name=workforce_name,
        )

        workforce_descriptor.additional_properties = d
        return workforce_descriptor

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


from ..models.worker import Worker  # noqa: E402
