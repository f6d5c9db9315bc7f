from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stop_training_job_algorithm_remote import StopTrainingJobAlgorithmRemote


T = TypeVar("T", bound="StopTrainingJobAlgorithmInput")


@_attrs_define
class StopTrainingJobAlgorithmInput:
    """
    Attributes:
        name (str | Unset): Name of the data input channel.
        local_dir (str | Unset): Local path of the container to which the data input and output channels are mapped.
        remote (StopTrainingJobAlgorithmRemote | Unset):
    """

    name: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    remote: StopTrainingJobAlgorithmRemote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        local_dir = self.local_dir

        remote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote, Unset):
            remote = self.remote.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if local_dir is not UNSET:
            field_dict["local_dir"] = local_dir
        if remote is not UNSET:
            field_dict["remote"] = remote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        local_dir = d.pop("local_dir", UNSET)
        if not isinstance(local_dir, (str, Unset)):
            deviate(src_dict, "local_dir", TypeError("expected a string"))
            d["local_dir"] = local_dir
            local_dir = UNSET

        _raw_remote = d.pop("remote", UNSET)
        try:
            _remote = _raw_remote
            remote: StopTrainingJobAlgorithmRemote | Unset
            if isinstance(_remote, Unset):
                remote = UNSET
            else:
                remote = StopTrainingJobAlgorithmRemote.from_dict(_remote)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "remote", exc)
            d["remote"] = _raw_remote
            remote = UNSET

        stop_training_job_algorithm_input = cls(
            name=name,
            local_dir=local_dir,
            remote=remote,
        )

        stop_training_job_algorithm_input.additional_properties = d
        return stop_training_job_algorithm_input

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


from ..models.stop_training_job_algorithm_remote import StopTrainingJobAlgorithmRemote  # noqa: E402
