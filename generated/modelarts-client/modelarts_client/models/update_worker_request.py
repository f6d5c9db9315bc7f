from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.update_worker_request_role import UpdateWorkerRequestRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkerRequest")


@_attrs_define
class UpdateWorkerRequest:
    """
    Attributes:
        description (str | Unset): Labeling team member description. The value contains 0 to 256 characters and does not
            support the following special characters: ``^!<>=&"'``
        role (UpdateWorkerRequestRole | Unset): Role. Options: - **0**: labeling personnel - **1**: reviewer - **2**:
            team administrator - **3**: dataset owner
    """

    description: str | Unset = UNSET
    role: UpdateWorkerRequestRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        role: int | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        _raw_role = d.pop("role", UNSET)
        try:
            _role = _raw_role
            role: UpdateWorkerRequestRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = member_of(UpdateWorkerRequestRole, _role)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "role", exc)
            d["role"] = _raw_role
            role = UNSET

        update_worker_request = cls(
            description=description,
            role=role,
        )

        update_worker_request.additional_properties = d
        return update_worker_request

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
