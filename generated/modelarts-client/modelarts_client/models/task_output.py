from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_output_dis import TaskOutputDis
    from ..models.task_output_obs import TaskOutputObs
    from ..models.task_output_webhook import TaskOutputWebhook


T = TypeVar("T", bound="TaskOutput")


@_attrs_define
class TaskOutput:
    """
    Attributes:
        obs (TaskOutputObs | Unset):
        dis (TaskOutputDis | Unset):
        webhook (TaskOutputWebhook | Unset):
    """

    obs: TaskOutputObs | Unset = UNSET
    dis: TaskOutputDis | Unset = UNSET
    webhook: TaskOutputWebhook | Unset = UNSET
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
            obs: TaskOutputObs | Unset
            if isinstance(_obs, Unset):
                obs = UNSET
            else:
                obs = TaskOutputObs.from_dict(_obs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "obs", exc)
            d["obs"] = _raw_obs
            obs = UNSET

        _raw_dis = d.pop("dis", UNSET)
        try:
            _dis = _raw_dis
            dis: TaskOutputDis | Unset
            if isinstance(_dis, Unset):
                dis = UNSET
            else:
                dis = TaskOutputDis.from_dict(_dis)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dis", exc)
            d["dis"] = _raw_dis
            dis = UNSET

        _raw_webhook = d.pop("webhook", UNSET)
        try:
            _webhook = _raw_webhook
            webhook: TaskOutputWebhook | Unset
            if isinstance(_webhook, Unset):
                webhook = UNSET
            else:
                webhook = TaskOutputWebhook.from_dict(_webhook)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "webhook", exc)
            d["webhook"] = _raw_webhook
            webhook = UNSET

        task_output = cls(
            obs=obs,
            dis=dis,
            webhook=webhook,
        )

        task_output.additional_properties = d
        return task_output

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


from ..models.task_output_dis import TaskOutputDis  # noqa: E402
from ..models.task_output_obs import TaskOutputObs  # noqa: E402
from ..models.task_output_webhook import TaskOutputWebhook  # noqa: E402
