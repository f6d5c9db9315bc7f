from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_tasks_details_task_output_dis import ListTasksDetailsTaskOutputDis
    from ..models.list_tasks_details_task_output_obs import ListTasksDetailsTaskOutputObs
    from ..models.list_tasks_details_task_output_webhook import ListTasksDetailsTaskOutputWebhook


T = TypeVar("T", bound="ListTasksDetailsTaskOutputForDisplay")


@_attrs_define
class ListTasksDetailsTaskOutputForDisplay:
    """
    Attributes:
        obs (ListTasksDetailsTaskOutputObs | Unset):
        dis (ListTasksDetailsTaskOutputDis | Unset):
        webhook (ListTasksDetailsTaskOutputWebhook | Unset):
    """

    obs: ListTasksDetailsTaskOutputObs | Unset = UNSET
    dis: ListTasksDetailsTaskOutputDis | Unset = UNSET
    webhook: ListTasksDetailsTaskOutputWebhook | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obs, Unset):
            obs = self.obs.to_dict()

        dis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dis, Unset):
            dis = self.dis.to_dict()

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if obs is not UNSET:
            field_dict["obs"] = obs
        if dis is not UNSET:
            field_dict["dis"] = dis
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_obs = d.pop("obs", UNSET)
        try:
            _obs = _raw_obs
            obs: ListTasksDetailsTaskOutputObs | Unset
            if isinstance(_obs, Unset):
                obs = UNSET
            else:
                obs = ListTasksDetailsTaskOutputObs.from_dict(_obs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "obs", exc)
            d["obs"] = _raw_obs
            obs = UNSET

        _raw_dis = d.pop("dis", UNSET)
        try:
            _dis = _raw_dis
            dis: ListTasksDetailsTaskOutputDis | Unset
            if isinstance(_dis, Unset):
                dis = UNSET
            else:
                dis = ListTasksDetailsTaskOutputDis.from_dict(_dis)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dis", exc)
            d["dis"] = _raw_dis
            dis = UNSET

        _raw_webhook = d.pop("webhook", UNSET)
        try:
            _webhook = _raw_webhook
            webhook: ListTasksDetailsTaskOutputWebhook | Unset
            if isinstance(_webhook, Unset):
                webhook = UNSET
            else:
                webhook = ListTasksDetailsTaskOutputWebhook.from_dict(_webhook)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "webhook", exc)
            d["webhook"] = _raw_webhook
            webhook = UNSET

        list_tasks_details_task_output_for_display = cls(
            obs=obs,
            dis=dis,
            webhook=webhook,
        )

        list_tasks_details_task_output_for_display.additional_properties = d
        return list_tasks_details_task_output_for_display

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


from ..models.list_tasks_details_task_output_dis import ListTasksDetailsTaskOutputDis  # noqa: E402
from ..models.list_tasks_details_task_output_obs import ListTasksDetailsTaskOutputObs  # noqa: E402
from ..models.list_tasks_details_task_output_webhook import ListTasksDetailsTaskOutputWebhook  # noqa: E402
