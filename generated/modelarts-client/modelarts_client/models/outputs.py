from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_training_job_remote import CreateTrainingJobRemote


T = TypeVar("T", bound="Outputs")


@_attrs_define
class Outputs:
    """
    Attributes:
        name (str): Name of the data output channel.
        remote (CreateTrainingJobRemote):
        description (str | Unset): Description of the data output channel.
        local_dir (str | Unset): Local directory of the container to which the data output channel is mapped.
    """

    name: str
    remote: CreateTrainingJobRemote
    description: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        local_dir = self.local_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if self.remote is not UNREAD:
            remote = self.remote.to_dict()
            field_dict["remote"] = remote
        if description is not UNSET:
            field_dict["description"] = description
        if local_dir is not UNSET:
            field_dict["local_dir"] = local_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str)):
            deviate(src_dict, "name", TypeError("expected a string"))
            if not isinstance(name, Unset):
                d["name"] = name
            name = UNREAD

        _raw_remote = d.pop("remote", UNSET)
        try:
            if isinstance(_raw_remote, Unset):
                raise KeyError("remote")
            remote = CreateTrainingJobRemote.from_dict(_raw_remote)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "remote", exc)
            if not isinstance(_raw_remote, Unset):
                d["remote"] = _raw_remote
            remote = UNREAD

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        local_dir = d.pop("local_dir", UNSET)
        if not isinstance(local_dir, (str, Unset)):
            deviate(src_dict, "local_dir", TypeError("expected a string"))
            d["local_dir"] = local_dir
            local_dir = UNSET

        outputs = cls(
            name=name,
            remote=remote,
            description=description,
            local_dir=local_dir,
        )

        outputs.additional_properties = d
        return outputs

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


from ..models.create_training_job_remote import CreateTrainingJobRemote  # noqa: E402
