from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_constraints import RemoteConstraints


T = TypeVar("T", bound="ListAlgorithmsInputs")


@_attrs_define
class ListAlgorithmsInputs:
    """
    Attributes:
        name (str | Unset): Name of the data input channel.
        description (str | Unset): Description of the data input channel.
        remote_constraints (list[RemoteConstraints] | Unset): Data input constraint.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    remote_constraints: list[RemoteConstraints] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        remote_constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remote_constraints, Unset):
            remote_constraints = []
            for remote_constraints_item_data in self.remote_constraints:
                remote_constraints_item = remote_constraints_item_data.to_dict()
                remote_constraints.append(remote_constraints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if remote_constraints is not UNSET:
            field_dict["remote_constraints"] = remote_constraints

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

        _raw_remote_constraints = d.pop("remote_constraints", UNSET)
        try:
            _remote_constraints = _raw_remote_constraints
            remote_constraints: list[RemoteConstraints] | Unset = UNSET
            if _remote_constraints is not UNSET:
                remote_constraints = []
                for remote_constraints_item_data in _remote_constraints:
                    remote_constraints_item = RemoteConstraints.from_dict(remote_constraints_item_data)

                    remote_constraints.append(remote_constraints_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "remote_constraints", exc)
            d["remote_constraints"] = _raw_remote_constraints
            remote_constraints = UNSET

        list_algorithms_inputs = cls(
            name=name,
            description=description,
            remote_constraints=remote_constraints,
        )

        list_algorithms_inputs.additional_properties = d
        return list_algorithms_inputs

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


from ..models.remote_constraints import RemoteConstraints  # noqa: E402
