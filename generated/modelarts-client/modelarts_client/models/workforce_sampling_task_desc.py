from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.workforce_sampling_task_desc_action import WorkforceSamplingTaskDescAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.check_task_stats import CheckTaskStats


T = TypeVar("T", bound="WorkforceSamplingTaskDesc")


@_attrs_define
class WorkforceSamplingTaskDesc:
    """
    Attributes:
        action (WorkforceSamplingTaskDescAction | Unset): Acceptance operations. Options: - **0**: Pass all samples. -
            **1**: Reject all samples. - **4**: Pass single-accepted samples and unaccepted samples. - **5**: Reject single-
            rejected samples and unaccepted samples.
        checking_stats (CheckTaskStats | Unset):
        checking_task_id (str | Unset): ID of the current acceptance task.
        overwrite_last_result (bool | Unset): Whether to use the acceptance result to overwrite the labeled result if a
            sample has been labeled during acceptance. Options: - **true**: Overwrite the labeled result. - **false**: Do
            not overwrite the labeled result. (Default value)
        total_stats (CheckTaskStats | Unset):
    """

    action: WorkforceSamplingTaskDescAction | Unset = UNSET
    checking_stats: CheckTaskStats | Unset = UNSET
    checking_task_id: str | Unset = UNSET
    overwrite_last_result: bool | Unset = UNSET
    total_stats: CheckTaskStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: int | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        checking_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checking_stats, Unset):
            checking_stats = self.checking_stats.to_dict()

        checking_task_id = self.checking_task_id

        overwrite_last_result = self.overwrite_last_result

        total_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_stats, Unset):
            total_stats = self.total_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if action is not UNSET:
            field_dict["action"] = action
        if checking_stats is not UNSET:
            field_dict["checking_stats"] = checking_stats
        if checking_task_id is not UNSET:
            field_dict["checking_task_id"] = checking_task_id
        if overwrite_last_result is not UNSET:
            field_dict["overwrite_last_result"] = overwrite_last_result
        if total_stats is not UNSET:
            field_dict["total_stats"] = total_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_action = d.pop("action", UNSET)
        try:
            _action = _raw_action
            action: WorkforceSamplingTaskDescAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = member_of(WorkforceSamplingTaskDescAction, _action)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "action", exc)
            d["action"] = _raw_action
            action = UNSET

        _raw_checking_stats = d.pop("checking_stats", UNSET)
        try:
            _checking_stats = _raw_checking_stats
            checking_stats: CheckTaskStats | Unset
            if isinstance(_checking_stats, Unset):
                checking_stats = UNSET
            else:
                checking_stats = CheckTaskStats.from_dict(_checking_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "checking_stats", exc)
            d["checking_stats"] = _raw_checking_stats
            checking_stats = UNSET

        checking_task_id = d.pop("checking_task_id", UNSET)
        if not isinstance(checking_task_id, (str, Unset)):
            deviate(src_dict, "checking_task_id", TypeError("expected a string"))
            d["checking_task_id"] = checking_task_id
            checking_task_id = UNSET

        overwrite_last_result = d.pop("overwrite_last_result", UNSET)
        if not isinstance(overwrite_last_result, (bool, Unset)):
            deviate(src_dict, "overwrite_last_result", TypeError("expected a boolean"))
            d["overwrite_last_result"] = overwrite_last_result
            overwrite_last_result = UNSET

        _raw_total_stats = d.pop("total_stats", UNSET)
        try:
            _total_stats = _raw_total_stats
            total_stats: CheckTaskStats | Unset
            if isinstance(_total_stats, Unset):
                total_stats = UNSET
            else:
                total_stats = CheckTaskStats.from_dict(_total_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "total_stats", exc)
            d["total_stats"] = _raw_total_stats
            total_stats = UNSET

        workforce_sampling_task_desc = cls(
            action=action,
            checking_stats=checking_stats,
            checking_task_id=checking_task_id,
            overwrite_last_result=overwrite_last_result,
            total_stats=total_stats,
        )

        workforce_sampling_task_desc.additional_properties = d
        return workforce_sampling_task_desc

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


from ..models.check_task_stats import CheckTaskStats  # noqa: E402
