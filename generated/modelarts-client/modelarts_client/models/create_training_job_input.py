from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_training_job_input_data_info import CreateTrainingJobInputDataInfo
    from ..models.remote_constraint import RemoteConstraint


T = TypeVar("T", bound="CreateTrainingJobInput")


@_attrs_define
class CreateTrainingJobInput:
    """
    Attributes:
        name (str | Unset): Name of the data input channel.
        description (str | Unset): Description of the data input channel.
        local_dir (str | Unset): Local directory of the container to which the data input channel is mapped Example:
            /home/ma-user/modelarts/inputs/data_url_0.
        remote (CreateTrainingJobInputDataInfo | Unset):
        remote_constraint (list[RemoteConstraint] | Unset): Data input constraint
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    remote: CreateTrainingJobInputDataInfo | Unset = UNSET
    remote_constraint: list[RemoteConstraint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        local_dir = self.local_dir

        remote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote, Unset):
            remote = self.remote.to_dict()

        remote_constraint: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remote_constraint, Unset):
            remote_constraint = []
            for remote_constraint_item_data in self.remote_constraint:
                remote_constraint_item = remote_constraint_item_data.to_dict()
                remote_constraint.append(remote_constraint_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if local_dir is not UNSET:
            field_dict["local_dir"] = local_dir
        if remote is not UNSET:
            field_dict["remote"] = remote
        if remote_constraint is not UNSET:
            field_dict["remote_constraint"] = remote_constraint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

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

        _raw_remote = d.pop("remote", UNSET)
        try:
            _remote = _raw_remote
            remote: CreateTrainingJobInputDataInfo | Unset
            if isinstance(_remote, Unset):
                remote = UNSET
            else:
                remote = CreateTrainingJobInputDataInfo.from_dict(_remote)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "remote", exc)
            d["remote"] = _raw_remote
            remote = UNSET

        _raw_remote_constraint = d.pop("remote_constraint", UNSET)
        try:
            _remote_constraint = _raw_remote_constraint
            remote_constraint: list[RemoteConstraint] | Unset = UNSET
            if _remote_constraint is not UNSET:
                remote_constraint = []
                for remote_constraint_item_data in _remote_constraint:
                    remote_constraint_item = RemoteConstraint.from_dict(remote_constraint_item_data)

                    remote_constraint.append(remote_constraint_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "remote_constraint", exc)
            d["remote_constraint"] = _raw_remote_constraint
            remote_constraint = UNSET

        create_training_job_input = cls(
            name=name,
            description=description,
            local_dir=local_dir,
            remote=remote,
            remote_constraint=remote_constraint,
        )

        create_training_job_input.additional_properties = d
        return create_training_job_input

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


from ..models.create_training_job_input_data_info import CreateTrainingJobInputDataInfo  # noqa: E402
from ..models.remote_constraint import RemoteConstraint  # noqa: E402
