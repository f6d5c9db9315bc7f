from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.desc_worker_response_status import DescWorkerResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DescWorkerResponse")


@_attrs_define
class DescWorkerResponse:
    """
    Attributes:
        create_time (int | Unset): Creation time.
        description (str | Unset): Labeling team member description. The value contains 0 to 256 characters and does not
            support the following special characters: ``^!<>=&"'``
        email (str | Unset): Email address of a labeling team member.
        role (int | Unset): Role. The options are as follows: - 0: annotator - 1: reviewer - 2: team manager - 3:
            dataset owner
        status (DescWorkerResponseStatus | Unset): Current login status of a labeling team member. Options: - **0**: The
            invitation email has not been sent. - **1**: The invitation email has been sent but the user has not logged in.
            - **2**: The user has logged in. - **3**: The labeling team member has been deleted.
        update_time (int | Unset): Update time.
        worker_id (str | Unset): ID of a labeling team member.
        workforce_id (str | Unset): ID of a labeling team.
    """

    create_time: int | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    role: int | Unset = UNSET
    status: DescWorkerResponseStatus | Unset = UNSET
    update_time: int | Unset = UNSET
    worker_id: str | Unset = UNSET
    workforce_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        description = self.description

        email = self.email

        role = self.role

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        update_time = self.update_time

        worker_id = self.worker_id

        workforce_id = self.workforce_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id
        if workforce_id is not UNSET:
            field_dict["workforce_id"] = workforce_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            deviate(src_dict, "email", TypeError("expected a string"))
            d["email"] = email
            email = UNSET

        role = d.pop("role", UNSET)
        if isinstance(role, bool) or not isinstance(role, (int, Unset)):
            deviate(src_dict, "role", TypeError("expected an integer"))
            d["role"] = role
            role = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: DescWorkerResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(DescWorkerResponseStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        update_time = d.pop("update_time", UNSET)
        if isinstance(update_time, bool) or not isinstance(update_time, (int, Unset)):
            deviate(src_dict, "update_time", TypeError("expected an integer"))
            d["update_time"] = update_time
            update_time = UNSET

        worker_id = d.pop("worker_id", UNSET)
        if not isinstance(worker_id, (str, Unset)):
            deviate(src_dict, "worker_id", TypeError("expected a string"))
            d["worker_id"] = worker_id
            worker_id = UNSET

        workforce_id = d.pop("workforce_id", UNSET)
        if not isinstance(workforce_id, (str, Unset)):
            deviate(src_dict, "workforce_id", TypeError("expected a string"))
            d["workforce_id"] = workforce_id
            workforce_id = UNSET

        desc_worker_response = cls(
            create_time=create_time,
            description=description,
            email=email,
            role=role,
            status=status,
            update_time=update_time,
            worker_id=worker_id,
            workforce_id=workforce_id,
        )

        desc_worker_response.additional_properties = d
        return desc_worker_response

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
