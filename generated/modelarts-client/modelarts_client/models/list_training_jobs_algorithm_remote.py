from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_training_jobs_remote_obs import ListTrainingJobsRemoteObs


T = TypeVar("T", bound="ListTrainingJobsAlgorithmRemote")


@_attrs_define
class ListTrainingJobsAlgorithmRemote:
    """
    Attributes:
        obs (ListTrainingJobsRemoteObs | Unset):
    """

    obs: ListTrainingJobsRemoteObs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obs, Unset):
            obs = self.obs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if obs is not UNSET:
            field_dict["obs"] = obs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_obs = d.pop("obs", UNSET)
        try:
            _obs = _raw_obs
            obs: ListTrainingJobsRemoteObs | Unset
            if isinstance(_obs, Unset):
                obs = UNSET
            else:
                obs = ListTrainingJobsRemoteObs.from_dict(_obs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "obs", exc)
            d["obs"] = _raw_obs
            obs = UNSET

        list_training_jobs_algorithm_remote = cls(
            obs=obs,
        )

        list_training_jobs_algorithm_remote.additional_properties = d
        return list_training_jobs_algorithm_remote

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


from ..models.list_training_jobs_remote_obs import ListTrainingJobsRemoteObs  # noqa: E402
