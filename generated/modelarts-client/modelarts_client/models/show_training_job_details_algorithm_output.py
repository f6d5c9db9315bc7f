from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_training_job_details_remote import ShowTrainingJobDetailsRemote


T = TypeVar("T", bound="ShowTrainingJobDetailsAlgorithmOutput")


@_attrs_define
class ShowTrainingJobDetailsAlgorithmOutput:
    """
    Attributes:
        name (str | Unset): Name of the data output channel.
        local_dir (str | Unset): Local directory of the container to which the data output channel is mapped.
        remote (ShowTrainingJobDetailsRemote | Unset):
        mode (str | Unset): Data transmission mode. The default value is **upload_periodically**. Default:
            'upload_periodically'.
        period (str | Unset): Data transmission period. The default value is **30s**. Default: '30s'.
    """

    name: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    remote: ShowTrainingJobDetailsRemote | Unset = UNSET
    mode: str | Unset = "upload_periodically"
    period: str | Unset = "30s"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        local_dir = self.local_dir

        remote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote, Unset):
            remote = self.remote.to_dict()

        mode = self.mode

        period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if local_dir is not UNSET:
            field_dict["local_dir"] = local_dir
        if remote is not UNSET:
            field_dict["remote"] = remote
        if mode is not UNSET:
            field_dict["mode"] = mode
        if period is not UNSET:
            field_dict["period"] = period

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
            remote: ShowTrainingJobDetailsRemote | Unset
            if isinstance(_remote, Unset):
                remote = UNSET
            else:
                remote = ShowTrainingJobDetailsRemote.from_dict(_remote)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "remote", exc)
            d["remote"] = _raw_remote
            remote = UNSET

        mode = d.pop("mode", UNSET)
        if not isinstance(mode, (str, Unset)):
            deviate(src_dict, "mode", TypeError("expected a string"))
            d["mode"] = mode
            mode = UNSET

        period = d.pop("period", UNSET)
        if not isinstance(period, (str, Unset)):
            deviate(src_dict, "period", TypeError("expected a string"))
            d["period"] = period
            period = UNSET

        show_training_job_details_algorithm_output = cls(
            name=name,
            local_dir=local_dir,
            remote=remote,
            mode=mode,
            period=period,
        )

        show_training_job_details_algorithm_output.additional_properties = d
        return show_training_job_details_algorithm_output

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


from ..models.show_training_job_details_remote import ShowTrainingJobDetailsRemote  # noqa: E402
